// A large import defers the event summaries and the tie folds and builds them again once before it
// commits (SQLite: with the secondary indexes; PostgreSQL: migration 10's setting, read by the
// summaries' triggers). What it leaves must equal the read-time oracles exactly: after a first import,
// after a second export of the same events that changes most of them (closing versions), and after a
// failed import (large enough to defer), which must leave the summaries as they were and the
// triggers working for the next write. The second import is not large beside what is stored: its
// versions are closed and counted by the triggers, statement by statement.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { MAX_DAY, MIN_DAY } from '../src/core/dates/bounds.js';
import type { EventFilter, EventSplit, Store, TeamStore } from '../src/core/store-port.js';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { scanFoldedTies } from '../src/store/fold-oracle.js';
import pg from 'pg';
import { PG_AUDIT_SPANS } from '../src/store/postgres/audit-spans.js';
import { PG_SOURCE_TEXT_PARTS } from '../src/store/postgres/source-text-parts.js';
import { POSTGRES_MIGRATIONS } from '../src/store/postgres/migrations.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { scanAggregateEvents, scanAggregateEventSpans } from '../src/store/query-oracles.js';
import { summaryPlan } from '../src/store/summary-plan.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildEvent } from './factories.js';
import { importOptions as options, seedImportWorld } from './support/interop-world.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

// Two changes per row: 6,000 rows take the large-series path by the default rule on an empty store.
const ROWS = 6000;

const FILTERS: EventFilter[] = [
  {},
  { from: '2015-01-01', to: '2018-06-30' },
  { participants: [{ actor: 'actor:jnim' }] },
  { participants: [{ actor: 'actor:wagner-group' }], attributions: ['unspecified'] },
  { types: ['armed_clash'], from: '2019-01-01' },
];
const SPLITS: (EventSplit | undefined)[] = [undefined, 'type', 'place', 'actor'];

// An event written before the import, which the rebuild must keep counting.
const seed = (store: Store) =>
  seedImportWorld(store, [
    { kind: 'event', record: buildEvent('before', { participants: [{ actor: 'actor:jnim', role: 'perpetrator' }], fatalities: { best: 4 } }) },
  ]);

/** The summaries answer every filter and split as the scan does, and the folds equal the read-time fold. */
async function expectOracles(store: Store): Promise<void> {
  for (const filter of FILTERS) {
    expect(summaryPlan(filter, undefined), JSON.stringify(filter)).toBeDefined();
    for (const split of SPLITS) {
      expect(await store.aggregateEventSpans(filter, split), `${JSON.stringify(filter)} ${split}`).toEqual(await scanAggregateEventSpans(store, filter, split));
    }
    for (const by of ['month', 'type', 'actor'] as const) {
      expect(await store.aggregateEvents(filter, by), `${JSON.stringify(filter)} by ${by}`).toEqual(await scanAggregateEvents(store, filter, by));
    }
  }
  const folded = await store.foldedTies?.(MIN_DAY, MAX_DAY);
  expect(folded).toBeDefined();
  expect(folded).toEqual(await scanFoldedTies(store, MIN_DAY, MAX_DAY));
}

function exportFile(name: string, rows: number, seed: number, bad = false): string {
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-deferred-')), name);
  const text = [...generateAcledCsv(rows, seed)].join('');
  // A last row with a date that is no date: the whole import must change nothing.
  writeFileSync(file, bad ? text.replace(/\n([^\n]*)\n$/, (_, row: string) => `\n${row.replace(/\d{4}-\d{2}-\d{2}/, '2020-13-45')}\n`) : text);
  return file;
}

function runDeferredSummaries(name: string, open: () => Promise<{ store: TeamStore; reopen: () => Promise<TeamStore> }>): void {
  it(`${name}: summaries and folds after large imports equal the oracles; a failed one changes nothing`, { timeout: 120_000 }, async () => {
    const { store, reopen } = await open();
    await seed(store);
    const first = await importAcled(store, exportFile('first.csv', ROWS, 7), options);
    expect(first.events).toBe(ROWS);
    expect(first.inserted + first.updated).toBeGreaterThan(2 * ROWS);
    await expectOracles(store);
    // The same events exported again with other dates, types, places and actors: most versions are closed and replaced.
    const second = await importAcled(store, exportFile('second.csv', ROWS, 8), options);
    expect(second.updated).toBeGreaterThan(ROWS);
    await expectOracles(store);
    const before = await store.aggregateEventSpans({}, 'actor');
    await expect(importAcled(store, exportFile('bad.csv', 3 * ROWS, 9, true), options)).rejects.toMatchObject({ code: 'dataset_invalid' });
    expect(await store.aggregateEventSpans({}, 'actor')).toEqual(before);
    // The next write, outside any series, is counted by the triggers at once.
    await store.write([{ kind: 'event', record: buildEvent('after', { participants: [{ actor: 'actor:jnim', role: 'target' }], fatalities: { best: 2 } }) }], {
      by: 'tester',
    });
    expect(await store.aggregateEventSpans({}, 'actor')).not.toEqual(before);
    await expectOracles(store);
    await store.close();
    const again = await reopen();
    await expectOracles(again);
    await again.close();
  });
}

runDeferredSummaries('sqlite', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'faultline-deferred-')), 'x.db');
  return { store: new SqliteStore({ path, clock: options.clock }), reopen: async () => new SqliteStore({ path }) };
});

describeWithPostgres('a large import into PostgreSQL with the summaries deferred', (cluster) => {
  runDeferredSummaries('postgres', async () => {
    const url = await cluster().createDatabase();
    return { store: await new PostgresStore({ url, clock: options.clock }).open(), reopen: () => new PostgresStore({ url }).open() };
  });

  runDeferredSummaries('postgres upgraded to migration 10 after writing', async () => {
    const url = await cluster().createDatabase();
    // A database written by the code of before migration 10, then opened by today's.
    const all = POSTGRES_MIGRATIONS as { version: number; name: string; sql: string }[];
    const later = all.filter((m) => m.version >= 10);
    all.splice(all.length - later.length, later.length);
    // Today's writer also names audit versions and may log spans (migration 14, which needs 13), and stores texts in
    // parts (15): for the old database it gets the objects it writes to, without 14's triggers, taken away again (the
    // texts joined back whole) before the upgrade runs 10 to 15.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const old = await new PostgresStore({ url, clock: options.clock }).open();
      await client.query(PG_AUDIT_SPANS.slice(0, PG_AUDIT_SPANS.indexOf('CREATE TRIGGER')));
      await client.query(PG_SOURCE_TEXT_PARTS);
      await seed(old);
      // A quarter of the rows, so that the next import is still large beside what is stored.
      await importAcled(old, exportFile('old.csv', ROWS / 4, 6), options);
      await old.close();
      await client.query('DROP TABLE audit_spans; ALTER TABLE audit_log DROP COLUMN version');
      await client.query(`
        CREATE TABLE whole (id text COLLATE "C" PRIMARY KEY, text text NOT NULL);
        INSERT INTO whole SELECT id, string_agg(text, '' ORDER BY part) FROM source_texts GROUP BY id;
        DROP TABLE source_texts;
        ALTER TABLE whole RENAME TO source_texts;
        ALTER TABLE source_texts RENAME CONSTRAINT whole_pkey TO source_texts_pkey;`);
    } finally {
      await client.end();
      all.push(...later);
    }
    const store = await new PostgresStore({ url, clock: options.clock }).open();
    await expectOracles(store);
    return { store, reopen: () => new PostgresStore({ url }).open() };
  });
});
