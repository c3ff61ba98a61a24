import { describe, expect, it } from 'vitest';
import { knownPlace, namesIn } from './testing.js';

describe('a town of the offline gazetteer without a locative cue', () => {
  it('reads a town in a heading, as a complement, and at both ends of a road', () => {
    expect(namesIn('Le blocus de Djibo se poursuit.\n31/10 – Djibo (nord) – tirs d’obus.\n01/11 – Axe Kaya–Dori – un camion saute.', 'fr')).toEqual([
      ['Djibo', 'new:place:djibo'],
      ['Djibo', 'new:place:djibo'],
      ['Kaya', 'new:place:kaya'],
      ['Dori', 'new:place:dori'],
    ]);
    expect(namesIn('Fighting around the road to Téra resumed; the Téra garrison held.', 'en')).toEqual([
      ['Téra', 'new:place:tera'],
      ['Téra', 'new:place:tera'],
    ]);
  });

  it('leaves a short town’s name at the start of a sentence, after a title, beside a given name, or written in lower case too', () => {
    expect(namesIn('Kaya est une ville. Le ministre Boubacar Djibo a parlé.', 'fr').filter(([, id]) => id.includes('place'))).toEqual([]);
    expect(namesIn('The militia was led by Colonel Dori; a dori is a tool.', 'en').filter(([, id]) => id.includes('place'))).toEqual([]);
  });

  it('reads a person, not a town, in a name that speaks', () => {
    const boni = [knownPlace('boni', 'Boni', 'village')];
    expect(namesIn('"We will not leave," Boni said. Boni a déclaré que les routes étaient coupées.', 'en', [], boni)).toEqual([]);
    expect(namesIn('Fighters attacked Boni. Residents of Boni told reporters the market was shut.', 'en', [], boni)).toEqual([
      ['Boni', 'place:boni'],
      ['Boni', 'place:boni'],
    ]);
  });
});
