// Acceptance: a bad dataset folder reports every problem as file:line:field and changes nothing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalLine } from '../src/core/dataset/canonical.js';
import { FaultlineError } from '../src/core/errors.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, steppingClock } from './factories.js';

function folder(files: Record<string, string[]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-ds-'));
  for (const [name, lines] of Object.entries(files)) writeFileSync(join(dir, name), lines.map((l) => l + '\n').join(''));
  return dir;
}

const good = () => ({
  'sources.jsonl': [canonicalLine('source', buildSource())],
  'actors.jsonl': [canonicalLine('actor', buildActor('b')), canonicalLine('actor', buildActor('c', { kind: 'coalition' }))],
  'relations.jsonl': [canonicalLine('relation', buildRelation('b-in-c'))],
  'claims.jsonl': [
    canonicalLine('claim', buildClaim('actor:b', 1)),
    canonicalLine('claim', buildClaim('actor:c', 1)),
    canonicalLine('claim', buildClaim('rel:b-in-c', 1)),
  ],
});

describe('faultline load', () => {
  it('load: reports a malformed line, an unknown reference, an invalid date and a reversed interval, and loads nothing', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await loadDataset(store, folder(good()), { by: 't' });
    const before = { counts: await store.counts(), relations: await store.list('relation') };

    const files = good();
    files['actors.jsonl'].push('{"id":"actor:broken",'); // line 3: malformed
    files['relations.jsonl'].push(
      canonicalLine('relation', buildRelation('to-ghost', { to: 'actor:ghost' })), // line 2: unknown actor
      JSON.stringify({ ...buildRelation('bad-date'), valid: 'March 2016' }), // line 3: invalid date
      JSON.stringify({ ...buildRelation('reversed'), valid: '2019-03/2017' }), // line 4: end before start
    );
    const dir = folder(files);
    const error = await loadDataset(store, dir, { by: 't' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FaultlineError);
    const issues = (error as FaultlineError).issues.map((i) => `${i.file?.replace(dir + '/', '')}:${i.line}:${i.path ?? ''}:${i.code}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'actors.jsonl:3::invalid_input',
        'relations.jsonl:2:to:unknown_reference',
        'relations.jsonl:3:valid:invalid_date',
        'relations.jsonl:4:valid:invalid_interval',
      ]),
    );
    expect((error as FaultlineError).code).toBe('dataset_invalid');
    expect(await store.counts()).toEqual(before.counts);
    expect(await store.list('relation')).toEqual(before.relations);
  });

  it('H2: loading the same folder twice changes nothing', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const dir = folder(good());
    expect((await loadDataset(store, dir, { by: 't' })).inserted).toBe(7);
    expect(await loadDataset(store, dir, { by: 't' })).toMatchObject({ inserted: 0, updated: 0, unchanged: 7 });
  });

  it('M1: a fact without an accepted supporting claim is refused', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const files = good();
    files['claims.jsonl'] = files['claims.jsonl'].slice(0, 2);
    const error = await loadDataset(store, folder(files), { by: 't' }).catch((e: unknown) => e);
    expect((error as FaultlineError).issues.map((i) => i.code)).toContain('claim_without_evidence');
  });
});

describe('proposed claims in a dataset (M6)', () => {
  it('a proposal for a record that does not exist yet survives dump and load', async () => {
    const { dumpDataset } = await import('../src/services/dataset/dump-dataset.js');
    const first = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await loadDataset(first, folder(good()), { by: 't' });
    const proposal = buildClaim('actor:new-front', 1, {
      status: 'proposed',
      method: 'extractor@0.1.0',
      value: { id: 'actor:new-front', kind: 'armed_group', name: 'New Front', description: 'proposed by the extractor' },
    });
    await first.write([{ kind: 'claim', record: proposal }], { by: 'extractor' });
    const out = mkdtempSync(join(tmpdir(), 'faultline-m6-'));
    await dumpDataset(first, out);
    const second = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await loadDataset(second, out, { by: 't' });
    expect((await second.get('claim', 'actor:new-front#1'))?.status).toBe('proposed');
    expect(await second.get('actor', 'actor:new-front')).toBeUndefined();
  });
});
