// Communities a group draws on, from recruitment words and described noun phrases, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, NO_RANKER } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('fulani', 'Fulani', 'community', ['Peuls']),
  actor('tuareg', 'Tuareg', 'community', ['touareg']),
  actor('arabs', 'Arabs', 'community', ['Arab', 'Arabes']),
];
const bases = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: [], ranker: NO_RANKER })
    .relations.filter((r) => r.type === 'based_on_community')
    .map((r) => [r.from.id, r.to.id]);

describe('communities a group draws on', () => {
  it('reads no base from a community that qualifies the villages or people a group’s acts reach', () => {
    expect(bases('The FLN, whose fighters besiege Tuareg villages, lost ground.')).toEqual([]);
    expect(bases('Les combattants du FLN ont enlevé des notables peuls.', 'fr')).toEqual([]);
    expect(bases('The FLN recruits its fighters among Tuareg herders.')).toEqual([['actor:fln', 'actor:tuareg']]);
  });

  it('reads recruitment words before a community, through the group’s pronoun', () => {
    expect(bases('Northern Liberation Front\n\nMost of its recruits are Fulani herders.')).toEqual([['actor:fln', 'actor:fulani']]);
    expect(bases('The FLN draws most of its fighters from Tuareg and Arab communities.')).toEqual([
      ['actor:fln', 'actor:tuareg'],
      ['actor:fln', 'actor:arabs'],
    ]);
    expect(bases('The Desert Brigade, a militia set up by Amadou Traore, whose men are mostly Fulani, grew fast.')).toEqual([
      ['actor:brigade', 'actor:fulani'],
    ]);
    expect(bases('Le FLN puise une partie de ses recrues chez les Arabes et les Peuls.', 'fr')).toEqual([
      ['actor:fln', 'actor:arabs'],
      ['actor:fln', 'actor:fulani'],
    ]);
  });

  it('reads a community qualifying a common noun that describes the group', () => {
    expect(bases('The government dissolved the Desert Brigade, the Fulani militia blamed for the attack.')).toEqual([['actor:brigade', 'actor:fulani']]);
    expect(bases('Le FLN est un groupe armé touareg.', 'fr')).toEqual([['actor:fln', 'actor:tuareg']]);
  });

  it('reads nothing across a clause, or when another group stands between', () => {
    expect(bases('The FLN lost many fighters; Fulani elders mourned them.')).toEqual([]);
    expect(bases('The FLN recruited fighters of the Desert Brigade among Tuareg youths.')).not.toContainEqual(['actor:fln', 'actor:tuareg']);
  });
});
