// A toll told as earlier than the incident before it, damage told as following an act, French numbers in tolls, list
// items closed by a semicolon, and French idioms: « prendre à partie » (to attack), « s'en retirer », « prendre possession
// du camp » (issue 20, session 18).
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { findFatalities } from './fatalities.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force', ['NA'])];
const PLACES = [place('tessit', 'Tessit'), place('boni', 'Boni'), place('gao', 'Gao')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-12' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('a toll told as earlier', () => {
  it('is an incident of its own, not the toll of the one told before', () => {
    const text = 'Le 3 mai, le FLN a attaqué Boni. Quelques jours plus tôt, trente civils avaient été abattus sur la route du marché.';
    expect(types(text, 'fr')).toEqual(['armed_clash', 'attack_on_civilians']);
    const english = 'On 3 May the FLN attacked Boni. An ambush on the same road had already killed nine soldiers.';
    expect(types(english)).toEqual(['armed_clash', 'armed_clash']);
  });

  it('still folds a toll told after the incident', () => {
    expect(types('Le 3 mai, le FLN a attaqué Boni. Selon une source locale, une dizaine d’assaillants ont été tués.', 'fr')).toEqual(['armed_clash']);
  });
});

describe('French numbers in a toll', () => {
  it('reads the teens and the compound tens', () => {
    expect(findFatalities('une attaque avait coûté la vie à seize militaires')?.fatalities).toEqual({ best: 16 });
    expect(findFatalities('Quarante-deux soldats ont été tués dimanche.')?.fatalities).toEqual({ best: 42 });
    expect(findFatalities('vingt et un civils ont été tués')?.fatalities).toEqual({ best: 21 });
  });
});

describe('a list item closed by a semicolon', () => {
  it('is a sentence, not a heading', () => {
    expect(
      types('Among the worst incidents:\n– in May 2020, a battle near Boni that left some 40 fighters dead;\n– in June 2020, an ambush near Gao;'),
    ).toContain('armed_clash');
  });
});

describe('French idioms', () => {
  it('reads « prendre à partie » as an attack, not a capture', () => {
    expect(types('Le 2 mai 2021, une patrouille de l’armée a été prise à partie par des combattants du FLN près de Tessit.', 'fr')).toEqual(['armed_clash']);
  });

  it('reads forces taking possession of a camp as a deployment', () => {
    expect(types('Le 13 mai, à Boni, les soldats de la NA ont pris possession du camp.', 'fr')).toEqual(['deployment']);
  });
});

describe('damage told as following the act', () => {
  it('is part of the act told just before', () => {
    expect(
      types('On 3 May FLN fighters ambushed an army convoy near Boni, killing nine soldiers. Its lorries were torched after the fighting, a driver said.'),
    ).toEqual(['armed_clash']);
    expect(types('Le 3 mai, le FLN a attaqué le camp de Boni. Des maisons ont été pillées après l’attaque, selon un élu.', 'fr')).toEqual(['armed_clash']);
  });

  it('keeps looting dated on its own', () => {
    expect(types('Le 3 mai, le FLN a attaqué le camp de Boni. Le 5 mai, des hommes armés ont pillé le marché de Gao.', 'fr')).toEqual([
      'armed_clash',
      'looting',
    ]);
  });
});
