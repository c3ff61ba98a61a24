// Event kinds and filters added for issue 20 (events and dates): organisational changes, deployments and withdrawals,
// territory regained by the state, and the words that say a trigger tells of no incident. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('fsa', 'Sahel Salvation Front', 'armed_group', ['FSS']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('tessit', 'Tessit')];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('organisational changes', () => {
  it('reads a rename', () => {
    expect(types('In May 2016 the FLN renamed itself the Sahel Salvation Front.')).toEqual(['rename']);
    expect(types('En mai 2016, le FLN a pris le nom de Sahel Salvation Front.', 'fr')).toEqual(['rename']);
  });

  it('reads a dissolution', () => {
    expect(types('The FLN was dissolved in March 2018.')).toEqual(['dissolution']);
    expect(types('En mars 2018, la junte a prononcé la dissolution du FLN.', 'fr')).toEqual(['dissolution']);
  });

  it('reads a change of leader, but not a replacement of something else', () => {
    expect(types('In June 2017 Amadou Traore was appointed head of the FLN.')).toEqual(['leadership_change']);
    expect(types('En juin 2017, Amadou Traore a pris la tête du FLN.', 'fr')).toEqual(['leadership_change']);
    expect(types('In 2017 the FLN replaced its old charter.')).toEqual([]);
  });

  it('reads a base established, and keeps "established" a creation when a group follows', () => {
    expect(types('In 2015 the FLN set up a base near Tessit.')).toEqual(['base_established']);
    expect(types('En 2015, le FLN a installé une base près de Tessit.', 'fr')).toEqual(['base_established']);
    expect(types('In 2015 Amadou Traore established the FLN.')).toEqual(['formation']);
  });
});

describe('forces and territory', () => {
  it('reads a withdrawal and a deployment', () => {
    expect(types('In August 2022 the Blue Mission completed its departure from Gao.')).toEqual(['withdrawal']);
    expect(types('En août 2022, le départ du Blue Mission de Gao a été achevé.', 'fr')).toEqual(['withdrawal']);
    expect(types('In January 2013 the National Army sent 500 troops to Gao.')).toEqual(['deployment']);
    expect(types('En janvier 2013, le Blue Mission a envoyé des troupes à Gao.', 'fr')).toEqual(['deployment']);
  });

  it('reads a town taken by the state as territory regained, and by a group as a capture', () => {
    expect(types('On 3 May 2019 the National Army recaptured Kidal.')).toEqual(['government_regains_territory']);
    expect(types('Le 3 mai 2019, l’armée a repris Kidal.', 'fr')).toEqual(['government_regains_territory']);
    expect(types('On 3 May 2019 the FLN recaptured Kidal.')).toEqual(['town_captured']);
    expect(types('Le 3 mai 2019, des jihadistes ont repris Kidal.', 'fr')).toEqual(['town_captured']);
  });

  it('reads an offensive as a clash', () => {
    expect(types('On 3 May 2019 the National Army launched an offensive against the FLN near Gao.')).toEqual(['armed_clash']);
    expect(types('Le 3 mai 2019, l’armée a lancé une vaste offensive contre le FLN près de Gao.', 'fr')).toEqual(['armed_clash']);
  });
});

describe('triggers that tell of no incident', () => {
  it('skips an aim or a modal', () => {
    expect(types('In May 2019 the FLN moved north to attack Kidal.')).toEqual([]);
    expect(types('In May 2019 the FLN planned to infiltrate and attack Gao.')).toEqual([]);
    expect(types('En mai 2019, le FLN s’est déplacé pour attaquer Kidal.', 'fr')).toEqual([]);
  });

  it('skips an event noun that describes equipment or a unit', () => {
    expect(types('In May 2019 the National Army sent troops and attack helicopters to Gao.')).toEqual(['deployment']);
    expect(types('En mai 2019, une unité de combat du FLN est restée à Gao.', 'fr')).toEqual([]);
  });

  it('skips a habit dated from its start, and a participle describing a place', () => {
    expect(types('The FLN has fought the National Army around Gao since 2016.')).toEqual([]);
    expect(types('Le FLN combat l’armée autour de Gao depuis 2016.', 'fr')).toEqual([]);
    expect(types('In May 2019 the FLN held a meeting in recaptured Kidal.')).toEqual([]);
  });

  it('skips a negated trigger and undated plural acts', () => {
    expect(types('In June 2012 the FLN entered Gao without any fighting.')).toEqual([]);
    expect(types('Apart from sporadic attacks, the FLN stayed quiet.')).toEqual([]);
    expect(types('Hormis des attaques sporadiques, le FLN est resté calme.', 'fr')).toEqual([]);
  });
});

describe('one incident told several times', () => {
  it('makes one event of an attack and the killing it caused', () => {
    const events = run('GAO, 30 June 2019 — The FLN attacked an army post near Kidal on Tuesday, killing six soldiers and 14 civilians.');
    expect(events.map((e) => [e.type, e.date, e.fatalities])).toEqual([['armed_clash', '2019-06-25', { best: 20 }]]);
  });

  it('keeps a capture apart from the attack before it', () => {
    expect(types('En janvier 2012, le FLN a attaqué Gao, puis il s’est emparé de Kidal.', 'fr')).toEqual(['armed_clash', 'town_captured']);
  });

  it('folds a definite restatement and a passive claim into the incident', () => {
    const en = run('On 3 June 2019 gunmen attacked Kidal, killing ten soldiers. Officials met in Gao. The attack was claimed by the FLN on 4 June 2019.');
    expect(en.map((e) => [e.type, e.date])).toEqual([['armed_clash', '2019-06-03']]);
    expect(en[0]?.participants.map((p) => [p.actor.id, p.role, p.attribution])).toEqual([['actor:fln', 'perpetrator', 'claimed']]);
    const fr = run('Le 3 juin 2019, des hommes armés ont attaqué Kidal, tuant dix soldats. L’attaque a été revendiquée le 4 juin 2019 par le FLN.', 'fr');
    expect(fr.map((e) => e.type)).toEqual(['armed_clash']);
    expect(fr[0]?.participants.map((p) => p.actor.id)).toEqual(['actor:fln']);
  });

  it('folds a bare toll told next into the incident', () => {
    const events = run('Le 3 juin 2019, l’armée a mené des frappes aériennes près de Gao. Une dizaine d’assaillants ont été tués.', 'fr');
    expect(events.map((e) => [e.type, e.fatalities])).toEqual([['air_drone_strike', { best: 10 }]]);
  });
});

