// A place in an apposition naming a group's branch, affiliate or unit: the group operates there. Sentences written for
// the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import { testActor, testPlace, tableRelations } from './testing.js';

const ACTORS = [
  testActor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  testActor('caliphate', 'Islamic Caliphate'),
  testActor('amadou', 'Amadou Traore', 'person'),
];
const relationsIn = tableRelations(ACTORS, [testPlace('gao', 'Gao'), testPlace('kidal', 'Kidal')]);
const IN_GAO = ['operates_in', 'actor:fln', 'place:gao'];

describe('a branch or affiliate in a place', () => {
  it('locates the head of the apposition (English)', () => {
    expect(relationsIn('The FLN, the Islamic Caliphate affiliate in Gao, claimed the attack.')).toContainEqual(IN_GAO);
    expect(relationsIn("The FLN, the Islamic Caliphate's branch in Gao and Kidal, claimed the attack.")).toEqual(
      expect.arrayContaining([IN_GAO, ['operates_in', 'actor:fln', 'place:kidal']]),
    );
  });

  it('locates the head of the apposition (French)', () => {
    expect(relationsIn('Le FLN, branche de l’Islamic Caliphate à Gao, a revendiqué l’attaque.', 'fr')).toContainEqual(IN_GAO);
    expect(relationsIn('Le FLN, la filiale de l’Islamic Caliphate dans la région de Gao, dément.', 'fr')).toContainEqual(IN_GAO);
  });

  it('needs a noun of a unit: an apposition about something else places nothing', () => {
    expect(relationsIn('The FLN, a signatory of the deal in Gao, claimed the attack.')).not.toContainEqual(IN_GAO);
  });

  it('needs the unit noun to open the apposition: another group’s unit places nothing', () => {
    expect(relationsIn('The FLN, an enemy of the Islamic Caliphate branch in Gao, attacked Kidal.')).not.toContainEqual(IN_GAO);
    expect(relationsIn('Le FLN, rival de la branche de l’Islamic Caliphate à Gao, a attaqué Kidal.', 'fr')).not.toContainEqual(IN_GAO);
  });
});
