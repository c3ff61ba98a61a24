// Attack on civilians against armed clash: whom the dead and the attack's object say it hit. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';
import { victimsOf } from './victims.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('msa', 'Sahel Salvation Movement', 'armed_group', ['MSS']),
  actor('army', 'National Army', 'state_force'),
];
const PLACES = [place('gao', 'Gao'), place('kidal', 'Kidal')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => e.type);

describe('who the dead were', () => {
  it.each([
    ['killed 31 civilians and three members of the MSS', 'civilians'],
    ['au moins 500 personnes ont été tuées par des soldats', 'civilians'],
    ['ont tué 141 habitants des villages', 'civilians'],
    ['la tuerie a fait environ 160 morts parmi les habitants', 'civilians'],
    ['71 soldiers died at the post', 'armed'],
    ['killing six soldiers and two civilians', 'armed'],
    ['tuant dix Casques bleus', 'armed'],
    ['the raid displaced 2,000 people', undefined],
    ['Six aid workers and two drivers were shot dead near the river', 'civilians'],
    ['Cinq personnes, dont un enseignant, ont été tuées', 'civilians'],
    ['Six soldiers, including an officer, were killed', 'armed'],
    ['four soldiers and two policemen were shot dead', 'armed'],
  ])('%s', (sentence, expected) => expect(victimsOf(sentence)).toBe(expected));
});

describe('attack on civilians or armed clash', () => {
  it('reads civilians killed with a few armed men as an attack on civilians', () => {
    expect(types('On 3 May 2019 gunmen from the FLN killed 31 civilians and three members of the MSS near Gao.')).toEqual(['attack_on_civilians']);
    expect(types('Le 3 mai 2019, des hommes du FLN ont tué 31 civils et trois membres du MSS près de Gao.', 'fr')).toEqual(['attack_on_civilians']);
  });

  it('reads people killed by soldiers as an attack on civilians', () => {
    expect(types('Le 3 mai 2019, au moins 50 personnes ont été tuées à Gao par des soldats de la National Army.', 'fr')).toEqual(['attack_on_civilians']);
    expect(types('On 3 May 2019 at least 50 people were killed in Gao by soldiers of the National Army.')).toEqual(['attack_on_civilians']);
    expect(types('On 3 May 2019 unidentified men killed about 20 residents near Gao.')).toEqual(['attack_on_civilians']);
  });

  it('keeps a clash when the attack struck a military object, whoever else died', () => {
    expect(types('On 3 May 2019 the FLN attacked an army post near Kidal, killing six soldiers and 14 civilians.')).toEqual(['armed_clash']);
    expect(types('Le 3 mai 2019, le FLN a attaqué un poste de l’armée près de Kidal, tuant six soldats et 14 civils.', 'fr')).toEqual(['armed_clash']);
    expect(types('On 3 May 2019 the FLN attacked the MSS near Gao, killing 12 civilians.')).toEqual(['armed_clash']);
  });

  it('reads a village chief and his relatives shot dead as an attack on civilians, not a chief of staff', () => {
    expect(types('On 3 May 2019 gunmen shot dead the chief of a village near Gao and several of his relatives.')).toEqual(['attack_on_civilians']);
    expect(types('Le 3 mai 2019, des hommes armés ont abattu le chef du village près de Gao.', 'fr')).toEqual(['attack_on_civilians']);
    expect(types('On 3 May 2019 gunmen shot dead the chief of staff of the National Army near Gao.')).toEqual(['armed_clash']);
  });

  it('keeps a clash when armed men are most of the dead', () => {
    expect(types('On 3 May 2019, 71 soldiers and two civilians died when the FLN struck near Kidal.')).toEqual(['armed_clash']);
  });
});
