// The audit log is append-only in the database itself: UPDATE, DELETE (and in PostgreSQL TRUNCATE)
// are refused by triggers, so not even a bug or a hand-written query can rewrite history.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor } from './factories.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

describe('audit log, embedded store', () => {
  it('refuses UPDATE and DELETE of audit entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-audit-'));
    try {
      const store = new SqliteStore({ path: join(dir, 'db') });
      await store.write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
      const raw = new Database(join(dir, 'db'));
      expect(() => raw.prepare(`UPDATE audit_log SET actor = 'mallory'`).run()).toThrow(/append-only/);
      expect(() => raw.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
      // The spans of large writes (audit-spans.ts) stand for entries too.
      raw.prepare(`INSERT INTO audit_spans (seq, count, kind, at, actor) VALUES (1000, 1, 'actor', '2020-01-01T00:00:00.000Z', 'ana')`).run();
      expect(() => raw.prepare(`UPDATE audit_spans SET actor = 'mallory'`).run()).toThrow(/append-only/);
      expect(() => raw.prepare('DELETE FROM audit_spans').run()).toThrow(/append-only/);
      raw.close();
      expect((await store.audit()).map((e) => e.actor)).toEqual(['ana']);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describeWithPostgres('audit log, PostgreSQL', (cluster) => {
  it('refuses UPDATE, DELETE and TRUNCATE of audit entries', async () => {
    const url = await cluster().createDatabase();
    const store = await new PostgresStore({ url }).open();
    await store.write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    try {
      await expect(raw.query(`UPDATE audit_log SET actor = 'mallory'`)).rejects.toThrow(/append-only/);
      await expect(raw.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(raw.query('TRUNCATE audit_log')).rejects.toThrow(/append-only/);
      await raw.query(`INSERT INTO audit_spans (seq, count, kind, at, actor) VALUES (1000, 1, 'actor', '2020-01-01T00:00:00Z', 'ana')`);
      await expect(raw.query(`UPDATE audit_spans SET actor = 'mallory'`)).rejects.toThrow(/append-only/);
      await expect(raw.query('DELETE FROM audit_spans')).rejects.toThrow(/append-only/);
      await expect(raw.query('TRUNCATE audit_spans')).rejects.toThrow(/append-only/);
    } finally {
      await raw.end();
    }
    expect((await store.audit()).map((e) => e.actor)).toEqual(['ana']);
    await store.close();
  });
});
