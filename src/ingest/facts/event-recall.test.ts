// Event kinds that unseen reports use and the trigger table missed (issue 20, session 14): withdrawals, looting,
// leaving a group or a pact, decisions that end something, captures told by a noun, formations in the historic
// present; and the words that say a trigger tells of no incident (plans, announcements, campaigns, habits).
// Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('moussa', 'Moussa Diallo', 'person'),
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('fsa', 'Sahel Salvation Front', 'armed_group', ['FSS']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('league', 'Sahel League', 'international_org'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit'), place('ber', 'Ber')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('withdrawals', () => {
  it.each([
    ['In December 2018 the Blue Mission closed its base in Tessit.', 'en'],
    ['On 14 May 2019 the Blue Mission handed over its camp in Ber to the army.', 'en'],
    ["The Blue Mission's departure from Kidal on 31 March 2019 was brought forward.", 'en'],
    ['Le 31 décembre 2018, la Blue Mission a fermé sa base de Tessit.', 'fr'],
    ['Le 14 mai 2019, la Blue Mission a remis son camp de Ber à l’armée.', 'fr'],
  ])('a base closed or handed over: %s', (text, language) => {
    expect(types(text, language)).toEqual(['withdrawal']);
  });

  it('makes forces that withdraw from a town a withdrawal, whoever they are; a town left is still abandoned', () => {
    expect(types('The FLN fighters pulled out of Kidal on 3 May 2019.')).toEqual(['withdrawal']);
    expect(types('Les combattants du FLN se sont retirés de Kidal le 3 mai 2019.', 'fr')).toEqual(['withdrawal']);
    expect(types('The FLN left Kidal on 4 June 2019.')).toEqual(['town_abandoned']);
  });

  it('reads no withdrawal that is only announced, decided or habitual, nor people evacuated', () => {
    expect(types('On 17 February 2019 the Blue Mission announced the withdrawal from Kidal.')).toEqual([]);
    expect(types('Le retrait de la Blue Mission de Kidal, décidé en juin 2019, rend la promesse caduque.', 'fr')).toEqual([]);
    expect(types('Le FLN attaque les positions de l’armée puis se retire dans le désert.', 'fr')).toEqual([]);
    expect(types('On 5 May 2019 the army evacuated the wounded from Tessit.')).toEqual([]);
  });
});

describe('leaving a group or an organisation', () => {
  it('makes leaving a group a split', () => {
    expect(types('In March 2017 the FLN left the Sahel Salvation Front.')).toEqual(['split']);
    expect(types('En 2017, le FLN s’est retiré du Sahel Salvation Front.', 'fr')).toEqual(['split']);
  });

  it('makes leaving an organisation of states or a pact another strategic development', () => {
    expect(types('In January 2019 the army withdrew from the Sahel League.')).toEqual(['other_strategic']);
    expect(types('En janvier 2019, le FLN s’est retiré de l’accord de paix.', 'fr')).toEqual(['other_strategic']);
  });
});

describe('decisions that end something, and decrees', () => {
  it.each([
    ['In January 2019 the FLN declared the peace agreement void.', 'en'],
    ['In May 2019 the army terminated the 2015 defence accords.', 'en'],
    ['En mai 2019, le FLN a dénoncé les accords de défense.', 'fr'],
    ['En janvier 2019, le FLN a mis fin à l’accord de paix.', 'fr'],
    ['On 13 April 2019 the junta decreed a general mobilisation.', 'en'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['other_strategic']);
  });

  it('reads no end in a suspension, nor in a pact signed', () => {
    expect(types('In May 2019 the Sahel League suspended Amadou Traore from its bodies.')).not.toContain('other_strategic');
    expect(types('In May 2019 the FLN and the army signed the peace agreement.')).not.toContain('other_strategic');
  });
});

