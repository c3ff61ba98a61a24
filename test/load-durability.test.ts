// Durability of `faultline load`: a child process is killed with SIGKILL in the middle of writing a
// large dataset; the database stays consistent (one transaction: nothing of it is there; with
// --batch: the committed batches, each consistent), and running the same load again completes it
// with every record stored exactly once.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkReferences, type DatasetRecords } from '../src/core/dataset/check-references.js';
import { RECORD_KINDS } from '../src/core/dataset/kinds.js';
import type { TeamStore } from '../src/core/store-port.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { runCli, waitFor } from './support/cli-process.js';
import { describeWithPostgres } from './support/postgres-cluster.js';
import { syntheticDataset } from './support/synthetic-dataset.js';

/** Whether another connection holds the database's write lock: taking it at once fails. */
function writeLockTaken(file: string): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}

/** Kills a load once `writing` says it is inside its write transaction, then checks and retries it. */
async function killAndRetry(db: string, dir: string, records: number, writing: () => Promise<boolean>, open: () => Promise<TeamStore>): Promise<void> {
  const first = runCli(['load', dir, '--db', db, '--by', 'loader']);
  let finished = false;
  void first.exit.then(() => (finished = true));
  await waitFor(async () => finished || (await writing()), 120_000);
  first.kill();
  const killed = await first.exit;
  expect(killed.signal, `the load ended before it could be killed:\n${killed.output}`).toBe('SIGKILL');

  const after = await open();
  const counts = await after.counts();
  // All or nothing: the transaction never committed, so nothing of it is visible, and no audit entry either.
  expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  expect(await after.audit({ limit: 1 })).toEqual([]);
  await after.close();

  const retry = await runCli(['load', dir, '--db', db, '--by', 'loader', '--json']).exit;
  expect(retry.code, retry.output).toBe(0);
  expect(JSON.parse(retry.output.slice(retry.output.indexOf('{')))).toMatchObject({ inserted: records, updated: 0 });
  const again = await runCli(['load', dir, '--db', db, '--by', 'loader', '--json']).exit;
  expect(JSON.parse(again.output.slice(again.output.indexOf('{')))).toMatchObject({ inserted: 0, updated: 0, unchanged: records });

  const done = await open();
  const total = Object.values(await done.counts()).reduce((a, b) => a + b, 0);
  expect(total).toBe(records);
  // No duplicates: exactly one version and one audit entry per record.
  expect((await done.audit()).length).toBe(records);
  expect(await done.history('event', 'event:e0')).toHaveLength(1);
  await done.close();
}

describe('load killed with SIGKILL, embedded store', () => {
  let dataset: { dir: string; records: number };
  beforeAll(async () => {
    // Large enough that the load's one transaction lasts well beyond the probe's 100 ms.
    dataset = await syntheticDataset({ actors: 200, events: 20_000 });
  });
  afterAll(() => rmSync(dataset.dir, { recursive: true, force: true }));

  it('leaves the database consistent and completes on retry without duplicates', async () => {
    const db = join(dataset.dir, 'kill.db');
    // Mid-transaction: another connection has found the write lock taken for 100 ms on end (opening
    // the database migrates it in a few short transactions; the load's one transaction lasts longer).
    let heldSince: number | undefined;
    const writing = async () => {
      if (!existsSync(db) || !writeLockTaken(db)) {
        heldSince = undefined;
        return false;
      }
      heldSince ??= Date.now();
      return Date.now() - heldSince >= 100;
    };
    await killAndRetry(db, dataset.dir, dataset.records, writing, async () => new SqliteStore({ path: db }));
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();
  });
});

/** Every stored fact has an accepted supporting claim (M1) and every reference resolves. */
async function consistencyIssues(store: TeamStore): Promise<unknown[]> {
  const records = {} as DatasetRecords;
  for (const kind of RECORD_KINDS) records[kind] = (await store.list(kind)).map((record, i) => ({ record, file: kind, line: i + 1 }));
  return checkReferences(records);
}

describe('batched load killed with SIGKILL, embedded store', () => {
  let dataset: { dir: string; records: number };
  beforeAll(async () => {
    dataset = await syntheticDataset({ actors: 200, events: 6_000 });
  });
  afterAll(() => rmSync(dataset.dir, { recursive: true, force: true }));

  it('keeps the committed batches, consistent, and resumes on retry without duplicates', async () => {
    const db = join(dataset.dir, 'batched.db');
    const args = ['load', dataset.dir, '--db', db, '--by', 'loader', '--batch', '500'];
    const first = runCli(args);
    let finished = false;
    void first.exit.then(() => (finished = true));
    const stored = () => {
      if (!existsSync(db)) return 0;
      const raw = new Database(db, { readonly: true, fileMustExist: true });
      try {
        return (raw.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        raw.close();
      }
    };
    await waitFor(() => finished || stored() >= 2_000, 120_000);
    first.kill();
    expect((await first.exit).signal).toBe('SIGKILL');

    const partial = new SqliteStore({ path: db });
    const kept = Object.values(await partial.counts()).reduce((a, b) => a + b, 0);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(dataset.records);
    expect(await consistencyIssues(partial)).toEqual([]);
    expect((await partial.audit()).length).toBe(kept);
    await partial.close();

    const retry = await runCli([...args, '--json']).exit;
    expect(retry.code, retry.output).toBe(0);
    expect(JSON.parse(retry.output.slice(retry.output.indexOf('{')))).toMatchObject({ inserted: dataset.records - kept, updated: 0, unchanged: kept });
    const done = new SqliteStore({ path: db });
    expect(Object.values(await done.counts()).reduce((a, b) => a + b, 0)).toBe(dataset.records);
    expect((await done.audit()).length).toBe(dataset.records);
    expect(await consistencyIssues(done)).toEqual([]);
    await done.close();
  });
});

describeWithPostgres('load killed with SIGKILL, PostgreSQL', (cluster) => {
  let dataset: { dir: string; records: number };
  beforeAll(async () => {
    dataset = await syntheticDataset({ actors: 200, events: 6_000 });
  });
  afterAll(() => rmSync(dataset.dir, { recursive: true, force: true }));

  it('leaves the database consistent and completes on retry without duplicates', async () => {
    const url = await cluster().createDatabase();
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    try {
      // Mid-transaction: the loader's connection is inserting versions (the statement may open with a WITH that unpacks its rows,
      // or copy them straight into their kind's table when the series knows them new).
      const writing = async () =>
        (
          await watcher.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'faultline'
             AND (query LIKE '%INSERT INTO records %' OR query LIKE 'COPY records\\_%') AND state <> 'idle'`,
          )
        ).rows.length > 0;
      await killAndRetry(url, dataset.dir, dataset.records, writing, async () => new PostgresStore({ url }).open());
    } finally {
      await watcher.end();
    }
  });
});