describe('more event kinds read from their words (second pass)', () => {
  const run2 = (text: string, language = 'en') =>
    extract({
      text,
      language,
      actors: [...ACTORS, actor('serval', 'Operation Dune', 'state_force')],
      places: [...PLACES, { id: 'place:sahelia', kind: 'country', name: 'Sahelia', country: 'ML' }],
      documentDate: '2019-06-30',
    }).events.map((e) => [e.type, e.place?.id]);

  it('reads leaving a country or a base as a withdrawal, and leaving a town as a town abandoned', () => {
    expect(run2('On 15 August 2022 the Blue Mission left Sahelia.')).toEqual([['withdrawal', 'place:sahelia']]);
    expect(run2('Le 15 août 2022, le Blue Mission a quitté Sahelia, six mois après un accord conclu à Gao.', 'fr')).toEqual([['withdrawal', 'place:sahelia']]);
    expect(run2('In April 2022 the Blue Mission left their base in Gao.')).toEqual([['withdrawal', 'place:gao']]);
    expect(run2('Le 13 novembre 2023, les combattants du FLN avaient quitté Kidal.', 'fr')).toEqual([['town_abandoned', 'place:kidal']]);
  });

  it('reads one group replacing another as a rebranding', () => {
    expect(run2('Le 1er août 2014, Operation Dune a été remplacée par le Blue Mission.', 'fr')).toEqual([['rename', undefined]]);
  });

  it('reads a coup with the detention it began with as one event, and "the coup" told again as no new one', () => {
    const text = 'On 26 July 2023 soldiers detained Amadou Traore and removed him from power. The army backed the coup on 27 July 2023.';
    expect(run2(text)).toEqual([['coup', undefined]]);
  });

  it('reads an expelled ambassador and a declared independence, but not a group expelled from towns', () => {
    expect(run2('In January 2022 the National Army expelled the ambassador of Sahelia.').map(([t]) => t)).toEqual(['other_strategic']);
    expect(run2('En janvier 2022, le FLN a proclamé l’indépendance de Kidal.', 'fr').map(([t]) => t)).toEqual(['other_strategic']);
    expect(run2('By July 2012 the FLN had expelled the Blue Mission from Gao.').map(([t]) => t)).not.toContain('other_strategic');
  });

  it('reads an election held without naming who ran, but not one scheduled or postponed', () => {
    expect(run2('Elections in July 2013 chose a new president.')).toEqual([['election', undefined]]);
    expect(run2('Presidential elections are scheduled for February 2024.')).toEqual([]);
    expect(run2('En septembre 2023, le scrutin a été reporté.', 'fr')).toEqual([]);
  });

  it('reads "began" as a deployment only when an operation begins', () => {
    expect(run2('On 11 January 2013 Operation Dune began an intervention in Sahelia.').map(([t]) => t)).toEqual(['deployment']);
    expect(run2('In 2013 the National Army began supporting the Blue Mission.')).toEqual([]);
  });

  it('reads a strike from aircraft as an air strike', () => {
    expect(run2('On 3 May 2019 National Army aircraft struck a column near Gao, killing 20 fighters.').map(([t]) => t)).toEqual(['air_drone_strike']);
  });

  it('reads a town retaken by a state force and its allies as territory regained', () => {
    const text = 'Le 14 novembre 2023, la National Army et ses alliés du FLN ont repris le contrôle de Kidal.';
    expect(run2(text, 'fr')).toEqual([['government_regains_territory', 'place:kidal']]);
  });
});

describe('more event kinds read from their words (third pass)', () => {
  it('reads a group described as founded, in English and French', () => {
    expect(types('The FLN is an armed group founded in October 2011 by Amadou Traore.')).toEqual(['formation']);
    expect(types('Le FLN est un groupe armé fondé en octobre 2011 par Amadou Traore.', 'fr')).toEqual(['formation']);
  });

  it('reads a headquarters set up in the passive', () => {
    expect(types('Le 1er août 2014, le Blue Mission a été créé, et son quartier général a été installé à Gao.', 'fr')).toContain('base_established');
  });

  it('reads forces named by a common noun leaving or arriving', () => {
    expect(types('In April 2022 the last foreign troops left their base in Gao.')).toEqual(['withdrawal']);
    expect(types('En avril 2022, les soldats ont quitté leur base de Gao, et des jihadistes ont attaqué Kidal.', 'fr')).toContain('armed_clash');
  });

  it('keeps a second attack apart from the first when its verb only starts like a claim', () => {
    const text = 'Le 10 décembre 2019, des assaillants ont attaqué Kidal, tuant 71 soldats. Le 9 janvier 2020, un autre camp, à Gao, a été attaqué.';
    expect(types(text, 'fr')).toEqual(['armed_clash', 'armed_clash']);
  });
});
