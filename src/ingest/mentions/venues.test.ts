import { describe, expect, it } from 'vitest';
import { knownPlace, namesIn } from './testing.js';

const PLACES = [knownPlace('bamako', 'Bamako'), knownPlace('ouagadougou', 'Ouagadougou', 'town', 'BF'), knownPlace('sevare', 'Sévaré')];

describe('named venues', () => {
  it('proposes a hotel, café or bar named beside its noun as a site, in English and French', () => {
    expect(namesIn('The raid on the Radisson Blu hotel in Bamako and the Splendid Hotel in Ouagadougou.', 'en', [], PLACES)).toEqual([
      ['Radisson Blu', 'new:place:radisson-blu'],
      ['Bamako', 'place:bamako'],
      ['Splendid Hotel', 'new:place:splendid-hotel'],
      ['Ouagadougou', 'place:ouagadougou'],
    ]);
    expect(namesIn('Ils ont attaqué l’hôtel Byblos de Sévaré, puis le café Cappuccino et le bar-restaurant La Terrasse.', 'fr', [], PLACES)).toEqual([
      ['Byblos', 'new:place:byblos'],
      ['Sévaré', 'place:sevare'],
      ['Cappuccino', 'new:place:cappuccino'],
      ['La Terrasse', 'new:place:la-terrasse'],
    ]);
  });

  it('proposes no venue from a known town, a sentence’s first word or a venue noun alone', () => {
    expect(namesIn('La Terrasse, a Bamako bar, reopened. The hotel was closed. Le café était fermé.', 'en', [], PLACES)).toEqual([['Bamako', 'place:bamako']]);
  });
});
