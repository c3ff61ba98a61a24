// Forces arriving, redeployed, moving in or taking over a post are deployments; a town lost to someone is taken by them;
// a movement told of a list of towns is one event per town (issue 20, session 16). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('wagner', 'Wagner Group', 'international_force'),
];
const PLACES = [place('kidal', 'Kidal'), place('tessit', 'Tessit'), place('ber', 'Ber')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('deployments told as arrivals, returns and relays', () => {
  it.each([
    ['en', 'The arrival of the Wagner Group in December 2019 changed the war.'],
    ['en', "The Wagner Group's arrival in Kidal in December 2019 changed the war."],
    ['en', 'Troops of the Blue Mission were redeployed to Kidal in July 2019.'],
    ['en', 'In May 2019 Wagner Group fighters moved into the camp at Tessit.'],
    ['en', 'The Blue Mission took over the camp at Tessit in May 2019.'],
    ['en', 'The army returned to Kidal in November 2019.'],
    ['fr', "L'arrivée de la Blue Mission en décembre 2019 a changé la guerre."],
    ['fr', "L'armée s'est redéployée à Kidal en juillet 2019."],
    ['fr', "La Blue Mission s'est installée à Tessit en mai 2019."],
    ['fr', "La Blue Mission a pris le relais de l'armée à Tessit en mai 2019."],
    ['fr', 'En mai 2019, des soldats de la Blue Mission ont pris position à Tessit.'],
    ['fr', "L'armée est revenue à Kidal en novembre 2019."],
  ])('%s: %s', (language, text) => {
    expect(types(text, language)).toEqual(['deployment']);
  });

  it('reads no deployment of a return that is not to a place, nor of a group that is no force', () => {
    expect(types('In May 2019 the National Army returned to the negotiating table.')).toEqual([]);
    expect(types("Le FLN s'est installé à Kidal en 2019.", 'fr')).toEqual([]);
  });
});

describe('towns lost to someone', () => {
  it('makes the one a town is lost to its taker, the state regaining it when a state force takes it', () => {
    const [event] = run('The FLN lost Kidal to the National Army in November 2019.');
    expect(event?.type).toBe('government_regains_territory');
    expect(event?.participants.map((p) => [p.actor.id, p.role])).toEqual([
      ['actor:army', 'perpetrator'],
      ['actor:fln', 'target'],
    ]);
    expect(types("L'armée a perdu Tessit face au FLN en mai 2019.", 'fr')).toEqual(['town_captured']);
  });

  it('reads « est entrée dans » like « sont entrés dans »', () => {
    expect(types("L'armée est entrée dans Kidal le 14 novembre 2019.", 'fr')).toEqual(['government_regains_territory']);
  });
});

describe('movements told of several towns', () => {
  it.each([
    ['en', 'The Blue Mission withdrew from Tessit and Ber in May 2019.', 'withdrawal'],
    ['fr', 'La Blue Mission a quitté Tessit et Ber en mai 2019.', 'withdrawal'],
    ['en', 'In May 2019 the Wagner Group deployed to Tessit and Ber.', 'deployment'],
  ])('%s: %s', (language, text, type) => {
    expect(run(text, language).map((e) => [e.type, e.place?.id])).toEqual([
      [type, 'place:tessit'],
      [type, 'place:ber'],
    ]);
  });
});
