// PostgreSQL's staged write path (src/store/postgres/staged-write.ts: COPY into a staging table, then
// set-based statements) must leave every table readers use exactly as the per-row path does: versions
// and bodies, record times, the audit log (its entries as read), participants, the participant index, the summaries, names,
// the tie folds and lifespans, the stored texts. Two databases take the same steps, one by each path,
// and are compared table by table after each: a new database and one already holding data/mali, an
// import, a later export of the same events with changed rows, missing rows withdrawn and unchanged
// rows, the first export again (withdrawn events come back), and a file with a bad row, which must be
// refused with its file, line and field and change nothing. Each scenario runs with the summaries
// deferred (a large series) and kept by the triggers statement by statement.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { expect, it, vi } from 'vitest';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { readAudit } from '../src/store/postgres/pg-accounts.js';
import { WRITE_SIZES } from '../src/store/postgres/write-versions.js';
import { importOptions as options, seedImportWorld } from './support/interop-world.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

const ROWS = 900;
const BATCH_ROWS = 150;

/** Every table a reader reads, each as sorted JSON rows. */
const TABLES = [
  'records',
  'event_participants',
  'participant_events',
  'event_type_summary',
  'event_place_summary',
  'event_actor_summary',
  'names',
  'tie_folds',
  'tie_fold_sources',
  'actor_lifespans',
  'tie_fold_state',
];

async function tables(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, string[]> = {};
    for (const table of TABLES) {
      out[table] = (await client.query<{ j: string }>(`SELECT to_jsonb(t)::text AS j FROM ${table} t ORDER BY j`)).rows.map((r) => r.j);
    }
    // The audit log as its readers see it: a large staged write logs spans (audit-spans.ts), whose
    // entries are numbered in (id, version) order, where the per-row path logs a row per version in the
    // order of the changes; the entries themselves, sequence numbers aside, must be the same.
    out['audit entries'] = (await readAudit(client as unknown as pg.PoolClient)).map(({ seq: _seq, ...entry }) => JSON.stringify(entry)).sort();
    out['source_texts'] = (await client.query<{ j: string }>(`SELECT id || ' ' || md5(text) AS j FROM source_texts ORDER BY j`)).rows.map((r) => r.j);
    return out;
  } finally {
    await client.end();
  }
}

function file(name: string, lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'faultline-staged-')), name);
  writeFileSync(path, lines.join(''));
  return path;
}

/** The rows of a generated export, header first, each ending with its line break. */
const rowsOf = (seed: number) => [...generateAcledCsv(ROWS, seed)].join('').split(/(?<=\n)/);

// Statements of the staged path, counted so that a test cannot pass by never taking it.
const queries = vi.spyOn(pg.Client.prototype, 'query');
const copies = (into: string) => queries.mock.calls.filter(([q]) => String((q as { text?: unknown }).text ?? q).startsWith(`COPY ${into}`)).length;
const stagedCopies = () => copies('faultline_stage');
// Versions copied straight into their kind's table: a large series' writes of records it knows are new (fresh-write.ts).
const freshCopies = () => copies('records_');

function scenario(name: string, withMali: boolean, deferred: boolean): void {
  it(`${name}: the staged path leaves every table as the per-row path does`, { timeout: 240_000 }, async () => {
    const urls = [await current().createDatabase(), await current().createDatabase()];
    const common = { clock: options.clock, bulkWhen: () => deferred };
    const perRow = new PostgresStore({ url: urls[0] as string, ...common, writeSizes: { ...WRITE_SIZES, stagedFrom: Number.POSITIVE_INFINITY } });
    const staged = new PostgresStore({ url: urls[1] as string, ...common, writeSizes: { ...WRITE_SIZES, stagedFrom: 100 } });
    const both = [perRow, staged];
    const expectSame = async (step: string) => {
      const [a, b] = [await tables(urls[0] as string), await tables(urls[1] as string)];
      for (const table of Object.keys(a)) expect(b[table], `${step}: ${table}`).toEqual(a[table]);
      return a;
    };
    const how = { ...options, batchRows: BATCH_ROWS };
    try {
      for (const store of both) {
        await seedImportWorld(store);
        if (withMali) await loadDataset(store, 'data/mali', { by: 'tester' });
      }
      const copiesBefore = stagedCopies();
      const freshBefore = freshCopies();
      await expectSame('seeded');
      // A first export.
      const first = rowsOf(7);
      const firstFile = file('first.csv', first);
      const results = [];
      for (const store of both) results.push(await importAcled(store, firstFile, how));
      expect(results[1]).toEqual(results[0]);
      // Into a new database with the summaries deferred, the first import's records are all new.
      if (deferred && !withMali) expect(freshCopies()).toBeGreaterThan(freshBefore);
      else expect(stagedCopies()).toBeGreaterThan(copiesBefore);
      const afterFirst = await expectSame('first import');
      expect(afterFirst['event_participants']?.length).toBeGreaterThan(0);
      expect(afterFirst['participant_events']?.length).toBeGreaterThan(0);
      // A later export of the same events: a third changed (another seed's rows under the same ids),
      // a third unchanged, the last rows missing and withdrawn.
      const other = rowsOf(8);
      const later = [first[0] as string, ...first.slice(1).flatMap((row, i) => (i >= ROWS - 90 ? [] : i % 3 === 0 ? [other[i + 1] as string] : [row]))];
      const laterFile = file('later.csv', later);
      results.length = 0;
      for (const store of both) results.push(await importAcled(store, laterFile, { ...how, withdrawMissing: true }));
      expect(results[1]).toEqual(results[0]);
      expect(results[0]).toMatchObject({ withdrawn: expect.anything() });
      expect(results[0]?.updated).toBeGreaterThan(0);
      expect(results[0]?.unchanged).toBeGreaterThan(0);
      await expectSame('changed and withdrawn rows');
      expect(stagedCopies()).toBeGreaterThan(copiesBefore);
      // The first export again: changed rows change back, withdrawn events come back as new versions.
      results.length = 0;
      for (const store of both) results.push(await importAcled(store, firstFile, how));
      expect(results[1]).toEqual(results[0]);
      const settled = await expectSame('first export again');
      // A bad row: refused with its file, line and field, and nothing of the file is written.
      const bad = [...other];
      bad[ROWS - 5] = (bad[ROWS - 5] as string).replace(/\d{4}-\d{2}-\d{2}/, '2020-13-45');
      const badFile = file('bad.csv', bad);
      for (const store of both) {
        const refused = await importAcled(store, badFile, how).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refused).toMatchObject({ code: 'dataset_invalid' });
        const issues = (refused as { issues: { file?: string; line?: number; path?: string }[] }).issues;
        expect(issues[0]).toMatchObject({ file: badFile, line: ROWS - 4, path: expect.stringMatching(/date/) });
      }
      const unchanged = await expectSame('after the refused file');
      for (const table of TABLES.filter((t) => t !== 'tie_fold_state')) expect(unchanged[table], table).toEqual(settled[table]);
    } finally {
      for (const store of both) await store.close();
    }
  });
}

let current: () => { createDatabase(): Promise<string> } = () => {
  throw new Error('no cluster');
};

describeWithPostgres('PostgreSQL staged writes against the per-row path', (cluster) => {
  current = cluster;
  scenario('new database, summaries deferred', false, true);
  scenario('data/mali and earlier imports, summaries kept by the triggers', true, false);
});
