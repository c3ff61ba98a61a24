import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalLine } from './canonical.js';
import { DATASET_FILES, RECORD_KINDS } from './kinds.js';

describe('trusted canonical lines', () => {
  it('order keys exactly as validation does, for every record of the Mali dataset', () => {
    for (const kind of RECORD_KINDS) {
      for (const line of readFileSync(`data/mali/${DATASET_FILES[kind]}`, 'utf8').split('\n').filter(Boolean)) {
        const shuffled = Object.fromEntries(Object.entries(JSON.parse(line) as Record<string, unknown>).reverse());
        expect(canonicalLine(kind, shuffled, { trusted: true })).toBe(canonicalLine(kind, shuffled));
      }
    }
  });
  it('still validates when not trusted', () => {
    expect(() => canonicalLine('actor', { id: 'actor:x', kind: 'nonsense', name: 'X', description: 'd' })).toThrow();
  });
});
