// What tells an incident and what does not (session 11, issue 20): a toll over a year across a region, a fight with no
// date, toll or exact place, and an incident named while blaming someone before the report tells it. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('gao', 'Gao'), place('boni', 'Boni'), { id: 'place:mopti-region', kind: 'region' as const, name: 'Mopti region', country: 'ML' }];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2020-03-24' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('totals are not incidents', () => {
  it('reads no event from a toll over a year across a region', () => {
    expect(types('More than 450 civilians were killed in the Mopti region in 2019.')).toEqual([]);
    expect(types('Plus de 450 civils ont été tués dans la Mopti region en 2019.', 'fr')).toEqual([]);
  });

  it('still reads a toll at a town, or on a day', () => {
    expect(types('In 2019, 45 civilians were killed in Gao.')).toEqual(['attack_on_civilians']);
    expect(types('On 3 May 2019, 45 civilians were killed in the Mopti region.')).toEqual(['attack_on_civilians']);
  });
});

describe('an incident needs a date, a toll or an exact place', () => {
  it('reads no event from a fight told with none of them', () => {
    expect(types('The FLN nonetheless fought the National Army around Boni.')).toEqual([]);
    expect(types('Le FLN a néanmoins combattu la National Army autour de Boni.', 'fr')).toEqual([]);
  });

  it('reads one with an exact place', () => {
    expect(types('The FLN fought the National Army in Boni.')).toEqual(['armed_clash']);
  });
});

describe('an incident named while blaming', () => {
  it('makes one event, at the sentence that tells it, with the date the naming gave', () => {
    const en = run(
      'On Sunday the government banned the FLN, which it blamed for Saturday’s massacre in Gao. More than 150 villagers were killed when gunmen stormed the village.',
    );
    expect(en.map((e) => [e.type, e.sentence, e.date])).toContainEqual(['attack_on_civilians', 1, '2020-03-21']);
    expect(en.filter((e) => e.type === 'attack_on_civilians')).toHaveLength(1);
    const fr = run(
      'Dimanche, le gouvernement a interdit le FLN, tenu pour responsable du massacre de samedi à Gao. Plus de 150 villageois ont été tués lorsque des hommes armés ont pris d’assaut le village.',
      'fr',
    );
    expect(fr.filter((e) => e.type === 'attack_on_civilians').map((e) => e.sentence)).toEqual([1]);
  });
});

describe('a negated act or a source named by what it did', () => {
  it('reads no event from "n’a pas rejoint les négociations" or "d’après la médiation"', () => {
    expect(types('Le FLN n’a pas rejoint les négociations ouvertes en 2019.', 'fr')).toEqual([]);
    expect(types('D’après la médiation, le chef du FLN s’est réfugié à Gao en 2019.', 'fr')).toEqual([]);
  });
});

describe('participation, habits and titles', () => {
  it('reads no incident from fighting in a war, fighting throughout a year, repeated raids or an elected president', () => {
    expect(types('Born in Gao, he fought in the Tuareg rebellion of 2006 before the war ended.')).toEqual([]);
    expect(types('Throughout 2018 the FLN fought the National Army.')).toEqual([]);
    expect(types('In 2019 villages near Boni suffered repeated raids.')).toEqual([]);
    expect(types('Le 24 janvier 2022, le FLN a déposé le président élu.', 'fr')).not.toContain('election');
  });

  it('still reads an incident in "war-torn" places and several attacks told on one day', () => {
    expect(types('On 3 May 2019 the FLN and the National Army clashed in war-torn Gao.')).toEqual(['armed_clash']);
    expect(types('Several attacks by the FLN hit Gao on 3 May 2019.')).toEqual(['armed_clash']);
    expect(types('Le 3 mai 2019, plusieurs attaques du FLN ont visé Gao.', 'fr')).toEqual(['armed_clash']);
  });

  it('still reads an election won', () => {
    expect(types('In August 2013 Amadou Traore was elected president.')).toEqual(['election']);
  });
});

describe('a departure announced on a date', () => {
  it('is no withdrawal yet, though the date stands between the announcement and the noun', () => {
    expect(types('Le FLN a annoncé le 17 février 2020 le départ de ses combattants de Gao.', 'fr')).toEqual([]);
    expect(types('The FLN announced on 17 February 2020 the departure of its fighters from Gao.')).toEqual([]);
  });

  it('still reads a departure told as made', () => {
    expect(types('Le 17 février 2020, les combattants du FLN ont quitté Gao.', 'fr')).toEqual(['town_abandoned']);
  });
});

describe('a levy', () => {
  it('told without a date is how a group governs, not an incident', () => {
    expect(types('Local officials say the FLN levies a tax on livestock markets in Gao.')).toEqual([]);
    expect(types('Dans la zone de Gao, le FLN prélève l’impôt sur le bétail.', 'fr')).toEqual([]);
  });

  it('is an incident when the sentence dates it', () => {
    expect(types('In March 2019 the FLN began levying a tax on herders in Gao.')).toEqual(['taxation']);
  });
});
