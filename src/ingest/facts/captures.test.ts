// Captures (issue 20, session 12): a town that fell, a group driven out, a region overtaken, a capture told with the
// clash that led to it, and a seizure of something that is no place. English and French.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('fsa', 'Sahel Salvation Front', 'armed_group', ['FSS'])];
const north: Place = { id: 'place:north', kind: 'region', name: 'Northern Region', country: 'ML' };
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('ansongo', 'Ansongo'), north];
const run = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2012-12-31' }).events.map((e) => `${e.type} ${e.place?.id ?? '-'}`);

// Any type that tells a place changing hands.
const isCapture = (e: string) => /^(?:town_captured|government_regains_territory|non_state_actor_overtakes_territory) /.test(e);

describe('a town that fell', () => {
  it('reads "Kidal fell" and "Kidal est tombée" as a capture, but not soldiers falling into an ambush', () => {
    expect(run('Kidal fell on 30 March 2012.')).toEqual(['town_captured place:kidal']);
    expect(run('Kidal est tombée le 30 mars 2012.', 'fr')).toEqual(['town_captured place:kidal']);
    expect(run('On 30 March 2012 the soldiers fell into an ambush.')).not.toContain('town_captured -');
  });

  it('does not read people who fell in battle as a town that fell', () => {
    expect(run('Two soldiers fell in battle near Kidal on 30 March 2012.').filter(isCapture)).toEqual([]);
    expect(run('Treize soldats sont tombés au combat près de Kidal le 30 mars 2012.', 'fr').filter(isCapture)).toEqual([]);
    expect(run('The junta fell out with its neighbours in March 2012.').filter(isCapture)).toEqual([]);
  });
});

describe('a group driven out of a place', () => {
  it('reads the place as overtaken', () => {
    expect(run('In June 2012 the FLN drove the FSS out of Gao.')).toEqual(['non_state_actor_overtakes_territory place:gao']);
    expect(run('En juin 2012, le FLN a chassé le FSS de Gao.', 'fr')).toEqual(['non_state_actor_overtakes_territory place:gao']);
    expect(run('Le FLN s’est installé à Gao, qu’il a arrachée au FSS en juin 2012.', 'fr')).toContain('non_state_actor_overtakes_territory place:gao');
  });

  it('reads a group extending its hold over a town', () => {
    expect(run('En novembre 2012, le FLN a étendu son emprise sur Ansongo.', 'fr')).toEqual(['town_captured place:ansongo']);
  });
});

describe('a region overtaken', () => {
  it('types a capture of a region as territory overtaken', () => {
    expect(run('In April 2012 the FLN seized the Northern Region.')).toEqual(['non_state_actor_overtakes_territory place:north']);
  });
});

describe('a capture and the clash that led to it', () => {
  it('keeps both', () => {
    expect(run('In November 2012 clashes between the FLN and the FSS led to the capture of Ansongo.')).toEqual([
      'armed_clash place:ansongo',
      'town_captured place:ansongo',
    ]);
  });

  it('reads the fighting a capture was won by ("after clashes", « au terme de combats ») as the capture alone', () => {
    expect(run('On 7 November 2012 Ansongo fell to the FLN after clashes with the FSS.')).toEqual(['town_captured place:ansongo']);
    expect(run('On 7 November 2012 the FLN drove the FSS out of Gao after a day of street fighting.')).toEqual([
      'non_state_actor_overtakes_territory place:gao',
    ]);
    expect(run('Le FLN s’est installé à Gao, qu’il a arrachée au FSS en juin 2012 au terme de combats acharnés.', 'fr')).toEqual([
      'non_state_actor_overtakes_territory place:gao',
    ]);
  });

  it('keeps a fight told after a capture as an act of its own', () => {
    expect(
      run('On 7 November 2012 the FLN took Ansongo; after that, clashes broke out with the FSS near Gao.').filter((e) => e.startsWith('armed_clash')),
    ).toHaveLength(1);
    expect(run('Le 7 novembre 2012, le FLN a pris Ansongo. Après des combats, le FSS a repris Gao le 9 novembre.', 'fr')).toContain(
      'town_captured place:ansongo',
    );
  });

  it('reads no capture from a seizure of something that is no place', () => {
    expect(run('In November 2012 the seizure of a drug convoy by the FLN near Gao angered the FSS.')).toEqual([]);
  });
});

describe('a base left', () => {
  it('reads forces leaving their base in a town as a withdrawal, not a town abandoned', () => {
    expect(run('Le 13 juin 2012, le FLN a quitté sa base de Gao.', 'fr')).toEqual(['withdrawal place:gao']);
    expect(run('On 13 June 2012 the FLN left its base in Gao.')).toEqual(['withdrawal place:gao']);
  });
});
