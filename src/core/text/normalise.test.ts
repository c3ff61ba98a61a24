import { describe, expect, it } from 'vitest';
import { normaliseText } from './normalise.js';

const full = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');

describe('normaliseText (T1) normalises only the runs that can change', () => {
  it('leaves every pair of characters below U+0300 as NFC leaves it (the premise of the fast path)', () => {
    const changed: string[] = [];
    for (let a = 0; a < 0x300; a++)
      for (let b = 0; b < 0x300; b++) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) changed.push(pair);
      }
    expect(changed).toEqual([]);
  });

  it('equals a whole-text NFC pass on random text mixing Latin, combining marks, Hangul jamo, CJK and astral characters', () => {
    let seed = 3;
    // A small linear congruential generator: the same texts on every run.
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pieces = [
      'e',
      'a',
      'A',
      'o',
      ' ',
      '\n',
      ',',
      '"',
      '\u00e9',
      '\u0301',
      '\u0300',
      '\u0327',
      '\u0323',
      '\u1100',
      '\u1161',
      '\u11a8',
      '\u212b',
      '\u2126',
      '\u201c',
      '\u0643',
      '\u0651',
      '\u064e',
      '\u6f22',
      '😀',
      '𝔐',
      '\u0958',
      '\u0344',
      '\ufb2c',
      '\r\n',
      '\r',
    ];
    for (let round = 0; round < 300; round++) {
      let text = round % 3 === 0 ? '\uFEFF' : '';
      const length = 1 + Math.floor(random() * 400);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      expect(normaliseText(text)).toBe(full(text));
    }
  });

  it('equals a whole-text pass when runs are everywhere (the pass over the whole text)', () => {
    const text = 'cafe\u0301 “x” '.repeat(5000);
    expect(normaliseText(text)).toBe(full(text));
    const latin = 'Tombouctou, Ségou; "quotes"\r\n'.repeat(3000);
    expect(normaliseText(latin)).toBe(full(latin));
  });
});
