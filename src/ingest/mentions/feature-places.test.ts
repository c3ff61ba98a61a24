import { describe, expect, it } from 'vitest';
import { knownPlace, namesIn } from './testing.js';

const PLACES = [
  knownPlace('niger', 'Niger', 'country', 'NE'),
  knownPlace('timbuktu', 'Timbuktu'),
  knownPlace('niger-valley', 'Niger Valley', 'area'),
  knownPlace('gao', 'Gao'),
];

describe('landforms and facilities named with a proper name', () => {
  it('reads the whole French phrase as a place, even around a known country', () => {
    const text = 'Il recrutait dans la vallée du Korarou et dans la boucle du Niger, puis au parc du W.';
    expect(namesIn(text, 'fr', [], PLACES)).toEqual([
      ['vallée du Korarou', 'new:place:vallee-du-korarou'],
      ['boucle du Niger', 'new:place:boucle-du-niger'],
      ['parc du W', 'new:place:parc-du-w'],
    ]);
  });

  it('reads the English phrase with the landform after or before the name, and keeps a known whole name', () => {
    const text = 'JNIM shelled Timbuktu airport. Boats crossed the Gulf of Guinea. Herders left the Niger Valley for Gao.';
    expect(namesIn(text, 'en', [], PLACES)).toEqual([
      ['Timbuktu airport', 'new:place:timbuktu-airport'],
      ['Gulf of Guinea', 'new:place:gulf-of-guinea'],
      ['Niger Valley', 'place:niger-valley'],
      ['Gao', 'place:gao'],
    ]);
  });

  it('reads a park or a reserve with its name, in English and French', () => {
    expect(namesIn('Fighters hide in the Pendjari national park and the Sapo reserve.', 'en', [], PLACES)).toEqual([
      ['Pendjari national park', 'new:place:pendjari-national-park'],
      ['Sapo reserve', 'new:place:sapo-reserve'],
    ]);
    expect(namesIn('Ils se cachent dans la réserve de Sapo.', 'fr', [], PLACES)).toEqual([['réserve de Sapo', 'new:place:reserve-de-sapo']]);
  });

  it('reads nothing where the landform has no proper name', () => {
    expect(namesIn('The valley was quiet; the airport reopened.', 'en', [], PLACES)).toEqual([]);
    expect(namesIn('La vallée était calme et le lac asséché.', 'fr', [], PLACES)).toEqual([]);
    expect(namesIn('The park and the reserve were closed.', 'en', [], PLACES)).toEqual([]);
  });
});
