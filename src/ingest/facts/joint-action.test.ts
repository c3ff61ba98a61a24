// Groups acting together or against each other without a "with" object: an operation mounted with a partner, the
// subjects of a fight verb with no object, "the two coalitions". Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  testActor('front', 'Patriotic Front', 'coalition'),
  testActor('army', 'National Army', 'state_force'),
  testActor('caliphate', 'Islamic Caliphate'),
];
const relationsIn = tableRelations(ACTORS, [testPlace('gao', 'Gao')]);
const ALLIED = ['allied_with', 'actor:brigade', 'actor:fln'];

describe('an operation mounted with a partner', () => {
  it('makes allies of the subject and the partner (English)', () => {
    expect(relationsIn('The FLN carried out the attack on Gao with the Desert Brigade in 2015.')).toContainEqual(ALLIED);
    expect(relationsIn('With the Desert Brigade, the FLN carried out the attack on Gao in 2015.')).toContainEqual(ALLIED);
  });

  it('makes allies of the subject and the partner (French)', () => {
    expect(relationsIn('En 2012, le FLN a participé, avec la Desert Brigade, à l’attaque de Gao.', 'fr')).toContainEqual(ALLIED);
  });

  it('needs "with" to name a partner of the operation, not of another verb or noun', () => {
    expect(relationsIn('The FLN launched attacks on villages associated with the Desert Brigade.')).not.toContainEqual(ALLIED);
    expect(relationsIn('The Desert Brigade, which had clashed with the FLN in January, launched an offensive on Gao.')).not.toContainEqual(ALLIED);
    expect(relationsIn('En 2012, le FLN a lancé une attaque contre des villages liés avec la Desert Brigade.', 'fr')).not.toContainEqual(ALLIED);
  });

  it('reads support, not an ally, in "with the support of"', () => {
    expect(relationsIn('The FLN launched the offensive with the support of the Desert Brigade.')).not.toContainEqual(ALLIED);
  });
});

describe('a fight verb with no object', () => {
  it('makes its subjects enemies (English)', () => {
    expect(relationsIn('In 2020 the FLN and the Desert Brigade clashed near Gao, leaving 20 dead.')).toContainEqual([
      'hostile_to',
      'actor:brigade',
      'actor:fln',
    ]);
  });

  it('makes its subjects enemies (French)', () => {
    expect(relationsIn('En 2020, le FLN et la Desert Brigade se sont affrontés à Gao.', 'fr')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });

  it('reads no enmity in "fought at" or "fought for": co-belligerents fight at a place together', () => {
    expect(relationsIn('In January 2012 the FLN and the Desert Brigade fought at Gao.')).not.toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The FLN and the Desert Brigade fought for Gao in 2012.')).not.toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The FLN and the Desert Brigade fought each other at Gao.')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
    expect(relationsIn('The FLN and the Desert Brigade fought for control of Gao.')).toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });

  it('keeps allies who fight a third party together apart from it', () => {
    const found = relationsIn('The FLN and the Desert Brigade clashed with the National Army near Gao.');
    expect(found).not.toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });
});

describe('"the two coalitions"', () => {
  it('stands for the coalitions named last, not the groups of the last list', () => {
    const text =
      'The Sahel Union and the Patriotic Front signed the accord in 2015. The FLN and the Desert Brigade then left the Sahel Union. In 2016 the two coalitions clashed in Gao.';
    const found = relationsIn(text);
    expect(found).toContainEqual(['hostile_to', 'actor:front', 'actor:union']);
    expect(found).not.toContainEqual(['hostile_to', 'actor:brigade', 'actor:fln']);
  });
});

describe('support with an adverbial before its agent', () => {
  it('keeps the one supported before the participle (English and French)', () => {
    expect(relationsIn('The National Army, supported since 2021 by the Desert Brigade, retook Gao.')).toContainEqual([
      'supported_by',
      'actor:army',
      'actor:brigade',
    ]);
    expect(relationsIn('Le FLN, appuyé depuis décembre 2021 par la Desert Brigade, a repris Gao.', 'fr')).toContainEqual([
      'supported_by',
      'actor:fln',
      'actor:brigade',
    ]);
  });
});

