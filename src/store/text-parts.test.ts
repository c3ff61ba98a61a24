import { describe, expect, it } from 'vitest';
import { PART_UNITS, textParts } from './text-parts.js';

describe('a source text in parts', () => {
  it('joins back, and no part ends inside a surrogate pair', () => {
    // A character outside the BMP straddles the first boundary: the cut moves back one code unit.
    const text = 'a'.repeat(PART_UNITS - 1) + '\u{1F30D}' + 'é'.repeat(PART_UNITS) + 'z';
    const parts = textParts(text);
    expect(parts.join('')).toBe(text);
    expect(parts.map((p) => p.length)).toEqual([PART_UNITS - 1, PART_UNITS, 3]);
    expect(textParts('')).toEqual(['']);
    expect(textParts('short')).toEqual(['short']);
  });
});
