// One trigger telling several incidents: a list of places, each with its own date or not, and a list of days.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('fsa', 'Sahel Salvation Front', 'armed_group', ['FSS']),
  actor('army', 'National Army', 'state_force'),
];
const region: Place = { id: 'place:north', kind: 'region', name: 'Northern Region', country: 'ML' };
const south: Place = { id: 'place:south', kind: 'region', name: 'Southern Region', country: 'ML' };
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit'), place('boni', 'Boni'), place('hombori', 'Hombori'), region, south];
const run = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => `${e.type} ${e.place?.id ?? '-'} ${e.date ?? '-'}`);

describe('one trigger, several places', () => {
  it('gives each place of a dated list its own incident and date', () => {
    expect(run('The FLN captured Kidal on 28 March 2019 and Gao on 2 May 2019.')).toEqual([
      'town_captured place:kidal 2019-03-28',
      'town_captured place:gao 2019-05-02',
    ]);
    expect(run('The FLN and the FSS fought each other around Tessit in 2015 and again for Gao in July 2016.')).toEqual([
      'armed_clash place:tessit 2015',
      'armed_clash place:gao 2016-07',
    ]);
  });

  it('gives a place named without a date the act’s date', () => {
    expect(run('En mars 2019, la FLN a affronté l’armée nationale à Kidal et à Gao.', 'fr')).toEqual([
      'armed_clash place:kidal 2019-03',
      'armed_clash place:gao 2019-03',
    ]);
  });

  it('spells out a wide place by the towns listed after a dash', () => {
    expect(run('In March 2019 the FLN captured the Northern Region – Kidal, Gao and Tessit.')).toEqual([
      'town_captured place:kidal 2019-03',
      'town_captured place:gao 2019-03',
      'town_captured place:tessit 2019-03',
    ]);
  });

  it('keeps one incident between two places and at a town within a wider place', () => {
    expect(run('On 7 May 2019 the FLN ambushed an army convoy between Boni and Hombori, killing four soldiers.')).toHaveLength(1);
    expect(run('Le 7 mai 2019, la FLN a attaqué le camp de l’armée à Kidal, dans la Northern Region, tuant dix soldats.', 'fr')).toHaveLength(1);
  });
});

describe('one trigger, several days', () => {
  it('gives each day of a list its own incident, but keeps years as one span', () => {
    expect(run('The FLN killed 31 civilians in two raids around Tessit on the 3rd and 9th of May 2019.')).toEqual([
      'attack_on_civilians place:tessit 2019-05-03',
      'attack_on_civilians place:tessit 2019-05-09',
    ]);
    expect(run('The FLN and the FSS fought each other around Tessit in 2015 and 2016.')).toHaveLength(1);
  });

  it('reads a day that opens a clause of its own as no second incident', () => {
    expect(run('Gunmen attacked the market of Tessit on 3 May 2019, and on 4 May 2019 the FLN claimed responsibility.')).toEqual([
      'attack_on_civilians place:tessit 2019-05-03',
    ]);
    expect(run('Gunmen attacked the market of Tessit on 3 May 2019, and on 9 May 2019, killing ten.')).toHaveLength(2);
  });
});

describe('fighting across areas', () => {
  it('tells one campaign at the first area, not one incident per region', () => {
    expect(run('In April 2019 the FLN and the FSS clashed in the Northern Region and in the Southern Region.')).toEqual(['armed_clash place:north 2019-04']);
    expect(run('En avril 2019, le FLN et le FSS se sont affrontés dans la Northern Region et dans la Southern Region.', 'fr')).toEqual([
      'armed_clash place:north 2019-04',
    ]);
  });

  it('still tells one incident per town', () => {
    expect(run('On 3 April 2019 the FLN attacked Kidal and Gao.')).toHaveLength(2);
  });
});