describe('"allié d’X" opening a sentence', () => {
  it('makes the sentence subject an ally of X, after an elided "de"', () => {
    expect(relationsIn('Le FLN est né en 2010. Allié d’Islamic Caliphate pendant la guerre, il a ensuite pris Gao.', 'fr')).toContainEqual([
      'allied_with',
      'actor:caliphate',
      'actor:fln',
    ]);
  });
});

describe('groups named together as the agents of one act', () => {
  const allied = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'allied_with');

  it('reads a list of groups that retook, attacked or launched something as allies, in English and French', () => {
    expect(allied('The National Army and the Desert Brigade retook Gao on 14 November.')).toEqual([['allied_with', 'actor:army', 'actor:brigade']]);
    expect(allied('Le FLN et la River Guard ont attaqué Gao en janvier.', 'fr')).toEqual([['allied_with', 'actor:fln', 'actor:guard']]);
    expect(allied('Après la reprise de Gao par la National Army et la Desert Brigade, le calme est revenu.', 'fr')).toEqual([
      ['allied_with', 'actor:army', 'actor:brigade'],
    ]);
  });

  it('reads no alliance from a reciprocal fight, a single agent in apposition, or a non-military act', () => {
    expect(allied('The FLN and the Desert Brigade clashed near Gao.')).toEqual([]);
    expect(allied('The FLN, a rival of the Desert Brigade, attacked Gao.')).toEqual([]);
    expect(allied('The FLN and the Desert Brigade condemned the attack.')).toEqual([]);
  });
});

describe('a relative clause closed by its comma between the subject and its verb', () => {
  it('keeps the subject before the relative clause, and pairs the agents of a fight against a third party', () => {
    const en = relationsIn('The FLN and the Desert Brigade, which had taken Gao, fought the River Guard.');
    expect(en).toContainEqual(['hostile_to', 'actor:fln', 'actor:guard']);
    expect(en).toContainEqual(['hostile_to', 'actor:brigade', 'actor:guard']);
    expect(en).toContainEqual(['allied_with', 'actor:brigade', 'actor:fln']);
    const fr = relationsIn('Le FLN, qui a été fondé en 2011, combat la River Guard.', 'fr');
    expect(fr).toContainEqual(['hostile_to', 'actor:fln', 'actor:guard']);
  });

  it('pairs no agents of a fight with each other when the fight has no third party', () => {
    expect(relationsIn('The FLN and the Desert Brigade fought near Gao.').filter(([type]) => type === 'allied_with')).toEqual([]);
  });

  it('reads no alliance in a list of groups that launched an appeal, acted apart or attacked each other', () => {
    const allied = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'allied_with');
    expect(allied('The FLN and the Desert Brigade carried out a prisoner exchange in Kidal.')).toEqual([]);
    expect(allied('The FLN and the Desert Brigade launched a joint appeal for talks.')).toEqual([]);
    expect(allied('Le FLN et la Desert Brigade ont lancé un appel au dialogue.', 'fr')).toEqual([]);
    expect(allied('The FLN and the Desert Brigade attacked each other near Kidal.')).toEqual([]);
    expect(allied('The FLN and the Desert Brigade attacked civilians in separate incidents.')).toEqual([]);
    expect(allied('The FLN and the Desert Brigade launched a joint offensive on Kidal.')).not.toEqual([]);
  });
});

describe('a chronology’s present tense', () => {
  it('reads a list of groups acting together in the present as allies (English and French)', () => {
    expect(relationsIn('4 May 2019 – The FLN and the Desert Brigade attack a convoy near Gao.')).toContainEqual(ALLIED);
    expect(relationsIn('15 janvier 2016 – Un commando du FLN et de la Desert Brigade attaque un hôtel à Gao.', 'fr')).toContainEqual(ALLIED);
    expect(relationsIn('The FLN and the Desert Brigade attack each other near Gao.')).not.toContainEqual(ALLIED);
  });
});
