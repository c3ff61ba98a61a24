// A subject list whose second item is an unnamed unit a person owns ("X and the brigade of Y merged"), and the merger
// verbs that take such lists ("fused to create", « se sont unis sous la bannière de »). Sentences written for the
// tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor, TEST_GROUPS, tableRelations } from './testing.js';

const relationsIn = tableRelations([...TEST_GROUPS, testActor('amadou', 'Amadou Sow', 'person')]);

describe('a subject list whose next item a person owns', () => {
  it('keeps the named group as the subject, not the owner (English and French)', () => {
    const en = relationsIn('In 2015 the FLN and the brigade of Amadou Sow merged to form the Sahel Union.');
    expect(en).toContainEqual(['merged_into', 'actor:fln', 'actor:union']);
    expect(en).not.toContainEqual(['merged_into', 'actor:amadou', 'actor:union']);
    const fr = relationsIn('En 2015, le FLN et les hommes d’Amadou Sow ont fusionné pour former la Sahel Union.', 'fr');
    expect(fr).toContainEqual(['merged_into', 'actor:fln', 'actor:union']);
  });

  it('leaves a person who is himself the subject alone', () => {
    expect(relationsIn('Amadou Sow and his men joined the Sahel Union in 2015.')).toContainEqual(['member_of', 'actor:amadou', 'actor:union']);
  });
});

describe('merger verbs', () => {
  it('reads "fused to create" and « se sont unis sous la bannière de »', () => {
    expect(relationsIn('The FLN and the Desert Brigade fused to create the Sahel Union.')).toContainEqual(['merged_into', 'actor:fln', 'actor:union']);
    expect(relationsIn('Le FLN et la Desert Brigade se sont unis sous la bannière de la Sahel Union.', 'fr')).toContainEqual([
      'merged_into',
      'actor:brigade',
      'actor:union',
    ]);
  });

  it('reads no merger from a union of views', () => {
    expect(relationsIn('The FLN and the Desert Brigade united to condemn the Sahel Union.')).not.toContainEqual(['merged_into', 'actor:fln', 'actor:union']);
  });
});
