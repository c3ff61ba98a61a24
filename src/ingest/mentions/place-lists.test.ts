// Names the database lacks read as places because a list joins them to a place under one preposition or one plural kind.
import { describe, expect, it } from 'vitest';
import { knownActor, knownPlace, namesIn } from './testing.js';

const PLACES = [knownPlace('gao', 'Gao')];
const ACTORS = [knownActor('fln', 'Northern Liberation Front', 'armed_group', [{ name: 'FLN' }])];

describe('lists of places the database lacks', () => {
  it('reads every one-word name of a list a preposition governs after a town (English and French)', () => {
    expect(namesIn('The FLN holds the countryside around Djibo and Kelbaro.', 'en', ACTORS, PLACES)).toEqual([
      ['FLN', 'actor:fln'],
      ['Djibo', 'new:place:djibo'],
      ['Kelbaro', 'new:place:kelbaro'],
    ]);
    expect(namesIn('Le FLN est présent vers Sebba et Kelbaro depuis mars.', 'fr', ACTORS, PLACES)).toEqual([
      ['FLN', 'actor:fln'],
      ['Sebba', 'new:place:sebba'],
      ['Kelbaro', 'new:place:kelbaro'],
    ]);
  });

  it('reads no person or adjective in such a list', () => {
    expect(namesIn('Talks were held near Djibo and Amadou Diallo attended them.', 'en', ACTORS, PLACES).map(([s]) => s)).not.toContain('Amadou');
    expect(namesIn('Le FLN recrute vers Sebba et Malien de naissance, il…', 'fr', ACTORS, PLACES).map(([s]) => s)).not.toContain('Malien');
  });

  it('reads each name before a plural district kind as a district (English word order; French puts the kind first)', () => {
    expect(namesIn('Its units raid the Kelbaro and Tiskanga provinces.', 'en', ACTORS, PLACES)).toEqual([
      ['Kelbaro', 'new:place:kelbaro'],
      ['Tiskanga', 'new:place:tiskanga'],
    ]);
    expect(namesIn('The Kelbaro and Tiskanga families left.', 'en', ACTORS, PLACES)).toEqual([]);
  });
});
