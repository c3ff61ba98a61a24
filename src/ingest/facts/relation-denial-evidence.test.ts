// A tie a sentence says nothing supports ("no evidence that", « rien n'indique que ») is not stated. Sentences written
// for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS);
const SUPPORTED = ['supported_by', 'actor:fln', 'actor:brigade'];

describe('a tie for which the text finds no evidence', () => {
  it('is not read (English)', () => {
    expect(relationsIn('We find no evidence that the FLN was trained by the Desert Brigade.')).not.toContainEqual(SUPPORTED);
  });

  it('is not read (French)', () => {
    expect(relationsIn('Rien n’indique que la Desert Brigade soutient le FLN.', 'fr')).not.toContainEqual(SUPPORTED);
  });

  it('is read when the sentence states it', () => {
    expect(relationsIn('The FLN was trained by the Desert Brigade.')).toContainEqual(SUPPORTED);
    expect(relationsIn('La Desert Brigade soutient le FLN.', 'fr')).toContainEqual(SUPPORTED);
  });
});