describe('looting', () => {
  it.each([
    ['On 3 May 2019 FLN fighters burned the market of Tessit and stole cattle.', 'en'],
    ['The FLN stole more than 200 head of cattle near Tessit on 3 May 2019.', 'en'],
    ['On 3 May 2019 assailants set fire to houses in Ber.', 'en'],
    ['Des assaillants ont emporté du bétail à Ber le 3 mai 2019.', 'fr'],
    ['Le 3 mai 2019, les combattants du FLN ont volé plus de 200 têtes de bétail près de Tessit.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['looting']);
  });

  it('reads no looting in a vote stolen or a flight', () => {
    expect(types('In May 2019 the FLN said the army stole the election in Gao.')).not.toContain('looting');
    expect(types('Le vol de Bamako à Gao a été annulé le 3 mai 2019.', 'fr')).toEqual([]);
  });
});

describe('one raid told as several acts', () => {
  it('keeps the abduction and the arson apart from the attack, and the toll on the attack', () => {
    const en = run('On 3 May 2019 gunmen attacked Tessit, killed 12 villagers, burned the market and abducted three women.');
    const fr = run('Le 3 mai 2019, des hommes armés ont attaqué Tessit, tué 12 villageois, incendié le marché et enlevé trois femmes.', 'fr');
    for (const events of [en, fr]) {
      expect(events.map((e) => e.type)).toEqual(['attack_on_civilians', 'looting', 'abduction']);
      expect(events.map((e) => e.fatalities)).toEqual([{ best: 12 }, undefined, undefined]);
    }
  });
});

describe('the last acts of a raid, and chronologies in the present', () => {
  it.each([
    ['On 23 March 2019 armed men stormed Tessit, killing at least 157 villagers and setting most of the houses alight.', 'en'],
    ['Le 21 mars 2019, des hommes armés ont tué au moins 35 civils à Tessit, avant d’incendier le marché.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['attack_on_civilians', 'looting']);
  });

  it('reads a camp looted "en partie", and a chronology told in the present', () => {
    expect(types('Le 3 mai 2019, le camp de Tessit a été en partie pillé par des hommes armés.', 'fr')).toEqual(['looting']);
    expect(types('April 2019 – FLN fighters take Tessit.')).toEqual(['town_captured']);
  });

  it('reads nothing the writer could not verify', () => {
    expect(types('On 3 May 2019 the army withdrew from Tessit, partners report; this could not be verified.')).toEqual([]);
  });
});

describe('joining a group', () => {
  it('reads "became part of" and "a intégré"', () => {
    expect(types('In 2017 the FLN became part of the Sahel Salvation Front.')).toEqual(['change_to_group']);
    expect(types('En 2017, le FLN a intégré le Sahel Salvation Front.', 'fr')).toEqual(['change_to_group']);
  });

  it('reads no change to a group in fighters integrated into the army', () => {
    expect(types('In 2015 Amadou Traore was integrated into the National Army as a colonel.')).toEqual([]);
  });
});

describe('changes of leader, and joining told with an adverb', () => {
  const profile = (text: string, language: string) => types(`Northern Liberation Front\n\n${text}`, language);
  it('reads "took over" with no place after it, and French verbs with an adverb after the auxiliary', () => {
    expect(profile('Amadou Traore led the FLN until 2017, when Moussa Diallo took over.', 'en')).toEqual(['leadership_change']);
    expect(profile('Amadou Traore a dirigé le FLN jusqu’en 2017 ; Moussa Diallo lui a alors succédé.', 'fr')).toEqual(['leadership_change']);
    expect(profile('Le FLN a ensuite rejoint le Sahel Salvation Front en 2018.', 'fr')).toEqual(['change_to_group']);
    expect(types('The FLN took over Tessit on 3 May 2019.')).toEqual(['town_captured']);
  });

  it('reads no change to a group in a recruitment told in the present', () => {
    expect(types('Chaque année, des jeunes de Kidal rejoignent le FLN.', 'fr')).toEqual([]);
  });
});

describe('captures and formations', () => {
  it('reads a capture told by a noun, and its agent after the place', () => {
    expect(types('The recapture of Kidal by the army on 14 November 2018 was celebrated.')).toEqual(['government_regains_territory']);
    expect(types('La reprise de Kidal par l’armée, le 14 novembre 2018, a été saluée.', 'fr')).toEqual(['government_regains_territory']);
    expect(types('La reconquête de Kidal par l’armée a eu lieu le 14 novembre 2018.', 'fr')).toEqual(['government_regains_territory']);
  });

  it.each([
    ['The army took back Kidal on 14 November 2018.', 'en'],
    ['The National Army regained Kidal on 14 November 2018.', 'en'],
    ['Soldiers of the National Army entered Kidal on 14 November 2018.', 'en'],
    ['On 14 November 2018 the army raised the flag over Kidal.', 'en'],
    ['Les soldats sont entrés dans Kidal le 14 novembre 2018.', 'fr'],
    ['Kidal est repassée sous le contrôle de l’armée le 14 novembre 2018.', 'fr'],
  ])('reads the state taking a town back: %s', (text, language) => {
    expect(types(text, language)).toEqual(['government_regains_territory']);
  });

  it('reads "regained", "entered", "occupied" as a capture only with a town for object, and an armed group entering as none', () => {
    expect(types('The FLN occupied Tessit on 3 May 2019.')).toEqual(['town_captured']);
    expect(types('Gunmen entered Tessit on 3 May 2019 and killed 12 civilians.')).toEqual(['attack_on_civilians']);
    expect(types('The FLN regained strength around Gao in May 2019.')).toEqual([]);
    expect(types('The army recovered weapons in Gao on 3 May 2019.')).toEqual([]);
  });

  it('reads a bare "took" only before a town', () => {
    expect(types('The FLN took Tessit on 3 May 2019.')).toEqual(['town_captured']);
    expect(types('In October 2018 an FLN meeting took place in Kidal.')).toEqual([]);
    expect(types('The FLN took its present name in January 2017.')).toEqual(['rename']);
  });

  it('reads a group born, and a group founded in the historic present', () => {
    expect(types('The FLN was born in 2012 from a quarrel among rebels.')).toEqual(['formation']);
    expect(types('En 2015, Amadou Traore crée le FLN.', 'fr')).toEqual(['formation']);
    expect(types('Amadou Traore was born in 1960 in Kidal.')).toEqual([]);
  });

  it('reads the group a relative clause formed, and a group that split into factions', () => {
    const formed = run('Amadou Traore led the FLN, which he formed in 2014.');
    expect(formed.map((e) => [e.type, e.participants.map((p) => p.actor.id)])).toContainEqual(['formation', expect.arrayContaining(['actor:fln'])]);
    expect(types('Le FLN, qu’il a formé en 2014, a perdu Kidal.', 'fr')).toContain('formation');
    expect(types('In May 2019 the FLN split into two factions.')).toEqual(['split']);
    expect(types('En mai 2019, le FLN a éclaté en deux factions.', 'fr')).toEqual(['split']);
  });
});

describe('places the dataset lacks', () => {
  it('places an incident at a village the gazetteer lacks, though the event points at no place', () => {
    // An attack on a village is an attack on civilians.
    const events = run('Gunmen attacked the village of Boulkoundi and looted its shops.');
    expect(events.map((e) => [e.type, e.place?.id])).toEqual([
      ['attack_on_civilians', undefined],
      ['looting', undefined],
    ]);
  });

  it('reads "seized power" as a coup, not a capture', () => {
    expect(types('Amadou Traore, who seized power in a coup in January 2019, visited survivors in Gao on Sunday.')).toEqual(['coup']);
  });
});

describe('what tells no incident', () => {
  it.each([
    ['The FLN plans an attack on Kidal.', 'en'],
    ['Le FLN prépare une offensive contre Kidal.', 'fr'],
    ['On 3 May 2019 there were rumours of an imminent attack on Kidal by the FLN.', 'en'],
    ['Le 3 mai 2019, des rumeurs d’une attaque du FLN contre Kidal ont circulé.', 'fr'],
    ['These attacks killed more than 300 people in 2018.', 'en'],
    ['Ces attaques ont fait plus de 300 morts en 2018.', 'fr'],
    ['Le FLN combat l’armée dans la région de Kidal.', 'fr'],
    ['The two groups had fought each other for years around Kidal.', 'en'],
    ['The Blue Mission fought the FLN in the Kidal region in 2018.', 'en'],
    ['The Blue Mission is deployed in Gao and Kidal.', 'en'],
    ['La Blue Mission est toujours déployée à Gao.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual([]);
  });

  it('reads an act after a relative clause dated by "since", which dates only that clause', () => {
    expect(types('The Sahel League, of which the FLN has been an observer since 2010, sanctioned the FLN after the raid.')).toEqual(['sanction']);
    expect(types('La Sahel League, dont le FLN est observateur depuis 2010, a sanctionné le FLN après le raid.', 'fr')).toEqual(['sanction']);
    expect(types('The FLN, which Amadou Traore leads, has attacked Gao since 2016.')).toEqual([]);
  });

  it('still reads an incident dated by its day, or counted with its toll at a town', () => {
    expect(types('On 3 May 2018 the Blue Mission fought the FLN in the Kidal region.')).toEqual(['armed_clash']);
    expect(types('In 2018 the FLN attacked Tessit, killing 12 soldiers.')).toEqual(['armed_clash']);
  });
});
