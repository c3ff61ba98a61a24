// The compiled checks an import puts its events and claims to (core/dataset/compiled-checks.ts)
// against the zod schemas they stand in for: never laxer, and equal on the records imports build.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkedRecordIssues, passesCompiledCheck } from '../../core/dataset/compiled-checks.js';
import { recordIssues } from '../../core/dataset/record-issues.js';
import { normaliseText } from '../../core/text/normalise.js';
import { generateAcledCsv } from '../../interop/acled/generate-acled.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { indexedActors } from './indexed-actors.js';
import { ImportedEvents } from './imported-events.js';
import { runRowJob, type RowFormat, type RowJob } from './row-job.js';

type Sample = { kind: 'event' | 'claim'; record: Record<string, unknown> };

const FIXTURES: [RowFormat, string][] = [
  ['acled', 'test/fixtures/interop/acled-current.csv'],
  ['acled', 'test/fixtures/interop/acled-legacy.csv'],
  ['acled', 'test/fixtures/acled-layouts/acled-2016.csv'],
  ['acled', 'test/fixtures/acled-layouts/monadic.csv'],
  ['acled', 'test/fixtures/acled-layouts/r-na.csv'],
  ['acled', 'test/fixtures/acled-layouts/dates-bom-crlf.csv'],
  ['ucdp-ged', 'test/fixtures/interop/ucdp-ged.csv'],
  ['ucdp-ged', 'test/fixtures/ucdp-layouts/ged-19-1.csv'],
  ['ucdp-ged', 'test/fixtures/ucdp-layouts/ged-hdx.csv'],
];

/** The events and claims a row job builds from a text, as the writer receives them. */
function built(job: Omit<RowJob, 'format' | 'text' | 'file'>, format: RowFormat, text: string, file: string): Sample[] {
  const out: Sample[] = [];
  runRowJob({ ...job, format, text, file }, (message) => {
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type === 'done') expect(message.issues).toEqual([]);
    if (message.type !== 'batch') return;
    const batch = ImportedEvents.of(message.events);
    for (const change of batch.slice(0, batch.length))
      out.push({ kind: change.kind as Sample['kind'], record: change.record as unknown as Record<string, unknown> });
  });
  return out;
}

// Values that break some field of some record: wrong types, empty and blank text, ids of another
// kind, numbers out of range or not whole, and the extremes JSON cannot hold.
const SPOILERS: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  '\u00a0\n',
  'X',
  'event:Not-A-Slug',
  'actor:jnim',
  'place:kidal',
  'event:acled-mli1',
  'event:acled-mli1#0',
  '2019-13-45',
  '2020/2019',
  '2019-02-30',
  'import:ACLED',
  'extractor@1.2',
  '2020-01-01T10:00Z',
  'a'.repeat(64),
  -1,
  0,
  0.5,
  1,
  7,
  1e300,
  Number.MAX_SAFE_INTEGER + 2,
  1_000_001,
  NaN,
  Infinity,
  true,
  {},
  [],
  [{}],
  { actor: 'actor:jnim', role: 'perpetrator', extra: 1 },
  { low: 5, best: 3 },
  { best: 5, high: 3 },
  { low: 5, high: 3 },
  { low: 1, best: 2, high: 2 },
];

/** Every record with one field (at any depth) replaced by each spoiler in turn, or one key too many. */
function spoilt(record: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (value: unknown, replace: (v: unknown) => unknown) => {
    if (Array.isArray(value)) {
      for (const s of SPOILERS) out.push(replace(s));
      out.push(replace([]));
      value.forEach((item, i) => walk(item, (v) => replace(value.map((x, j) => (j === i ? v : x)))));
      return;
    }
    if (value !== null && typeof value === 'object') {
      out.push(replace({ ...value, unexpected: 1 }));
      for (const key of Object.keys(value)) {
        const without = { ...(value as Record<string, unknown>) };
        delete without[key];
        out.push(replace(without));
        walk((value as Record<string, unknown>)[key], (v) => replace({ ...value, [key]: v }));
      }
      return;
    }
    for (const s of SPOILERS) out.push(replace(s));
  };
  walk(record, (v) => v);
  return out;
}

describe('compiled record checks', () => {
  const samples: Sample[] = [];
  beforeAll(async () => {
    const store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
    const job = {
      sourceId: 'f'.repeat(64),
      method: 'import:acled',
      by: 'test',
      at: '2024-05-01',
      prefix: 'acled',
      label: 'ACLED',
      actors: await indexedActors(store),
      mapping: [],
      places: await store.list('place'),
      batchRows: 500,
    };
    for (const [format, file] of FIXTURES)
      samples.push(...built({ ...job, method: `import:${format === 'acled' ? 'acled' : 'ucdp'}` }, format, normaliseText(readFileSync(file, 'utf8')), file));
    samples.push(...built(job, 'acled', normaliseText([...generateAcledCsv(3000, 11)].join('')), 'generated.csv'));
    // The Mali dataset's own events and claims: every shape the loader accepts, values and voices included.
    for (const record of await store.list('event')) samples.push({ kind: 'event', record: record as unknown as Record<string, unknown> });
    for (const record of await store.claims()) samples.push({ kind: 'claim', record: record as unknown as Record<string, unknown> });
    await store.close();
  });

  it('passes every event and claim that imports build, and so takes its fast path on them', () => {
    const imported = samples.filter((s) => s.kind === 'event' || (s.kind === 'claim' && String(s.record['method']).startsWith('import:')));
    expect(imported.length).toBeGreaterThan(6000);
    expect(imported.some((s) => s.kind === 'event' && (s.record['participants'] as unknown[]).length > 0)).toBe(true);
    for (const { kind, record } of imported) expect([kind, record['id'], passesCompiledCheck(kind, record)]).toEqual([kind, record['id'], true]);
  });

  it('agrees with zod on the Mali dataset and the imported rows', () => {
    for (const { kind, record } of samples) {
      expect(recordIssues(kind, record)).toEqual([]);
      expect(checkedRecordIssues(kind, record, { file: 'f.csv', line: 3 })).toEqual([]);
    }
  });

  it('is never laxer than zod, and words every refusal as zod does (file, line and field)', () => {
    let refused = 0;
    let cases = 0;
    // A few records of each shape: spoiling every field of all of them would take minutes.
    const shapes = new Map<string, Sample>();
    for (const s of samples) shapes.set(`${s.kind}:${Object.keys(s.record).sort().join(',')}:${JSON.stringify(s.record['fatalities'] ?? '')}`, s);
    for (const { kind, record } of shapes.values())
      for (const bad of spoilt(record)) {
        cases++;
        const oracle = recordIssues(kind, bad, { file: 'f.csv', line: 3 });
        if (oracle.length > 0) refused++;
        if (passesCompiledCheck(kind, bad)) expect({ kind, bad, oracle }).toEqual({ kind, bad, oracle: [] });
        expect(checkedRecordIssues(kind, bad, { file: 'f.csv', line: 3 })).toEqual(oracle);
      }
    expect(cases).toBeGreaterThan(5000);
    expect(refused).toBeGreaterThan(cases / 2);
  });
});
