// `faultline load DIR --retire-missing` (H3): a dataset loaded again takes back what it no longer lists,
// and nothing that another document supports.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalLine } from '../src/core/dataset/canonical.js';
import { sha256Hex } from '../src/core/text/normalise.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, steppingClock } from './factories.js';

function folder(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-retire-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.map((l) => l + '\n').join(''));
  return dir;
}

const dataset = (withTie: boolean) =>
  folder({
    'sources.jsonl': [canonicalLine('source', buildSource())],
    'actors.jsonl': [canonicalLine('actor', buildActor('b')), canonicalLine('actor', buildActor('c', { kind: 'coalition' }))],
    'relations.jsonl': withTie ? [canonicalLine('relation', buildRelation('b-in-c'))] : [],
    'claims.jsonl': [
      canonicalLine('claim', buildClaim('actor:b', 1)),
      canonicalLine('claim', buildClaim('actor:c', 1)),
      ...(withTie ? [canonicalLine('claim', buildClaim('rel:b-in-c', 1))] : []),
    ],
  });

describe('load --retire-missing', () => {
  it('H3: retires the tie and claim a dataset no longer lists; its versions stay readable as recorded', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const first = await loadDataset(store, dataset(true), { by: 't' });
    expect((await store.list('relation')).map((r) => r.id)).toEqual(['rel:b-in-c']);
    const second = await loadDataset(store, dataset(false), { by: 't', retireMissing: true });
    expect(second.retired).toEqual({ claims: 1, records: 1 });
    expect(await store.list('relation')).toEqual([]);
    expect((await store.list('relation', { recordedAt: first.recordedAt })).map((r) => r.id)).toEqual(['rel:b-in-c']);
    expect((await store.list('actor')).map((a) => a.id)).toEqual(['actor:b', 'actor:c']);
    // Loading the same folder again changes nothing (H2).
    expect((await loadDataset(store, dataset(false), { by: 't', retireMissing: true })).retired).toEqual({ claims: 0, records: 0 });
    await store.close();
  });

  it('H3: a record another document supports stays, with that document’s claim', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await loadDataset(store, dataset(true), { by: 't' });
    const other = buildSource({ id: sha256Hex('another report'), title: 'Another report' });
    const analystClaim = buildClaim('rel:b-in-c', 2, { evidence: [{ source: other.id, start: 0, end: 7, sha256: sha256Hex('another') }] });
    await store.write(
      [
        { kind: 'source', record: other },
        { kind: 'claim', record: analystClaim },
      ],
      { by: 'analyst' },
    );
    const result = await loadDataset(store, dataset(false), { by: 't', retireMissing: true });
    expect(result.retired).toEqual({ claims: 1, records: 0 });
    expect((await store.list('relation')).map((r) => r.id)).toEqual(['rel:b-in-c']);
    expect((await store.claims({ subjects: ['rel:b-in-c'] })).map((c) => c.id)).toEqual([analystClaim.id]);
    await store.close();
  });
});
