// Where a group recruits: a community named with its place places the group there. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('tuareg', 'Tuareg', 'community', ['Touaregs'])];
const relationsIn = tableRelations(ACTORS, [place('kidal', 'Kidal'), place('gao', 'Gao')]);
const operates = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a community named with its place', () => {
  it('reads a group recruiting from the community of a place as operating there', () => {
    expect(operates('The FLN draws most of its fighters from the Tuareg of Kidal and Gao.')).toEqual([
      ['operates_in', 'actor:fln', 'place:kidal'],
      ['operates_in', 'actor:fln', 'place:gao'],
    ]);
    expect(operates('Le FLN a surtout recruté parmi les Touaregs de Kidal.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
  });

  it('reads no place from a community adjective or a community named without its place', () => {
    expect(operates('The Tuareg FLN of Kidal signed the accord.')).toEqual([]);
    expect(operates('The FLN recruits among the Tuareg, who also trade in Kidal.')).toEqual([]);
    expect(operates('Le FLN recrute parmi les Touaregs depuis 2015.', 'fr')).toEqual([]);
  });
});
