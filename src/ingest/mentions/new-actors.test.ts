import { describe, expect, it } from 'vitest';
import { namesIn } from './testing.js';

describe('persons after a title', () => {
  it('reads no sentence after a function word that ends the one before ("… its commander. In May …")', () => {
    const text = 'Hamid Ag Tolla became its commander. In May the group split. Gen. Oumar Diarra spoke.';
    expect(namesIn(text, 'en')).toEqual([
      ['Hamid Ag Tolla', 'new:actor:hamid-ag-tolla'],
      ['Oumar Diarra', 'new:actor:oumar-diarra'],
    ]);
    expect(namesIn('Il en devint le porte-parole. Lundi Bamako a répondu.', 'fr').some(([s]) => s === 'Lundi Bamako')).toBe(false);
  });
});
