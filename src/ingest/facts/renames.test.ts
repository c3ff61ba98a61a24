// A group renamed: the new name is the successor of the old one, whichever order the sentence names them in.
// Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { TEST_GROUPS, tableRelations } from './testing.js';

const relationsIn = tableRelations(TEST_GROUPS);
const SUCCESSION = ['successor_of', 'actor:fln', 'actor:brigade'];

describe('renames', () => {
  it('reads the new name after the verb (English)', () => {
    expect(relationsIn('In 2014 the Desert Brigade renamed itself the Northern Liberation Front.')).toContainEqual(SUCCESSION);
    expect(relationsIn('The Desert Brigade was renamed the FLN two years later.')).toContainEqual(SUCCESSION);
    expect(relationsIn('The Desert Brigade changed its name to the FLN in 2014.')).toContainEqual(SUCCESSION);
  });

  it('reads the new name after the verb (French)', () => {
    expect(relationsIn('En 2014, la Desert Brigade a pris le nom de Northern Liberation Front.', 'fr')).toContainEqual(SUCCESSION);
    expect(relationsIn('La Desert Brigade, rebaptisée FLN en 2014, reste active.', 'fr')).toContainEqual(SUCCESSION);
  });

  it('reads a former name in an apposition or an opening phrase', () => {
    expect(relationsIn('The FLN, originally known as the Desert Brigade, recruits in the north.')).toContainEqual(SUCCESSION);
    expect(relationsIn('Originally called the Desert Brigade, the FLN took its present name in 2014.')).toContainEqual(SUCCESSION);
    expect(relationsIn('Le FLN, anciennement appelé Desert Brigade, recrute dans le nord.', 'fr')).toContainEqual(SUCCESSION);
    expect(relationsIn('D’abord baptisé Desert Brigade, le FLN a pris son nom actuel en 2014.', 'fr')).toContainEqual(SUCCESSION);
  });

  it('keeps the apposition out of the clause: the renamed group is the one that recruits', () => {
    expect(relationsIn('The FLN, originally known as the Desert Brigade, fought the River Guard.')).toContainEqual(['hostile_to', 'actor:fln', 'actor:guard']);
  });

  it('takes no known name that only begins a longer new one', () => {
    expect(relationsIn('The Desert Brigade was renamed Northern Liberation Front Sahel Province in 2019.')).not.toContainEqual(SUCCESSION);
  });
});
