// Fighting told in the present with no date is a rivalry, not an incident (issue 20, session 18). English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('river', 'River Guard', 'armed_group')];
const PLACES = [place('tessit', 'Tessit'), place('boni', 'Boni')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-12' }).events.map((e) => e.type);

describe('fighting in the present', () => {
  it('tells no incident when nothing dates it', () => {
    expect(types('Around Tessit the FLN battles the River Guard for the control of the wells.')).toEqual([]);
    expect(types('– Le FLN, implanté près de Tessit, combat la River Guard ; aucune trêve ne tient.', 'fr')).toEqual([]);
    expect(types('Ses unités tiennent la zone de Boni, où elles affrontent aussi les hommes du FLN.', 'fr')).toEqual([]);
  });

  it('keeps a dated present and a past', () => {
    expect(types('3 mai 2021 – Près de Tessit, le FLN combat la River Guard.', 'fr')).toEqual(['armed_clash']);
    expect(types('Le FLN a combattu la River Guard près de Tessit le 3 mai.', 'fr')).toEqual(['armed_clash']);
  });
});

describe('fighting since a time told before it', () => {
  it('tells no incident when « depuis » or "since" stands before the date', () => {
    expect(types('Depuis le début de l’année, le FLN et la River Guard se combattent près de Tessit.', 'fr')).toEqual([]);
    expect(types('Since early 2021 the FLN and the River Guard have fought each other near Tessit.')).toEqual([]);
  });

  it('keeps an act whose sentence ends on a relative clause dated by « depuis »', () => {
    expect(types('Le 3 mai, ses hélicoptères ont frappé des pick-up du FLN, un mouvement qui tient Tessit depuis avril dernier.', 'fr')).toEqual([
      'air_drone_strike',
    ]);
  });
});
