import { describe, expect, it } from 'vitest';
import { namesIn } from './testing.js';

describe('groups named before a group apposition', () => {
  it('reads the name before « ces groupes » or « une milice », and its later mentions (French)', () => {
    const text = 'Les Wendpanga, ces groupes d’autodéfense nés en 2016, patrouillent. Des Wendpanga ont arrêté deux bergers.';
    expect(namesIn(text, 'fr')).toEqual([
      ['Wendpanga', 'new:actor:wendpanga'],
      ['Wendpanga', 'new:actor:wendpanga'],
    ]);
  });

  it('reads the name before "a militia" or "an armed group" (English)', () => {
    expect(namesIn('Farmers joined the Tondi Kaina, a local militia, in 2019.', 'en')).toEqual([['Tondi Kaina', 'new:actor:tondi-kaina']]);
  });

  it('reads no name before a clause whose subject is "the group", nor a possessive', () => {
    expect(namesIn('Under Karim, the group grew. Kalil, the movement’s founder, left.', 'en')).toEqual([]);
    expect(namesIn('Après Tessit, le groupe s’est replié.', 'fr').some(([, id]) => id.startsWith('new:actor:'))).toBe(false);
  });
});
