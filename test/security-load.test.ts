// Issue 18, findings 9 and 10: `load` refuses a dataset folder with bytes that are not UTF-8, or with
// evidence that does not fit the registered text it cites, naming file, line and field; it writes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalLine } from '../src/core/dataset/canonical.js';
import { FaultlineError } from '../src/core/errors.js';
import { sha256Hex } from '../src/core/text/normalise.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource, SOURCE_ID, SOURCE_TEXT, steppingClock } from './factories.js';

function folder(files: Record<string, (string | Uint8Array)[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-load-'));
  const encoder = new TextEncoder();
  for (const [name, lines] of Object.entries(files)) {
    const parts = lines.flatMap((l) => [typeof l === 'string' ? encoder.encode(l) : l, encoder.encode('\n')]);
    writeFileSync(join(dir, name), Buffer.concat(parts));
  }
  return dir;
}

const good = () => ({
  'sources.jsonl': [canonicalLine('source', buildSource())],
  'actors.jsonl': [canonicalLine('actor', buildActor('b')), canonicalLine('actor', buildActor('c', { kind: 'coalition' }))],
  'claims.jsonl': [canonicalLine('claim', buildClaim('actor:b', 1)), canonicalLine('claim', buildClaim('actor:c', 1))] as (string | Uint8Array)[],
});

/** The issues of a refused load as `file:line:field:code`, and proof that nothing changed. */
async function refusedLoad(store: SqliteStore, dir: string): Promise<string[]> {
  const before = { counts: await store.counts(), actors: await store.list('actor'), claims: await store.claims() };
  const error = await loadDataset(store, dir, { by: 't' }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(FaultlineError);
  expect((error as FaultlineError).code).toBe('dataset_invalid');
  expect(await store.counts()).toEqual(before.counts);
  expect(await store.list('actor')).toEqual(before.actors);
  expect(await store.claims()).toEqual(before.claims);
  return (error as FaultlineError).issues.map((i) => `${i.file?.replace(dir + '/', '')}:${i.line}:${i.path ?? ''}:${i.code}`);
}

describe('load refuses what it would store wrongly', () => {
  it('finding 9: load refuses invalid UTF-8 naming file, line and field, and stores nothing', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await loadDataset(store, folder(good()), { by: 't' });
    const files = good();
    // "Ménaka" with its é as a lone Latin-1 byte, in the name of actor b (line 1 of actors.jsonl).
    const [head, tail] = canonicalLine('actor', buildActor('b', { name: 'M@naka Brigade' })).split('@') as [string, string];
    files['actors.jsonl'][0] = Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from(tail)]) as unknown as string;
    const issues = await refusedLoad(store, folder(files));
    expect(issues).toEqual(['actors.jsonl:1:name:invalid_input']);
    expect((await store.get('actor', 'actor:b'))?.name).toBe('B');
  });

  it('finding 10: load refuses evidence past the end of a registered text or with a wrong hash, naming file, line and field; nothing is written', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await store.putSourceText(SOURCE_ID, SOURCE_TEXT);
    await loadDataset(store, folder(good()), { by: 't' });
    const files = good();
    const [evidence] = buildClaim('actor:b', 1).evidence;
    if (!evidence) throw new Error('the factory gives evidence');
    files['claims.jsonl'] = [
      canonicalLine('claim', buildClaim('actor:b', 2, { evidence: [{ ...evidence, start: SOURCE_TEXT.length - 2, end: SOURCE_TEXT.length + 40 }] })),
      canonicalLine('claim', buildClaim('actor:c', 2, { evidence: [{ ...evidence, sha256: sha256Hex('another passage') }] })),
      canonicalLine('claim', buildClaim('actor:c', 3)),
    ];
    const issues = await refusedLoad(store, folder(files));
    expect(issues).toEqual(['claims.jsonl:1:evidence.0.end:evidence_mismatch', 'claims.jsonl:2:evidence.0.sha256:evidence_mismatch']);

    // Evidence that fits its registered text loads, and a source with no registered text is left to `validate`.
    const fine = good();
    fine['claims.jsonl'].push(canonicalLine('claim', buildClaim('actor:c', 3, { evidence: [{ ...evidence, source: 'f'.repeat(64) }] })));
    fine['sources.jsonl'].push(canonicalLine('source', buildSource({ id: 'f'.repeat(64), title: 'not registered' })));
    await loadDataset(store, folder(fine), { by: 't' });
    expect((await store.claims({ subjects: ['actor:c'] })).map((c) => c.id)).toContain('actor:c#3');
  });
});
