import { describe, expect, it } from 'vitest';
import { mergeSign, signOf, type TieSign } from './pair-sign.js';

const pairSign = (signs: TieSign[]) => signs.slice(1).reduce((sign, next) => mergeSign(sign, next), signOf(signs[0] ?? 0));

describe('the sign of a pair', () => {
  it('is the sign its signed ties share, unsigned ties aside, and ambivalent when they differ', () => {
    expect(pairSign([0])).toBe('unsigned');
    expect(pairSign([0, 1, 0])).toBe('positive');
    expect(pairSign([-1, 0])).toBe('negative');
    expect(pairSign([1, -1])).toBe('ambivalent');
    expect(pairSign([-1, 1, 1, 0])).toBe('ambivalent');
  });
});
