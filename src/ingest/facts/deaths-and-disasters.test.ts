// Deaths told without a killer and disasters are no violent events (review 13, findings 3 and 4): a death only joins a
// violent act told in the same sentence; destruction needs a named or armed agent; "frappée par" needs an armed one.
// English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [
  place('mopti', 'Mopti'),
  place('bamako', 'Bamako'),
  { id: 'place:mopti-region', kind: 'region' as const, name: 'région de Mopti', country: 'ML' },
];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2022-06-30' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('a death with no killer', () => {
  it('makes no event on its own', () => {
    expect(types('Twelve passengers died when a boat capsized near Mopti on 3 May 2021.')).toEqual([]);
    expect(types('Vingt passagers ont péri dans le naufrage d’une pirogue près de Mopti le 3 mai 2021.', 'fr')).toEqual([]);
    expect(types('Le 9 mai, quatre soldats ont trouvé la mort près de Mopti.', 'fr')).toEqual([]);
  });

  it('joins a violent act in the same sentence, before or after it, as its toll', () => {
    const after = run('On 3 May 2021, 71 soldiers died when the FLN struck near Mopti.');
    expect(after.map((e) => e.type)).toEqual(['armed_clash']);
    expect(after[0]?.fatalities).toEqual({ best: 71 });
    expect(after[0]?.participants.map((p) => p.actor.id)).toEqual(['actor:fln']);
    expect(types('Le 3 mai 2021, le FLN a attaqué Mopti ; onze soldats y ont péri.', 'fr')).toEqual(['armed_clash']);
  });
});

describe('disasters are no looting and no attack', () => {
  it('reads no looting from destruction with no armed agent', () => {
    expect(types('Floods destroyed 300 homes in Mopti in August 2020.')).toEqual([]);
    expect(types('L’incendie du grand marché de Bamako, le 12 mars, a ruiné des centaines de commerçants.', 'fr')).toEqual([]);
  });

  it('still reads looting by armed men or a named group', () => {
    expect(types('On 12 March 2022 gunmen destroyed 300 homes in Mopti.')).toEqual(['looting']);
    expect(types('Le 12 mars 2022, des hommes armés ont incendié le marché de Mopti.', 'fr')).toEqual(['looting']);
    expect(types('On 12 March 2022 the FLN torched the market of Mopti.')).toEqual(['looting']);
  });

  it('reads "frappée par" as an attack only when an armed agent struck', () => {
    expect(types('En 2022, la région de Mopti a été frappée par des inondations.', 'fr')).toEqual([]);
    expect(types('Le 12 mars 2022, Mopti a été frappée par des jihadistes.', 'fr')).toEqual(['armed_clash']);
    expect(types('Le 12 mars 2022, Mopti a été frappée par le FLN.', 'fr')).toEqual(['armed_clash']);
    expect(types('Le 12 mars 2022, le FLN a frappé Mopti.', 'fr')).toEqual(['armed_clash']);
  });
});
