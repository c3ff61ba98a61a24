// Phrasings of events that unseen reports use and the trigger table missed (issue 20, session 15): property destroyed in
// the passive or named by a noun, bombers who blow themselves up, pacts agreed or initialled, sanctions imposed in French,
// a presidency taken, troops pulled out or withdrawn, towns the database lacks, a toll after "left", and a town lost by
// the army in the passive. Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('fss', 'Sahel Salvation Front', 'armed_group', ['FSS']),
  actor('army', 'National Army', 'state_force'),
  actor('blue', 'Blue Mission', 'international_force'),
  actor('league', 'Sahel League', 'international_org'),
  actor('state', 'Republic of Mali', 'state'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [
  place('kidal', 'Kidal'),
  place('gao', 'Gao'),
  place('tessit', 'Tessit'),
  place('ber', 'Ber'),
  { ...place('mali', 'Mali'), kind: 'country' as const },
];
const run = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events;
const types = (text: string, language = 'en') => run(text, language).map((e) => e.type);

describe('looting told in the passive, by a noun, or of infrastructure', () => {
  it.each([
    ['On 3 May 2019 gunmen destroyed the telecommunication antennas in Tessit.', 'en'],
    ['FLN fighters blew up the bridge at Ber on 3 May 2019.', 'en'],
    ['Armed men vandalised the school in Tessit on 3 May 2019.', 'en'],
    ['The destruction of the Tessit mausoleums by the FLN in May 2019 was condemned.', 'en'],
    ['Les jihadistes ont fait sauter le pont de Ber le 3 mai 2019.', 'fr'],
    ['Le marché de Tessit a été réduit en cendres le 3 mai 2019.', 'fr'],
    ['Des hommes armés ont vandalisé l’école de Tessit le 3 mai 2019.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['looting']);
  });

  it('reads looting with no one named when an attack is told with it, or when the verb names a deed', () => {
    expect(types('The camp at Tessit was partly looted after the assault on 3 May 2019.')).toContain('looting');
    expect(types('Des boutiques ont été pillées à Ber le 3 mai 2019.', 'fr')).toEqual(['looting']);
  });

  it('reads no looting in a flood, a fire or a scourge with no one named', () => {
    expect(types('Floods destroyed 300 homes in Tessit on 3 May 2019.')).toEqual([]);
    expect(types('Floods killed 20 people and destroyed 300 homes in Tessit on 3 May 2019.')).not.toContain('looting');
    expect(types('On 3 May 2019 the FLN accused the army of sabotaging the talks in Gao.')).not.toContain('looting');
    expect(types('Les milices sont apparues vers 2015 pour lutter contre le vol de bétail.', 'fr')).toEqual([]);
  });
});

describe('bombers who blow themselves up', () => {
  it.each([
    ['On 3 May 2019 a suicide bomber blew himself up at a checkpoint in Gao.', 'en'],
    ['Le 3 mai 2019, un kamikaze s’est fait exploser à un poste de contrôle de Gao.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['suicide_bomb']);
  });

  it('reads no incident in suicide bombings told as a habit', () => {
    expect(types('Suicide bombings and rocket attacks have been sporadic in Gao, Kidal and Tessit.')).toEqual([]);
  });
});

describe('pacts agreed, initialled, concluded', () => {
  it.each([
    ['A ceasefire was agreed between the FLN and the government on 23 May 2019.', 'en'],
    ['The FLN and the army reached a truce in Kidal on 23 May 2019.', 'en'],
    ['Un cessez-le-feu a été conclu le 23 mai 2019 entre le FLN et le gouvernement.', 'fr'],
    ['Le 18 juin 2019, le gouvernement et le FLN ont paraphé l’accord de Gao.', 'fr'],
    ['Le 18 juin 2019, le FLN et le FSS signent à Gao la charte de Kidal.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toContain('agreement');
  });

  it('reads a deal struck as no attack, and a pact named after it as told before', () => {
    expect(types('On 3 May 2019 the FLN struck a deal with the FSS in Kidal.')).toEqual(['agreement']);
    expect(types('The FSS still rejects the agreement reached with the army, its leaders say.')).toEqual([]);
  });
});

describe('sanctions, presidencies, and withdrawals', () => {
  it('reads sanctions imposed in French', () => {
    expect(types('La Sahel League a imposé des sanctions au Mali le 9 janvier 2019.', 'fr')).toEqual(['sanction']);
  });

  it('reads a presidency taken', () => {
    expect(types('Amadou Traore took over the presidency of the FLN in 2019.')).toEqual(['leadership_change']);
    expect(types('Amadou Traore a pris la présidence du FLN en 2019.', 'fr')).toEqual(['leadership_change']);
  });

  it.each([
    ['The Blue Mission pulled the last of its troops out of Mali on 15 May 2019.', 'en'],
    ['The peacekeepers were withdrawn from Tessit on 23 May 2019.', 'en'],
    ['The Blue Mission ended its presence in Kidal on 31 May 2019.', 'en'],
    ['The retreat of the army from Ber on 2 May 2019 left the town to the FLN.', 'en'],
    ['La Blue Mission a retiré ses derniers soldats du Mali le 15 mai 2019.', 'fr'],
    ['Les casques bleus ont été retirés de Tessit le 23 mai 2019.', 'fr'],
    ['Les soldats de la Blue Mission ont définitivement quitté le Mali le 15 mai 2019.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toContain('withdrawal');
  });

  it('makes an organisation of states or forces leaving their positions withdraw, not abandon a town', () => {
    expect(types('The Sahel League left Tessit on 21 May 2019.')).toEqual(['withdrawal']);
    expect(types('The National Army left its positions in Ber on 13 May 2019.')).toEqual(['withdrawal']);
  });

  it('reads no withdrawal in a presence whose end is only demanded', () => {
    expect(types('Le FLN exige la fin de la présence de la Blue Mission à Kidal depuis mai 2019.', 'fr')).not.toContain('withdrawal');
  });
});

describe('towns the database lacks, and towns lost', () => {
  it.each([
    ['The FLN took control of Boulkessi on 1 May 2019.', 'en'],
    ['Boulkessi was overrun by the FLN on 1 May 2019.', 'en'],
    ['Le FLN a pris le contrôle de Boulkessi le 1er mai 2019.', 'fr'],
  ])('%s', (text, language) => {
    expect(types(text, language)).toEqual(['town_captured']);
  });

  it('reads no town in a month, a pronoun or an actor after the verb', () => {
    expect(types('The FLN captured Amadou Traore on 1 May 2019.')).not.toContain('town_captured');
  });

  it('reads the army camp overrun as lost by the army, not regained', () => {
    expect(types('On 24 May 2019 the army camp at Tessit was overrun.')).toEqual(['town_captured']);
  });

  it('reads "left 12 dead" as a toll, not a town abandoned', () => {
    expect(types('An ambush on a military convoy near Tessit on 3 May 2019 left 12 soldiers dead.')).toEqual(['armed_clash']);
    expect(types('The last troops in Mali left on 15 May 2019.')).toEqual(['withdrawal']);
  });
});

describe('forces that come under fire, and alliances founded', () => {
  it('reads "came under fire from" and "a essuyé des tirs" with the one after as the attacker', () => {
    for (const [text, language] of [
      ['On 5 May 2019 an army column came under fire from FLN fighters near Tessit.', 'en'],
      ['Le 5 mai 2019, une colonne de la National Army a essuyé des tirs du FLN près de Tessit.', 'fr'],
    ] as const) {
      const [event] = run(text, language);
      expect(event?.type).toBe('armed_clash');
      expect(event?.participants.find((p) => p.role === 'perpetrator')?.actor.id).toBe('actor:fln');
    }
  });

  it('reads states founding an organisation of states', () => {
    expect(types('Le 16 mai 2019, le Mali signe la charte de Gao, créant la Sahel League.', 'fr')).toEqual(['agreement', 'formation']);
  });
});

describe('a sentence that goes on telling a dated incident', () => {
  it('dates the arrests or the move it adds with the sentence before, in the same paragraph', () => {
    const events = run('On 3 May 2019 the FLN attacked Tessit. The National Army then arrested 20 men in the town.');
    expect(events.map((e) => [e.type, e.date])).toEqual([
      ['armed_clash', '2019-05-03'],
      ['arrests', '2019-05-03'],
    ]);
    expect(types('On 3 May 2019 the FLN attacked Tessit.\n\nSoldiers withdraw when the rains come.')).toEqual(['armed_clash']);
  });

  it('leaves arson told after a raid to the raid', () => {
    expect(types('On 3 May 2019 the FLN attacked Tessit. The assailants also set fire to the market.')).toEqual(['armed_clash']);
  });
});
