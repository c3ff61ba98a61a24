// A group founded by leaving another split from the group left.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor, testPlace } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('kone', 'Ibrahim Kone', 'person')];
const relations = tableRelations(ACTORS, [testPlace('kidal', 'Kidal')]);
const splits = (text: string, language = 'en') =>
  relations(text, language)
    .filter(([type]) => type === 'split_from')
    .map(([, from, to]) => `${from.slice(6)}>${to.slice(6)}`)
    .sort();

describe('a group founded by leaving another', () => {
  it('reads the group founded as split from the group left', () => {
    expect(splits('In 2013 Ibrahim Kone broke away from the Desert Brigade with a few fighters to set up what became the River Guard.')).toEqual([
      'guard>brigade',
    ]);
    expect(splits('Ibrahim Kone left the Desert Brigade in 2011 to found the River Guard.')).toEqual(['guard>brigade']);
    expect(splits('Ibrahim Kone a rompu avec la Desert Brigade en janvier 2013 pour fonder la River Guard.', 'fr')).toEqual(['guard>brigade']);
  });

  it('reads nothing when a place is left or the aim is no founding', () => {
    expect(splits('The Desert Brigade left Kidal to attack the River Guard.')).toEqual([]);
    expect(splits('Ibrahim Kone left the Desert Brigade to fight the River Guard.')).toEqual([]);
  });
});
