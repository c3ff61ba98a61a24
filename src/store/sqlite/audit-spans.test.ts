import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { WRITTEN_KINDS } from './audit-spans.js';
import { SqliteStore } from './sqlite-store.js';

const dbOf = (store: SqliteStore) => (store as unknown as { db: Database.Database }).db;

describe('audit spans on SQLite', () => {
  it('counts a write’s versions from its row-id range, never by walking every stored version', async () => {
    const store = new SqliteStore({ path: ':memory:' });
    const plan = (dbOf(store).prepare(`EXPLAIN QUERY PLAN ${WRITTEN_KINDS}`).all(0) as { detail: string }[]).map((row) => row.detail);
    // Each write of an import read the whole primary-key index here: quadratic over a million rows.
    expect(plan.some((detail) => detail.includes('USING INTEGER PRIMARY KEY (rowid>?)'))).toBe(true);
    expect(plan.some((detail) => detail.includes('sqlite_autoindex_records'))).toBe(false);
    await store.close();
  });
});
