// A person's career told as a sequence of moves: each group he goes over to is one he is a member of.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('kone', 'Ibrahim Kone', 'person'), testActor('dogon', 'Dogon', 'community')];
const relations = tableRelations(ACTORS);
const ties = (type: string, text: string, language = 'en') =>
  relations(text, language)
    .filter(([t]) => t === type)
    .map(([, from, to]) => `${from.slice(6)}>${to.slice(6)}`)
    .sort();

describe('a career told as a sequence', () => {
  it('gives each later move the person, not the group he left', () => {
    expect(ties('member_of', 'Ibrahim Kone joined the Desert Brigade in 2012, then defected to the River Guard.')).toEqual(['kone>brigade', 'kone>guard']);
    expect(ties('member_of', 'Ibrahim Kone a rejoint la Desert Brigade en 2012, puis est passé à la River Guard.', 'fr')).toEqual([
      'kone>brigade',
      'kone>guard',
    ]);
    expect(ties('member_of', 'In 2014 Ibrahim Kone went over to the River Guard.')).toEqual(['kone>guard']);
  });

  it('reads no membership in a side or a camp that is no actor', () => {
    expect(ties('member_of', 'The Desert Brigade defected to the government side in 2015.')).toEqual([]);
  });
});

describe('a community adjective before a participle', () => {
  it('reads the group the noun phrase stands beside as the one led', () => {
    expect(ties('leads', 'La Desert Brigade, la milice dogon dirigée par Ibrahim Kone, a démenti.', 'fr')).toEqual(['kone>brigade']);
    // No group beside the noun phrase: the community leads nothing and is led by no one.
    expect(ties('leads', 'La milice dogon dirigée par Ibrahim Kone a démenti.', 'fr')).toEqual([]);
  });
});
