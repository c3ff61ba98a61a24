import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import type { BackupSummary } from '../../core/store-port.js';
import { appendAudit } from './sqlite-accounts.js';
import { reserveAuditSeqs, spannedEntries } from './audit-spans.js';

/** Every table a backup carries, parents before children. */
export const SQLITE_TABLES = [
  'records',
  'names',
  'source_texts',
  'event_participants',
  'users',
  'credentials',
  'saved_views',
  'audit_log',
  'audit_spans',
] as const;

/** Rows per table; the audit log counted in entries, those its spans stand for included (audit-spans.ts), the spans not listed apart. */
function countRows(db: Database.Database, schema = 'main'): Record<string, number> {
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${schema}.${table}`).get() as { n: number }).n;
  return Object.fromEntries(SQLITE_TABLES.filter((t) => t !== 'audit_spans').map((t) => [t, count(t) + (t === 'audit_log' ? spannedEntries(db, schema) : 0)]));
}

function isSqliteFile(file: string): boolean {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === 'SQLite format 3\u0000';
  } finally {
    closeSync(fd);
  }
}

/** SQLite's online backup API: a consistent copy page by page while readers and writers go on. */
export async function backupSqlite(db: Database.Database, file: string): Promise<BackupSummary> {
  if (existsSync(file)) throw new FaultlineError('conflict', `${file} exists; choose a new file`);
  await db.backup(file);
  const copy = new Database(file, { readonly: true });
  try {
    return { file, format: 'sqlite', rows: countRows(copy) };
  } finally {
    copy.close();
  }
}

/**
 * Restores into an empty database: the backup is copied aside and brought to the current schema by
 * `migrate`, then every table is copied in one transaction; the restore itself is audited last.
 */
export function restoreSqlite(db: Database.Database, file: string, meta: { by: string; at: string }, migrate: (path: string) => void): BackupSummary {
  if (!existsSync(file)) throw new FaultlineError('not_found', `file not found: ${file}`);
  if (!isSqliteFile(file)) throw new FaultlineError('invalid_input', `${file} is not an SQLite backup (faultline backup on the embedded store makes one)`);
  const here = countRows(db);
  if (Object.values(here).some((n) => n > 0))
    throw new FaultlineError('conflict', 'restore needs an empty database; this one has records, users or audit entries');
  const dir = mkdtempSync(join(tmpdir(), 'faultline-restore-'));
  const copy = join(dir, 'backup.db');
  try {
    copyFileSync(file, copy);
    migrate(copy);
    db.prepare('ATTACH DATABASE ? AS backup').run(copy);
    try {
      const rows = db.transaction(() => {
        for (const table of SQLITE_TABLES) db.exec(`INSERT INTO main.${table} SELECT * FROM backup.${table}`);
        // Spans name versions by (kind, record time), copied as they are; their entries' numbers stay
        // reserved in the log's sequence, and later writes take record times after the restored ones.
        reserveAuditSeqs(db, (db.prepare('SELECT coalesce(max(seq + count - 1), 0) AS seq FROM main.audit_spans').get() as { seq: number }).seq);
        db.exec(`UPDATE write_clock SET last = max(last, coalesce((SELECT max(recorded_from) FROM main.records), ''))`);
        // Folded ties are derived from the records: built again from them on first use (docs/decisions/0010).
        db.exec(`UPDATE tie_fold_state SET stale = 1`);
        const copied = countRows(db);
        appendAudit(db, [{ at: meta.at, actor: meta.by, action: 'backup.restore', kind: 'database', id: file, before: null, after: JSON.stringify(copied) }]);
        return copied;
      })();
      return { file, format: 'sqlite', rows };
    } finally {
      db.exec('DETACH DATABASE backup');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
