import { describe, expect, it } from 'vitest';
import { frenchLemma } from './french-lemmas.js';

describe('frenchLemma', () => {
  it('weighs every form of a listed verb as its English lemma', () => {
    expect(frenchLemma('opérèrent')).toBe('operate');
    expect(frenchLemma('rejoignit')).toBe('join');
    expect(frenchLemma('affrontaient')).toBe('fight');
  });

  it('leaves out the forms that are more often a noun or a copula, and the army', () => {
    for (const word of ['forme', 'tenue', 'combattant', 'constitue', 'armée']) expect(frenchLemma(word)).toBeUndefined();
  });

  it('lets a listed word win over a verb form spelled the same', () => {
    expect(frenchLemma('base')).toBe('base');
    expect(frenchLemma('attaques')).toBe('fight');
  });
});
