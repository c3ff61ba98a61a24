// Two change marks that move apart (docs/scale.md, "Reads under writes"): `records` with every change
// of a record or a source's text, `accounts` with every change of a user, credential or saved view; a
// restore moves both. Each is a random value replaced in the transaction that changes its part, so it
// never comes back, and another connection sees it move when that transaction commits. Every audited
// change goes through appendAudit, the records' write or their retirement, and each replaces its mark
// once per call: one small UPDATE per write, not per row, so an import pays nothing per version.
import type Database from 'better-sqlite3';
import type { AuditAction } from '../../core/store-port.js';

/** Migration 11's SQL. */
export const SQLITE_CHANGE_MARKS = `
  CREATE TABLE change_marks (
    name TEXT PRIMARY KEY,
    mark TEXT NOT NULL
  ) WITHOUT ROWID;
  INSERT INTO change_marks VALUES ('accounts', lower(hex(randomblob(8)))), ('records', lower(hex(randomblob(8))));
`;

export type MarkedPart = 'records' | 'accounts';

/** The parts an audited action changes. */
export const partsOf = (action: AuditAction): MarkedPart[] =>
  action === 'backup.restore' ? ['accounts', 'records'] : action.startsWith('record.') ? ['records'] : ['accounts'];

const statements = new WeakMap<Database.Database, { move: Database.Statement; read: Database.Statement }>();

function prepared(db: Database.Database) {
  let found = statements.get(db);
  if (!found) {
    found = {
      move: db.prepare('UPDATE change_marks SET mark = lower(hex(randomblob(8))) WHERE name = ?'),
      read: db.prepare(`SELECT (SELECT mark FROM change_marks WHERE name = 'accounts'), (SELECT mark FROM change_marks WHERE name = 'records')`).raw(),
    };
    statements.set(db, found);
  }
  return found;
}

/** Replaces the marks of these parts (call inside the transaction of the change). */
export function moveMarks(db: Database.Database, parts: Iterable<MarkedPart>): void {
  const { move } = prepared(db);
  for (const part of new Set(parts)) move.run(part);
}

/** Both marks as committed (or as this connection's own transaction left them). */
export function readMarks(db: Database.Database): { accounts: string; records: string } {
  const [accounts, records] = prepared(db).read.get() as [string, string];
  return { accounts, records };
}
