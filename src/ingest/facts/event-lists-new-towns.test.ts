// A list of places after an act, where some towns are not in the dataset: each town is an incident of its own, and a
// list that says whose the victims are, or a town that says where another lies, is not.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit')];
const run = (text: string, language = 'en', documentDate = '2019-06-30') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate }).events.map((e) => `${e.type} ${e.place?.id ?? '-'} ${e.date ?? '-'}`);

describe('a list of towns some of which the dataset lacks', () => {
  it('gives each town its own incident, a town without a record placing it nowhere', () => {
    expect(run('On 3 May 2019 the FLN launched attacks on army positions at Gao, the regional capital, at Dounzéré, at Kessoubé and at Tessit.')).toEqual([
      'armed_clash place:gao 2019-05-03',
      'armed_clash - 2019-05-03',
      'armed_clash - 2019-05-03',
      'armed_clash place:tessit 2019-05-03',
    ]);
    expect(run('Le 3 mai 2019, la FLN a lancé des attaques contre des positions de l’armée nationale à Dounzéré, à Kessoubé et à Gao.', 'fr')).toEqual([
      'armed_clash - 2019-05-03',
      'armed_clash - 2019-05-03',
      'armed_clash place:gao 2019-05-03',
    ]);
  });

  it('reads "and finally", « et enfin » as one more item of the list', () => {
    expect(run('La FLN a pris Kidal en avril 2019, puis Gao en juin, et enfin Tessit le 15 août 2019.', 'fr', '2019-09-30')).toEqual([
      'town_captured place:kidal 2019-04',
      'town_captured place:gao 2019-06',
      'town_captured place:tessit 2019-08-15',
    ]);
  });

  it('reads "and another at", "and 89 more at", « et une autre à » as the act told again at another town', () => {
    expect(run('On 3 May 2019 the FLN attacked an army post at Gao, and another at Kidal.')).toEqual([
      'armed_clash place:gao 2019-05-03',
      'armed_clash place:kidal 2019-05-03',
    ]);
    expect(run('Le 3 mai 2019, la FLN a attaqué une position de l’armée à Gao et une autre à Tessit.', 'fr')).toEqual([
      'armed_clash place:gao 2019-05-03',
      'armed_clash place:tessit 2019-05-03',
    ]);
    expect(run('On 3 May 2019 the FLN attacked an army post at Gao and another unit.')).toHaveLength(1);
  });

  it('keeps one incident for the victims’ villages, a count set after the list, and a town that says where another lies', () => {
    expect(run('On 3 May 2019 the FLN killed 40 residents of the villages of Dounzéré and Kessoubé.')).toHaveLength(1);
    expect(run('Le 3 mai 2019, des hommes armés ont tué 40 civils à Dounzéré et Kessoubé, deux villages voisins.', 'fr')).toHaveLength(1);
    expect(run('On 3 May 2019 the FLN ambushed an army unit near Dounzéré, outside Kessoubé, killing six soldiers.')).toHaveLength(1);
  });
});

describe('a dateline', () => {
  it('does not place the incident the sentence tells in the town the report was filed from', () => {
    expect(run('GAO, 4 May 2019 – The FLN attacked an army post on Friday, killing six soldiers.')).toEqual(['armed_clash - 2019-06-28']);
    expect(run('KIDAL, 4 mai 2019 – La FLN a attaqué un poste de l’armée nationale vendredi, tuant six soldats.', 'fr')).toHaveLength(1);
    expect(run('KIDAL, 4 mai 2019 – La FLN a attaqué un poste de l’armée nationale vendredi, tuant six soldats.', 'fr')[0]).toMatch(/^armed_clash - /);
  });
});
