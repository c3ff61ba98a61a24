// French event triggers by lemma (french-event-triggers.ts): every tense, voice and nominalisation of the verbs that
// tell an incident, and the structure around them (a noun's agent after its object, protesters who attack, deaths told
// without a killer). English where the same structure applies. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('amadou', 'Amadou Traore', 'person'),
  actor('fulani', 'Peuls', 'community'),
];
const PLACES = [place('gao', 'Gao'), place('kidal', 'Kidal'), place('boni', 'Boni'), place('lere', 'Léré'), place('tessit', 'Tessit')];
const run = (text: string, language = 'fr') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-05-20' }).events;
const types = (text: string, language = 'fr') => run(text, language).map((e) => e.type);

describe('captures in every tense', () => {
  it.each([
    ['the present of a pronominal verb', 'En mars 2012, le FLN s’empare de Kidal.'],
    ['its plural compound past', 'Le 3 mai, les combattants du FLN se sont emparés de Léré.'],
    ['the present of prendre', 'Le 24 janvier 2012, les rebelles du FLN prennent Tessit.'],
    ['the passé simple', 'Le FLN prit Gao le 1er avril 2012.'],
  ])('%s', (_, text) => expect(types(text)).toEqual(['town_captured']));

  it('reads "prendre d’assaut" as an attack, not a capture', () => {
    // The target is a hotel, so the attack is on civilians.
    expect(types('Le 10 mai, des hommes armés ont pris d’assaut un hôtel de Gao.')).toEqual(['attack_on_civilians']);
    expect(types('Le 10 mai, des hommes armés ont pris d’assaut un poste militaire de Gao.')).toEqual(['armed_clash']);
  });

  it('reads a capture whose agent follows its object as the state’s when the army takes it', () => {
    expect(types('La reprise de Kidal par la National Army, le 14 novembre 2020, a changé la donne.')).toEqual(['government_regains_territory']);
    expect(types('The capture of Kidal by the National Army on 14 November 2020 changed the balance.', 'en')).toEqual(['government_regains_territory']);
  });
});

describe('attacks, killings and abductions', () => {
  it.each([
    ['a passive with its agent', 'Le 2 mai, un poste de la National Army a été attaqué par le FLN à Boni.', 'armed_clash'],
    ['the imperfect', 'Le 2 mai, le FLN attaquait le camp de Tessit.', 'armed_clash'],
    ['a gerund after the toll', 'Le 2 mai, le FLN a frappé Boni, en tuant neuf soldats.', 'armed_clash'],
    ['an ambush laid', 'Le 2 mai, le FLN a tendu une embuscade à une patrouille près de Boni.', 'armed_clash'],
    ['an assassination', 'L’assassinat du maire de Tessit, le 4 mai, a choqué la région.', 'armed_clash'],
    ['an abduction in the present', 'Le 6 mai, des hommes armés enlèvent trois commerçants à Boni.', 'abduction'],
    ['a massacre in the passive', 'Le 8 mai, une trentaine de villageois de Boni ont été massacrés.', 'attack_on_civilians'],
  ])('%s', (_, text, type) => expect(types(text)).toEqual([type]));

  it('reads the month May as no modal, the modal may as one', () => {
    expect(types('On 14 May gunmen attacked a base of the Blue Mission in Gao.', 'en')).toEqual(['armed_clash']);
    expect(types('Gunmen may attack a base in Gao on 14 May.', 'en')).toEqual([]);
  });

  it('reads "dans l’attaque" and "in the battle" as nouns, not participles', () => {
    expect(types('Au moins 30 civils ont perdu la vie dans l’attaque de Boni le 8 mai.')).toEqual(['attack_on_civilians']);
    expect(types('Nine soldiers were wounded in the battle for Boni on 8 May.', 'en')).toEqual(['armed_clash']);
  });

  it('reads no event from deaths told without a killer, and joins them to the act told with them', () => {
    expect(types('Le 9 mai, quatre soldats ont trouvé la mort près de Boni.')).toEqual([]);
    expect(types('Amadou Traore died in Gao in 2017.', 'en')).toEqual([]);
    expect(types('La National Army a repris Léré le 9 mai ; onze rebelles y ont péri.')).toEqual(['government_regains_territory']);
  });

  it('reads an explosion as an attack only when a device is named', () => {
    expect(types('Le 11 mai, un engin explosif a explosé au passage d’un convoi de la Blue Mission près de Tessit.')).toEqual(['remote_explosive']);
    expect(types('Deux civils ont péri dans l’explosion d’une mine près de Boni le 11 mai.')).toEqual(['remote_explosive']);
    expect(types('Le 11 mai, la colère a explosé à Gao.')).toEqual([]);
  });
});

