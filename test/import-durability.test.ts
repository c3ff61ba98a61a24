// Durability of `faultline import`: an ACLED import large enough to take the bulk path (indexes
// dropped, a rollback journal, a worker thread reading) is killed with SIGKILL while it writes. The
// database must come back exactly as it was — records, audit log, indexes, write-ahead log — and
// running the import again must complete it.
import { existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { SECONDARY_INDEXES } from '../src/store/sqlite/bulk-indexes.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim } from './factories.js';
import { runCli, waitFor } from './support/cli-process.js';

const ROWS = 60_000;

describe('ACLED import killed with SIGKILL, embedded store', () => {
  it('leaves the database as it was, then completes on retry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-import-kill-'));
    const db = join(dir, 'x.db');
    const file = join(dir, 'acled.csv');
    writeFileSync(file, [...generateAcledCsv(ROWS)].join(''));
    const before = new SqliteStore({ path: db });
    await before.write(
      [
        { kind: 'actor', record: buildActor('kept') },
        { kind: 'claim', record: buildClaim('actor:kept', 1) },
      ],
      { by: 'tester' },
    );
    const counts = await before.counts();
    const audit = await before.audit();
    await before.close();
    const size = statSync(db).size;

    const first = runCli(['import', 'acled', file, '--db', db, '--by', 'importer']);
    let finished = false;
    void first.exit.then(() => (finished = true));
    // Inside the transaction: the rollback journal exists and uncommitted pages have reached the file.
    await waitFor(() => finished || (existsSync(`${db}-journal`) && statSync(db).size > size + 8_000_000), 120_000);
    first.kill();
    const killed = await first.exit;
    expect(killed.signal, `the import ended before it could be killed:\n${killed.output}`).toBe('SIGKILL');

    const after = new SqliteStore({ path: db });
    expect(await after.counts()).toEqual(counts);
    expect(await after.audit()).toEqual(audit);
    await after.close();
    const raw = new Database(db, { readonly: true });
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    const indexes = new Set((raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[]).map((r) => r.name));
    for (const { name } of SECONDARY_INDEXES) expect(indexes.has(name), name).toBe(true);
    raw.close();

    const retry = await runCli(['import', 'acled', file, '--db', db, '--by', 'importer', '--json']).exit;
    expect(retry.code, retry.output).toBe(0);
    expect(JSON.parse(retry.output.slice(retry.output.indexOf('{')))).toMatchObject({ rows: ROWS, events: ROWS, updated: 0 });
    const done = new SqliteStore({ path: db });
    expect((await done.counts()).event).toBe(ROWS);
    expect(await done.get('actor', 'actor:kept')).toBeDefined();
    await done.close();
  }, 240_000);
});
