// Lists announced by a counted noun phrase before a colon or a dash: one relation per item. The trigger table alone.
import { describe, expect, it } from 'vitest';
import { testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS, [place('kidal', 'Kidal'), place('gao', 'Gao')]);
const members = (found: [string, string, string][]) => found.filter(([type]) => type === 'member_of').sort();
const ALL_THREE = [
  ['member_of', 'actor:brigade', 'actor:union'],
  ['member_of', 'actor:fln', 'actor:union'],
  ['member_of', 'actor:guard', 'actor:union'],
];

describe('a counted phrase before a colon or a dash', () => {
  it('stands for each actor listed after it, as a subject (English and French)', () => {
    expect(members(relationsIn('Three groups joined the Sahel Union in 2015: the FLN, the Desert Brigade and the River Guard.'))).toEqual(ALL_THREE);
    const fr = 'Trois mouvements ont rejoint la Sahel Union en 2015 : le FLN, la Desert Brigade et la River Guard.';
    expect(members(relationsIn(fr, 'fr'))).toEqual(ALL_THREE);
  });

  it('stands for each actor as the members a whole has, counts or is made of', () => {
    expect(members(relationsIn('The Sahel Union has three members: the FLN, the Desert Brigade and the River Guard.'))).toEqual(ALL_THREE);
    expect(members(relationsIn('La Sahel Union compte trois membres : le FLN, la Desert Brigade et la River Guard.', 'fr'))).toEqual(ALL_THREE);
    const dashes = 'The Sahel Union is made up of three groups — the FLN, the Desert Brigade and the River Guard — which operate near Gao.';
    expect(members(relationsIn(dashes))).toEqual(ALL_THREE);
    const enumerated = 'La Sahel Union regroupe trois principaux mouvements : (i) le FLN, (ii) la Desert Brigade et (iii) la River Guard.';
    expect(members(relationsIn(enumerated, 'fr'))).toEqual(ALL_THREE);
  });

  it('reads nothing without a relation, or when the colon lists places', () => {
    expect(members(relationsIn('Three groups signed the agreement: the FLN, the Desert Brigade and the River Guard.'))).toEqual([]);
    expect(members(relationsIn('The Sahel Union has three members near Gao.'))).toEqual([]);
    expect(relationsIn('Le FLN a trois bases : Kidal, Gao et Ménaka.', 'fr')).not.toContainEqual(['member_of', 'actor:fln', 'place:kidal']);
  });
});
