// Violent acts and movements in phrasings the ann5 texts showed (issue 20, session 18): people executed, strikes named by
// their euphemisms, reinforcements and military convoys arriving. English and French, sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Force', 'international_force'),
  actor('moussa', 'Moussa Diallo', 'person'),
];
const PLACES = [place('tessit', 'Tessit'), place('boni', 'Boni'), place('gao', 'Gao')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-12' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('executions', () => {
  it('reads people executed as an attack on civilians, a day apart as two', () => {
    expect(types('Le 3 mai, le FLN a tué dix villageois à Boni ; le lendemain, ses hommes ont exécuté douze bergers à Tessit.', 'fr')).toEqual([
      'attack_on_civilians',
      'attack_on_civilians',
    ]);
    expect(types('Le 3 mai, le FLN a exécuté trois prisonniers près de Boni.', 'fr')).toEqual(['attack_on_civilians']);
  });

  it('reads no attack in a plan carried out', () => {
    expect(types('En mai, le gouvernement a exécuté le budget prévu pour Gao.', 'fr')).toEqual([]);
  });
});

describe('strikes by their euphemisms', () => {
  it('reads a strike of a force and aerial means as an air strike', () => {
    expect(types('En mars 2020, Moussa Diallo a été tué par une frappe de la Blue Force près de Tessit.', 'fr')).toEqual(['air_drone_strike']);
    expect(types('On 9 May, our aerial vectors struck a gathering of FLN fighters near Boni.')).toEqual(['air_drone_strike']);
  });
});

describe('reinforcements arriving', () => {
  it('reads reinforcements or a military convoy reaching a town as a deployment', () => {
    expect(types('On 3 May army reinforcements reached Tessit.')).toEqual(['deployment']);
    expect(types('Le 3 mai, un convoi militaire parti de Gao est arrivé à Tessit.', 'fr')).toEqual(['deployment']);
  });

  it('reads no deployment in an agreement reached', () => {
    expect(types('On 3 May the FLN and the National Army reached Tessit and an agreement.')).not.toContain('deployment');
  });
});
