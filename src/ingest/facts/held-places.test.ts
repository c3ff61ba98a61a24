// Places held, phrased with the place before the verb or with a partner after it, and group members standing for their
// group before a relative or an apposition. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, testActor, testPlace, tableRelations } from './testing.js';

const ACTORS = [...TEST_GROUPS, testActor('amadou', 'Amadou Traore', 'person'), testActor('moussa', 'Moussa Diallo', 'person')];
const relationsIn = tableRelations(ACTORS, [
  testPlace('gao', 'Gao'),
  testPlace('kidal', 'Kidal'),
  { id: 'place:sahel', kind: 'region', name: 'Sahel', country: 'ML' },
]);
const OPENING = 'The FLN is an armed group of the north. ';

describe('a place as the antecedent of an object relative', () => {
  it('is held by the relative clause’s subject (English and French)', () => {
    expect(relationsIn('Gao, which the FLN held until 2013, is calm again.')).toContainEqual(['controls', 'actor:fln', 'place:gao']);
    expect(relationsIn('Le FLN est un groupe armé du nord. Ses hommes se sont installés à Gao, qu’ils ont administrée jusqu’en 2013.', 'fr')).toContainEqual([
      'controls',
      'actor:fln',
      'place:gao',
    ]);
  });

  it('is no object of a subject relative ("the Sahel, which holds…")', () => {
    expect(relationsIn("The FLN, the Desert Brigade's branch in the Sahel, which holds Kidal, claimed the attack.")).not.toContainEqual([
      'controls',
      'actor:fln',
      'place:sahel',
    ]);
  });
});

describe('a partner named after the place held', () => {
  it('holds it too (English and French)', () => {
    expect(relationsIn(`${OPENING}In 2012 it ruled Gao together with the Desert Brigade.`)).toContainEqual(['controls', 'actor:brigade', 'place:gao']);
    expect(
      relationsIn('Le FLN est un groupe armé du nord. Ses hommes se sont installés à Gao, qu’ils ont administrée avec la Desert Brigade jusqu’en 2013.', 'fr'),
    ).toContainEqual(['controls', 'actor:brigade', 'place:gao']);
  });
});

describe('members standing for their group', () => {
  it('"X fighters, who are active in P" places X', () => {
    expect(relationsIn('FLN fighters, who are also active in the Gao region, ambushed a convoy.')).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });

  it('"Its units, commanded by A and B, were based in P" places the group, not the commanders', () => {
    const found = relationsIn(`${OPENING}Its Saharan units, commanded by Amadou Traore and Moussa Diallo, were based in Gao.`);
    expect(found).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
    expect(found).not.toContainEqual(['operates_in', 'actor:amadou', 'place:gao']);
  });
});
