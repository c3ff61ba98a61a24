// Trigger words added in session 11 (issue 20): killing verbs and nouns ("shot dead", "abattus", "la tuerie"), fighting
// without a reflexive ("ont affronté"), a state force recovering a place ("récupéré le camp de"), retreating ("se sont
// repliés"), leaving just before ("venaient de quitter") and a leader's resignation. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('army', 'National Army', 'state_force', ['NA']),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('gao', 'Gao'), place('kidal', 'Kidal'), place('ber', 'Ber')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => e.type);

describe('killing words', () => {
  it('reads "shot dead", "gunned down" and "abattus" as an attack', () => {
    expect(types('On 3 May 2019 gunmen shot dead 12 villagers near Gao.')).toEqual(['attack_on_civilians']);
    expect(types('On 3 May 2019 gunmen gunned down four soldiers near Gao.')).toEqual(['armed_clash']);
    expect(types('Le 3 mai 2019, 58 civils ont été abattus près de Gao.', 'fr')).toEqual(['attack_on_civilians']);
  });

  it('reads "la tuerie" with its toll, but not a plural noun for killings in general', () => {
    expect(types('La tuerie du 3 mai 2019 a fait 160 morts parmi les habitants de Gao.', 'fr')).toEqual(['attack_on_civilians']);
    expect(types('Human rights groups have long documented killings in the region.')).toEqual([]);
  });
});

describe('fighting, recovering and leaving', () => {
  it('reads a fight told without a reflexive verb', () => {
    expect(types('En septembre 2019, la National Army a affronté le FLN à Gao.', 'fr')).toEqual(['armed_clash']);
  });

  it('reads a camp recovered by the state as territory regained', () => {
    expect(types('Le 13 août 2019, la National Army a récupéré le camp de Ber.', 'fr')).toEqual(['government_regains_territory']);
  });

  it('reads a retreat and a recent departure as withdrawals', () => {
    expect(types('Le 3 mai 2019, les combattants du FLN se sont repliés vers Kidal.', 'fr')).toEqual(['withdrawal']);
    expect(types('Le 3 mai 2019, la National Army a occupé la base que les soldats du Blue Mission venaient de quitter à Gao.', 'fr')).toContain('withdrawal');
  });
});

describe('a leader resigning', () => {
  it('reads the resignation of someone holding a leading post', () => {
    expect(types('In April 2019 the prime minister, Amadou Traore, resigned.')).toEqual(['leadership_change']);
    expect(types('Le Premier ministre Amadou Traore avait démissionné en avril 2019.', 'fr')).toEqual(['leadership_change']);
  });

  it('reads nothing when no leading post is named', () => {
    expect(types('In April 2019 Amadou Traore resigned from the FLN.')).toEqual([]);
  });
});
