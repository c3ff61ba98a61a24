// A fronted phrase naming the whole a clause happens inside. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const relationsIn = tableRelations(
  [...TEST_GROUPS, testActor('amadou', 'Amadou Traore', 'person'), testActor('cabinet', 'Cabinet of Mali', 'other_org')],
  [testPlace('gao', 'Gao')],
);
const BRIGADE_IN_FLN = ['member_of', 'actor:brigade', 'actor:fln'];

describe('a fronted phrase of inclusion', () => {
  it('makes the clause’s group a part of the whole it names (French and English)', () => {
    expect(relationsIn('Au sein du FLN, la Desert Brigade est la plus active.', 'fr')).toContainEqual(BRIGADE_IN_FLN);
    expect(relationsIn('Depuis 2017, au sein du FLN, la Desert Brigade tient Gao.', 'fr')).toContainEqual(BRIGADE_IN_FLN);
    expect(relationsIn('Within the FLN, the Desert Brigade remains the largest unit.')).toContainEqual(BRIGADE_IN_FLN);
  });

  it('never makes an armed group a part of a government or another civil body', () => {
    expect(relationsIn('Au sein du Cabinet of Mali, le FLN a des soutiens.', 'fr').filter(([type]) => type === 'member_of')).toEqual([]);
  });

  it('makes the unit a person subject heads the part, not the person', () => {
    const found = relationsIn('Au sein du FLN, Amadou Traore dirige la Desert Brigade.', 'fr');
    expect(found).toContainEqual(BRIGADE_IN_FLN);
    expect(found).not.toContainEqual(['member_of', 'actor:amadou', 'actor:fln']);
  });

  it('does not read the whole as a co-subject of the clause', () => {
    expect(relationsIn('Depuis 2017, au sein du FLN, la Desert Brigade tient Gao.', 'fr')).not.toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(relationsIn('Selon le FLN, la Desert Brigade tient Gao.', 'fr')).toEqual([['controls', 'actor:brigade', 'place:gao']]);
  });

  it('reads nothing when no group stands in the clause', () => {
    expect(relationsIn('Au sein du FLN, des combattants critiquent Amadou Traore.', 'fr')).toEqual([]);
    expect(relationsIn('Within the FLN, there is debate; the Desert Brigade left.')).toEqual([]);
  });
});
