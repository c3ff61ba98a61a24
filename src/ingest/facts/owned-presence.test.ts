// Where a group's people or acts are, named by a noun with the group after "of"/"du" or a possessive before it.
import { describe, expect, it } from 'vitest';
import { testPlace as place, tableRelations, TEST_GROUPS } from './testing.js';

const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('mopti-region', 'Mopti Region')];
const relationsIn = tableRelations(TEST_GROUPS, PLACES);
const placed = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'operates_in');

describe('a group’s presence, acts and members named by a noun', () => {
  it('reads the owner after "of" or "du" as where the noun places it', () => {
    expect(placed('The attacks of the FLN in the Mopti Region have doubled.')).toEqual([['operates_in', 'actor:fln', 'place:mopti-region']]);
    expect(placed('La présence du FLN autour de Gao s’est renforcée.', 'fr')).toEqual([['operates_in', 'actor:fln', 'place:gao']]);
    expect(placed('Les combattants de la Desert Brigade près de Kidal ont été repoussés.', 'fr')).toEqual([['operates_in', 'actor:brigade', 'place:kidal']]);
  });

  it('reads the group a possessive stands for', () => {
    const text = 'Northern Liberation Front\n\nIn 2019 Amadou Diallo commanded its fighters in Gao.';
    expect(placed(text)).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });

  it('reads no presence from one incident its people carried out, unless told as a habit', () => {
    expect(placed('In July 2016 fighters of the FLN clashed in Kidal.')).toEqual([]);
    expect(placed('Le 3 mai, les hommes du FLN ont enlevé à Gao deux commerçants.', 'fr')).toEqual([]);
    expect(placed('Since 2019 the fighters of the FLN have attacked posts around Gao.')).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });

  it('keeps the place in the noun’s clause, and reads a relative with a participle as its antecedent’s', () => {
    expect(placed('The attacks of the FLN were condemned; in Gao, officials met.')).toEqual([]);
    expect(placed('The FLN, which is based in Kidal, denied the report.')).toEqual([['operates_in', 'actor:fln', 'place:kidal']]);
  });
});

describe('a group’s camps, positions and checkpoints', () => {
  it('places the group whose camp, positions or checkpoints a place phrase locates', () => {
    expect(placed('Drone strikes hit Desert Brigade positions around Gao.')).toContainEqual(['operates_in', 'actor:brigade', 'place:gao']);
    expect(placed('The FLN, which maintains checkpoints around Kidal, denied the report.')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(placed('Le FLN a installé son quartier général à Kidal.', 'fr')).toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
  });
});
