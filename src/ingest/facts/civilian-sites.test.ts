// An attack aimed at a place or gathering of unarmed people is an attack on civilians; two acts told of two towns in one
// sentence stay two; a definite noun dated months after an incident names another one (issue 20, session 16).
// Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('army', 'National Army', 'state_force'),
  actor('peul', 'Fulani', 'community'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit')];
const types = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => e.type);

describe('attacks on places of unarmed people', () => {
  it.each([
    ['en', 'On 3 May 2019 the FLN attacked a hotel in Gao.'],
    ['en', 'The raid on the Kanaga hotel in Gao on 3 May 2019 was claimed by the FLN.'],
    ['en', 'The attack on a restaurant in Gao on 3 May 2019 killed nine.'],
    ['en', 'On 3 May 2019 the FLN attacked a wedding near Gao.'],
    ['en', 'On 3 May 2019 gunmen attacked a mosque in Tessit during Friday prayers.'],
    ['en', 'On 3 May 2019 the FLN attacked a camp for displaced people near Gao.'],
    ['en', 'On 3 May 2019 the FLN attacked Fulani villages near Gao.'],
    ['fr', "L'attaque du bar-restaurant La Terrasse à Gao, le 3 mai 2019, a fait cinq morts."],
    ['fr', "L'attaque de l'hôtel Kanaga, le 3 mai 2019, a fait 12 morts."],
    ['fr', 'Le 3 mai 2019, des hommes armés ont attaqué un car de transport près de Gao.'],
    ['fr', 'Le 3 mai 2019, le FLN a attaqué une école à Tessit.'],
    ['fr', 'Le 3 mai 2019, le FLN a attaqué un camp de déplacés près de Gao.'],
  ])('%s: %s', (language, text) => {
    expect(types(text, language)).toEqual(['attack_on_civilians']);
  });

  it('keeps a clash where the object is military or most of the dead were armed', () => {
    expect(types('On 3 May 2019 the FLN attacked the army camp in Gao.')).toEqual(['armed_clash']);
    expect(types('Le 3 mai 2019, le FLN a attaqué le camp militaire de Gao.', 'fr')).toEqual(['armed_clash']);
    expect(types('On 3 May 2019 FLN fighters stormed a hotel in Gao: six soldiers and four attackers were killed.')).toEqual(['armed_clash']);
  });
});

describe('acts told of two towns, and restatements dated months later', () => {
  it('makes two acts of one sentence that places them in two towns', () => {
    expect(types('The FLN carried out the raid on a hotel in Gao in March 2019 and the assault on a bar in Kidal in June 2019.')).toEqual([
      'attack_on_civilians',
      'attack_on_civilians',
    ]);
  });

  it('keeps one act when a second trigger takes its place from a dateline', () => {
    expect(types('GAO, 10 June 2019 — Gunmen stormed an army camp in Tessit on Tuesday, killing 11 soldiers.')).toEqual(['armed_clash']);
  });

  it('reads a definite attack dated months after an earlier one as another incident, a claim days later as the same', () => {
    expect(types('On 7 March 2019 the FLN attacked a bar in Gao. The raid on a hotel in Gao that November killed 20.')).toEqual([
      'attack_on_civilians',
      'attack_on_civilians',
    ]);
    expect(types('On 7 March 2019 the FLN attacked a bar in Gao. The attack was claimed on 9 March 2019 by the FLN.')).toEqual(['attack_on_civilians']);
  });
});
