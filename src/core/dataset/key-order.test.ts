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
  it('sorts the keys of a claim value at every depth, trusted or not, so equal values print alike', () => {
    const claim = {
      id: 'rel:a#1',
      subject: 'rel:a',
      stance: 'supports',
      evidence: [{ source: 'a'.repeat(64), start: 0, end: 4, sha256: 'b'.repeat(64) }],
      credibility: 2,
      method: 'analyst',
      status: 'accepted',
      by: 'tester',
      at: '2026-01-01',
      value: { zeta: 1, alpha: { y: [{ d: 1, c: 2 }], x: 0 } },
    };
    for (const trusted of [true, false]) expect(canonicalLine('claim', claim, { trusted })).toContain('"value":{"alpha":{"x":0,"y":[{"c":2,"d":1}]},"zeta":1}');
  });
  it('still validates when not trusted', () => {
    expect(() => canonicalLine('actor', { id: 'actor:x', kind: 'nonsense', name: 'X', description: 'd' })).toThrow();
  });
});