describe('looting, rape, arrests and protests', () => {
  it('reads looting and rape told of unnamed people with a date', () => {
    expect(types('Le 12 mai, des hommes armés ont pillé et incendié le marché de Boni.')).toEqual(['looting']);
    expect(types('Le 12 mai, plusieurs femmes ont été violées à Boni.')).toEqual(['sexual_violence']);
  });

  it('reads an arrest, but not stopping an advance', () => {
    expect(types('Le 13 mai, des soldats ont interpellé deux suspects à Gao.')).toEqual(['arrests']);
    expect(types('Le 13 mai, la National Army a tenté d’arrêter l’avancée du FLN vers Gao.')).toEqual([]);
  });

  it('reads protesters who attack as a violent demonstration, in French and English', () => {
    expect(types('Le 14 mai, des manifestants ont saccagé le siège de la Blue Mission à Gao.')).toEqual(['violent_demonstration']);
    expect(types('On 14 May protesters attacked the Blue Mission’s base in Gao.', 'en')).toEqual(['violent_demonstration']);
    expect(types('Le 14 mai, des centaines de personnes ont manifesté à Gao.')).toEqual(['peaceful_protest']);
  });
});

describe('operations and organisational changes', () => {
  it('reads an operation launched, but not one under way', () => {
    expect(types('La National Army a lancé jeudi une opération de ratissage autour de Boni.')).toEqual(['deployment']);
    expect(types('La Blue Mission, qui mène l’opération Sable depuis 2014, reste à Gao.')).toEqual([]);
  });

  it('reads splits, mergers and a dissolution into a new group', () => {
    expect(types('En 2013, le FLN se scinde en deux branches.')).toEqual(['split']);
    expect(types('En 2014, une faction a fait défection du FLN.')).toEqual(['split']);
    expect(types('Le 30 novembre 2020, le FLN et la National Army ont annoncé leur dissolution pour former ensemble un front commun.')).toEqual(['merger']);
  });

  it('reads a formation whose group is named before a community that qualifies it', () => {
    expect(run('Le FLN est un mouvement armé peul fondé en octobre 2011.').map((e) => [e.type, e.participants.map((p) => p.actor.id)])).toEqual([
      ['formation', ['actor:fln']],
    ]);
  });
});

describe('designations, founders, names and forces named by a noun', () => {
  it('reads a group put on a list of terrorist organisations', () => {
    expect(types('En mars 2013, Washington a inscrit le FLN sur sa liste des organisations terroristes.')).toEqual(['sanction']);
    expect(types('In March 2013 Washington added the FLN to its list of terrorist organisations.', 'en')).toEqual(['sanction']);
  });

  it('reads the founders of a group as its formation only when the phrase dates it', () => {
    expect(types('Le FLN a été l’un des groupes fondateurs de la Blue Mission en mars 2017.')).toEqual(['formation']);
    expect(types('The FLN was one of the founders of the Blue Mission in March 2017.', 'en')).toEqual(['formation']);
    expect(types('The FLN was one of the founders of the Blue Mission, which opened an office in 2017.', 'en')).toEqual([]);
  });

  it('reads a group taking its present name, and plural founding participles', () => {
    expect(types('D’abord baptisé Front du Nord, le FLN a pris son nom actuel en 2013.')).toEqual(['rename']);
    expect(types('Les brigades du FLN, créées par un décret du 21 janvier 2020, patrouillent à Gao.')).toEqual(['formation']);
  });

  it('reads a force named by a noun after "départ des" or before an apposition', () => {
    expect(types('Le 14 février, Boni a été attaqué, peu après le départ des soldats qui le gardaient.')).toEqual(['armed_clash', 'withdrawal']);
    expect(types('L’armée, épaulée par le FLN, a lancé une opération de ratissage autour de Boni le 3 mai.')).toEqual(['deployment']);
  });
});

describe('English counterparts', () => {
  it('reads looting, demolished shrines and rape', () => {
    expect(types('On 3 May gunmen looted the market of Boni.', 'en')).toEqual(['looting']);
    expect(types('On 30 June 2012 FLN fighters demolished the mausoleums of Gao.', 'en')).toEqual(['looting']);
    expect(types('On 3 May soldiers raped several women in Boni.', 'en')).toEqual(['sexual_violence']);
  });

  it('reads an operation launched on a date, told after its name', () => {
    expect(types('The Blue Mission, launched on 11 January 2013, reached Boni within a week.', 'en')).toEqual(['deployment']);
    expect(types('La Blue Mission, lancée le 11 janvier 2013, a atteint Boni en une semaine.')).toEqual(['deployment']);
  });
});
