import { describe, expect, it } from 'vitest';
import type { Claim } from '../../core/model/claim.js';
import { citing, PENDING_SOURCE } from './pending-source.js';
import type { RowMessage } from './row-job.js';

const REAL = 'ab'.repeat(32);
const OTHER = 'cd'.repeat(32);
const claim = (sources: string[]): Claim =>
  ({
    id: 'event:x#1',
    subject: 'event:x',
    stance: 'supports',
    evidence: sources.map((source, i) => ({ source, start: i, end: i + 1, sha256: 'ef'.repeat(32) })),
    credibility: 2,
    method: 'import:acled',
    status: 'accepted',
    by: 'test',
    at: '2026-01-01',
  }) as Claim;

describe('citing the registered source for the pending one', () => {
  it('puts the real id in a batch, its kept claims included, and leaves other sources alone', () => {
    const batch = {
      type: 'batch',
      places: [],
      end: 10,
      events: {
        common: { source: PENDING_SOURCE, method: 'import:acled', by: 'test', at: '2026-01-01' },
        starts: [0],
        ends: [10],
        hashes: ['ef'.repeat(32)],
        credibility: [2],
        notes: [undefined],
        kept: [[0, claim([PENDING_SOURCE, OTHER])]],
        lines: ['{}'],
        columns: {},
      },
    } as unknown as RowMessage;
    const out = citing(batch, REAL);
    if (out.type !== 'batch') throw new Error('a batch stays a batch');
    expect(out.events.common.source).toBe(REAL);
    expect(out.events.kept[0]?.[1].evidence.map((e) => e.source)).toEqual([REAL, OTHER]);
    expect(JSON.stringify(out)).not.toContain(PENDING_SOURCE);
  });

  it('puts the real id in the evidence of the proposed names at the end', () => {
    const done = {
      type: 'done',
      rows: 1,
      events: 1,
      layout: 'one row per event',
      issues: [],
      warnings: [],
      proposed: [{ id: 'actor:acled-x', name: 'X', rows: 1, evidence: { source: PENDING_SOURCE, start: 0, end: 5, sha256: 'ef'.repeat(32) } }],
    } satisfies RowMessage;
    const out = citing(done, REAL);
    expect(out.type === 'done' && out.proposed[0]?.evidence.source).toBe(REAL);
  });
});
