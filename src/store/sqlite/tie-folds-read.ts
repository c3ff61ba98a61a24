import type Database from 'better-sqlite3';
import type { Day } from '../../core/dates/bounds.js';
import type { FoldedTie } from '../../core/store-port.js';
import { dayNumber } from '../day-number.js';
import { FOLD_RULES_ROW, foldedTieOf, type FoldRow } from '../tie-fold-row.js';

interface NumberedFoldRow extends FoldRow {
  fold: number;
}

// A fold row is never updated and its number never reused: what was read of it is kept by number. Bounded.
const KEPT_LIMIT = 400_000;
const keptFolds = new WeakMap<Database.Database, Map<number, FoldedTie>>();

/**
 * Whether the folded ties must be built again from the records: after migration 8, a restore, a large
 * series of writes, or when they were made under other rules than today's (`TIE_RULES`).
 */
export const foldsStale = (db: Database.Database): boolean =>
  db.prepare(`SELECT count(*) FROM tie_fold_state WHERE (name = 'ties' AND stale = 0) OR name = ?`).pluck().get(FOLD_RULES_ROW) !== 2;

/**
 * Folded ties that may hold in [from, to], found through the R*Tree of their spans: what ended before
 * or starts after the period is never read. Like `relationsBetween`, a tie counts only when its
 * recorded interval may overlap the period too (the span says both), so the answer is the read-time
 * fold's. Only fold numbers leave SQLite for folds read before (a time slider, a dashboard).
 */
export function readFoldedTies(db: Database.Database, from: Day, to: Day, withheld: boolean): FoldedTie[] {
  // CROSS JOIN keeps SQLite from starting anywhere but the R*Tree.
  const numbers = db
    .prepare(
      `SELECT f.fold FROM tie_folds_span s CROSS JOIN tie_folds f ON f.fold = s.fold
       WHERE s.first_day <= ? AND s.last_day >= ? AND f.audience IN ('all', ?)`,
    )
    .pluck()
    .all(dayNumber(to), dayNumber(from), withheld ? 'withheld' : 'open') as number[];
  let kept = keptFolds.get(db);
  if (!kept || kept.size >= KEPT_LIMIT) keptFolds.set(db, (kept = new Map()));
  const missing = numbers.filter((n) => !kept.has(n));
  if (missing.length > 0) {
    const rows = db
      .prepare(
        `SELECT fold, body, start_earliest, start_latest, end_earliest, end_latest, presumed_from, windows, attested_until, disputed
         FROM tie_folds WHERE fold IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(missing)) as NumberedFoldRow[];
    for (const row of rows) kept.set(row.fold, foldedTieOf(row));
  }
  const ties = numbers.map((n) => kept.get(n) as FoldedTie);
  // Sorted here: a few thousand ids sort faster in JavaScript than through a temporary B-tree.
  return ties.sort((a, b) => (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0));
}
