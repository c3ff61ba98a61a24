// The subject of a clause that follows an apposition: a relative after a plural or owned apposition, a passive "which
// is backed by", a verb after an apposition that holds a list, a coalition's members across an apposition. Sentences
// written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const ACTORS = [
  ...TEST_GROUPS,
  testActor('caliphate', 'Islamic Caliphate', 'armed_group', ['IC']),
  testActor('army', 'National Army', 'state_force'),
  testActor('dune', 'Operation Dune', 'international_force'),
  testActor('algeria', 'Algeria', 'state'),
  testActor('amadou', 'Amadou Sow', 'person'),
];
const PLACES = [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal'), testPlace('sadou', 'Sadou')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('a relative clause after a plural apposition', () => {
  it('stands for the list before the apposition (English)', () => {
    const found = relationsIn('The FLN and the Desert Brigade, two militias which were then backed by Operation Dune, fought the River Guard.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['supported_by', 'actor:fln', 'actor:dune'],
        ['supported_by', 'actor:brigade', 'actor:dune'],
        ['hostile_to', 'actor:fln', 'actor:guard'],
      ]),
    );
    expect(found).not.toContainEqual(['hostile_to', 'actor:dune', 'actor:guard']);
  });

  it('stands for the list before the apposition (French)', () => {
    const found = relationsIn('Le FLN, la Desert Brigade et la River Guard, trois mouvements qui tiennent Kidal et Gao depuis avril, ont été frappés.', 'fr');
    for (const group of ['actor:fln', 'actor:brigade', 'actor:guard']) expect(found).toContainEqual(['controls', group, 'place:kidal']);
  });
});

describe('a relative clause after an apposition that names an owner', () => {
  it('stands for the head, not the owner', () => {
    const found = relationsIn("The FLN, the Islamic Caliphate's branch in the north, which holds Sadou, claimed the attack.");
    expect(found).toContainEqual(['controls', 'actor:fln', 'place:sadou']);
    expect(found).not.toContainEqual(['controls', 'actor:caliphate', 'place:sadou']);
    expect(relationsIn('Le FLN, une faction de l’Islamic Caliphate, qui tient Sadou, dément.', 'fr')).toContainEqual(['controls', 'actor:fln', 'place:sadou']);
  });

  it('reads a relative after a describing apposition ("a force based in Kidal that operated in…")', () => {
    const found = relationsIn('Operation Dune, a regional force headquartered in Kidal that operated in Gao and Sadou, ended in 2022.');
    expect(found).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:dune', 'place:gao'],
        ['operates_in', 'actor:dune', 'place:sadou'],
      ]),
    );
  });
});

describe('a passive relative with its agent after "by"', () => {
  it('keeps its antecedent (English and French)', () => {
    expect(relationsIn('The National Army, which is supported by Operation Dune, has not stopped the raids.')).toContainEqual([
      'supported_by',
      'actor:army',
      'actor:dune',
    ]);
    expect(relationsIn('Le FLN, qui est soutenu par Algeria, a repris Gao.', 'fr')).toContainEqual(['supported_by', 'actor:fln', 'actor:algeria']);
  });
});

describe('an apposition that holds a list', () => {
  it('leaves the clause to the name it describes', () => {
    const found = relationsIn(
      'The Sahel Union, an alliance of the FLN, the River Guard and a wing of the Desert Brigade, was formed in 2014 and held Kidal until 2023.',
    );
    expect(found).toContainEqual(['controls', 'actor:union', 'place:kidal']);
    expect(found.filter(([type, from]) => type === 'controls' && from !== 'actor:union')).toEqual([]);
  });

  it('does not hide a coalition from its members', () => {
    const found = relationsIn('The Sahel Union, a coalition created in Kidal in June 2014, brings together the FLN, the Desert Brigade and the River Guard.');
    for (const group of ['actor:fln', 'actor:brigade', 'actor:guard']) expect(found).toContainEqual(['member_of', group, 'actor:union']);
    expect(relationsIn('La Sahel Union, formée en 2014, regroupe le FLN et la Desert Brigade.', 'fr')).toContainEqual([
      'member_of',
      'actor:fln',
      'actor:union',
    ]);
  });
});

describe('an active "backed" with a non-actor object', () => {
  it('backs no one named inside the object', () => {
    expect(relationsIn('Algeria backed the peace deal between the FLN and the Desert Brigade.').filter(([type]) => type === 'supported_by')).toEqual([]);
    expect(relationsIn('Algeria soutient l’accord entre le FLN et la Desert Brigade.', 'fr').filter(([type]) => type === 'supported_by')).toEqual([]);
    expect(relationsIn('Algeria backed the FLN in 2015.')).toContainEqual(['supported_by', 'actor:fln', 'actor:algeria']);
  });
});

describe('a French apposition without a determiner', () => {
  it('leaves the clause to the name before it ("X, composante de Y, opère…", "X, soutenu par Y, opère…")', () => {
    const member = relationsIn('Le FLN, composante de la Sahel Union, opère près de Gao.', 'fr');
    expect(member).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(member).not.toContainEqual(['operates_in', 'actor:union', 'place:gao']);
    const backed = relationsIn('Le FLN, soutenu par Algeria, opère près de Gao.', 'fr');
    expect(backed).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(backed).not.toContainEqual(['operates_in', 'actor:algeria', 'place:gao']);
  });
});

describe('an apposition holding an acronym in brackets', () => {
  it('still closes before the clause’s verb', () => {
    const found = relationsIn('The FLN, backed by the Islamic Caliphate (IC), took control of Gao in 2012.');
    expect(found).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(found).not.toContainEqual(['controls', 'actor:caliphate', 'place:gao']);
  });
});

describe('an apposition opened by a bare plural noun', () => {
  it('keeps the list before it as the subject (English and French)', () => {
    const en = relationsIn('The FLN and the Desert Brigade, militias allied with the National Army, hold Kidal.');
    expect(en).toContainEqual(['controls', 'actor:fln', 'place:kidal']);
    expect(en).not.toContainEqual(['controls', 'actor:army', 'place:kidal']);
    const fr = relationsIn('Le FLN et la Desert Brigade, milices alliées à la National Army, tiennent Kidal.', 'fr');
    expect(fr).toContainEqual(['controls', 'actor:fln', 'place:kidal']);
    expect(fr).not.toContainEqual(['controls', 'actor:army', 'place:kidal']);
  });

  it('leaves a plain object list alone', () => {
    expect(relationsIn('The FLN fought the Desert Brigade, then held Kidal.')).not.toContainEqual(['controls', 'actor:brigade', 'place:kidal']);
  });
});

describe('a relative clause after an apposition whose noun a name qualifies', () => {
  // English only: French names the qualifying group after the noun ("un officier de l’armée qui"), where the relative
  // may stand for either.
  it('stands for the head before the apposition', () => {
    const found = relationsIn('Amadou Sow, a former National Army officer who joined the FLN, was killed in Gao.');
    expect(found).toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
    expect(found).not.toContainEqual(['member_of', 'actor:army', 'actor:fln']);
  });

  it('keeps a relative right after a name for that name', () => {
    const found = relationsIn('Amadou Sow met the Desert Brigade, which joined the FLN in 2014.');
    expect(found).toContainEqual(['member_of', 'actor:brigade', 'actor:fln']);
    expect(found).not.toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
  });
});
