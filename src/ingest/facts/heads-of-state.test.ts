// A person the text gives as head of state leads that state. Sentences written for the tests; the trigger table alone.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { TEST_GROUPS, tableRelations, testActor } from './testing.js';

const town = (slug: string, name: string, country: string): Place => ({ id: `place:${slug}`, kind: 'town', name, country });
const ACTORS = [
  ...TEST_GROUPS,
  { ...testActor('niger', 'Niger', 'state'), country: 'NE' },
  { ...testActor('mali', 'Mali', 'state'), country: 'ML' },
  { ...testActor('malian-government', 'Government of Mali', 'other_org'), country: 'ML' },
  { ...testActor('burkina-faso', 'Burkina Faso', 'state'), country: 'BF' },
  { ...testActor('france', 'France', 'state'), country: 'FR' },
  { ...testActor('old-leader', 'Moussa Traore', 'person') },
  { ...testActor('known-leader', 'Bakary Coulibaly', 'person'), country: 'BF' },
];
const PLACES = [town('zarnou', 'Zarnou', 'NE'), town('bilma', 'Bilma', 'NE'), town('kolondo', 'Kolondo', 'ML'), town('seba', 'Seba', 'ML')];
const relationsIn = tableRelations(ACTORS, PLACES);
const leads = (text: string, language = 'en') => relationsIn(text, language).filter(([type]) => type === 'leads');
// Two towns of the same country make it the document's; the sentence tested comes after.
const IN_NIGER = 'Gunmen attacked Zarnou and Bilma last week. ';
const AU_NIGER = 'Des hommes armés ont attaqué Zarnou et Bilma. ';
const IN_MALI = 'Gunmen attacked Kolondo and Seba last week. ';

describe('heads of state', () => {
  it('lead the dominant country when a title names them, in English and French', () => {
    const sanou = ['leads', 'actor:amadou-sanou', 'actor:niger'];
    expect(leads(`${IN_NIGER}President Amadou Sanou declared three days of mourning.`)).toContainEqual(sanou);
    expect(leads(`${IN_NIGER}Amadou Sanou, then president, replaced his chief of staff.`)).toContainEqual(sanou);
    expect(leads(`${IN_NIGER}Amadou Sanou, who seized power in a coup in 2022, visited the survivors.`)).toContainEqual(sanou);
    expect(leads(`${IN_NIGER}The military government led by Captain Amadou Sanou waited two days.`)).toContainEqual(sanou);
    expect(leads(`${IN_NIGER}The government of Amadou Sanou condemned the massacre.`)).toContainEqual(sanou);
    expect(leads(`${AU_NIGER}Le président Amadou Sanou a décrété un deuil national.`, 'fr')).toContainEqual(sanou);
    expect(leads(`${AU_NIGER}Le président de la transition, Amadou Sanou, a promis de venir.`, 'fr')).toContainEqual(sanou);
    expect(leads(`${AU_NIGER}Le gouvernement du capitaine Amadou Sanou a condamné les tueries.`, 'fr')).toContainEqual(sanou);
  });

  it("lead a country's government when the dataset records one", () => {
    expect(leads(`${IN_MALI}President Amadou Sanou declared three days of mourning.`)).toContainEqual([
      'leads',
      'actor:amadou-sanou',
      'actor:malian-government',
    ]);
  });

  it('lead the country an adjective or a possessive by the title names', () => {
    expect(leads(`${IN_NIGER}Le président burkinabè Amadou Sanou a reçu une délégation.`, 'fr')).toContainEqual([
      'leads',
      'actor:amadou-sanou',
      'actor:burkina-faso',
    ]);
    expect(leads(`${IN_MALI}Niger's President Amadou Sanou said so.`)).toContainEqual(['leads', 'actor:amadou-sanou', 'actor:niger']);
  });

  it('lead the country the dataset records for a person it knows, whatever country the text is about', () => {
    const bakary = ['leads', 'actor:known-leader', 'actor:burkina-faso'];
    expect(leads(`${IN_NIGER}President Bakary Coulibaly declared three days of mourning.`)).toEqual([bakary]);
    expect(leads(`${AU_NIGER}Le président Bakary Coulibaly a adressé ses condoléances.`, 'fr')).toEqual([bakary]);
    expect(leads(`${IN_NIGER}The president of the Northern Liberation Front, Bakary Coulibaly, spoke.`)).toEqual([]);
  });

  it('give nothing when the country is uncertain, the title is another body’s, denied, or the person known without a country', () => {
    expect(leads(`${IN_NIGER}President Amadou Sanou flew to France on Monday.`)).toEqual([]);
    expect(leads(`${IN_NIGER}President Amadou Sanou met President Ali Konate in Zarnou.`)).toEqual([]);
    expect(leads(`${IN_NIGER}The president of the Northern Liberation Front, Amadou Sanou, spoke.`)).toEqual([]);
    expect(leads(`${IN_NIGER}Amadou Sanou never took power in the capital.`)).toEqual([]);
    expect(leads(`${IN_NIGER}President Moussa Traore declared three days of mourning.`)).toEqual([]);
    expect(leads(`Gunmen attacked Zarnou and Kolondo. President Amadou Sanou declared three days of mourning.`)).toEqual([]);
  });
});
