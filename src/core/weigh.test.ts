import { describe, expect, it } from 'vitest';
import { buildClaim, buildSource } from '../../test/factories.js';
import { weighReading } from './weigh.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const cite = (source: string) => [{ source, start: 0, end: 1, sha256: 'f'.repeat(64) }];

describe('weighing a side of a disagreement', () => {
  const sources = new Map([
    [A, buildSource({ id: A, reliability: 'B', date: '2017-08' })],
    [B, buildSource({ id: B, reliability: 'C', date: '2024-03-22' })],
    [C, buildSource({ id: C, reliability: 'B', date: '2019-05', basedOn: [A] })],
  ]);

  it('W1: each document counts its reliability times the best credibility of the claims citing it', () => {
    const w = weighReading(
      [buildClaim('rel:x', 1, { evidence: cite(A), credibility: 2 }), buildClaim('rel:x', 2, { evidence: cite(A), credibility: 3 })],
      sources,
    );
    expect(w).toEqual({ score: 0.64, sources: 1, independent: 1, strongest: 'B2', latest: '2017-08' });
  });

  it('W2: a document that reproduces another counts once with it; W3: the latest date is shown', () => {
    const w = weighReading(
      [buildClaim('rel:x', 1, { evidence: [...cite(A), ...cite(C)], credibility: 2 }), buildClaim('rel:x', 2, { evidence: cite(B), credibility: 2 })],
      sources,
    );
    expect(w.sources).toBe(3);
    expect(w.independent).toBe(2);
    expect(w.score).toBe(1.12);
    expect(w.latest).toBe('2024-03-22');
  });
});
