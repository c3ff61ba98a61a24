import type Database from 'better-sqlite3';
import type { Day } from '../../core/dates/bounds.js';
import type { Relation } from '../../core/model/relation.js';
import type { FoldedTie } from '../../core/store-port.js';
import { dayNumber } from '../day-number.js';

interface FoldRow {
  id: string;
  rid: number;
  start_earliest: Day;
  start_latest: Day;
  end_earliest: Day;
  end_latest: Day;
  presumed_from: Day | null;
  windows: string | null;
  attested_until: Day | null;
  disputed: number;
}

/** Whether the folded ties must be built again from the records (after migration 8 or a large series of writes). */
export const foldsStale = (db: Database.Database): boolean => db.prepare(`SELECT stale FROM tie_fold_state WHERE name = 'ties'`).pluck().get() !== 0;

/**
 * Folded ties that may hold in [from, to], found through the R*Tree of their spans: what ended before
 * or starts after the period is never read. Like `relationsBetween`, a tie counts only when its
 * recorded interval may overlap the period too (the span says both), so the answer is the read-time
 * fold's. Relations come from `records`, parsed once per version.
 */
export function readFoldedTies(db: Database.Database, relations: (rids: number[]) => Relation[], from: Day, to: Day, withheld: boolean): FoldedTie[] {
  const rows = db
    .prepare(
      `SELECT f.id, r.rowid AS rid, f.start_earliest, f.start_latest, f.end_earliest, f.end_latest, f.presumed_from, f.windows, f.attested_until, f.disputed
       FROM tie_folds_span s JOIN tie_folds f ON f.fold = s.fold JOIN records r ON r.kind = 'relation' AND r.id = f.id AND r.version = f.version
       WHERE s.first_day <= ? AND s.last_day >= ? AND f.audience IN ('all', ?)`,
    )
    .all(dayNumber(to), dayNumber(from), withheld ? 'withheld' : 'open') as FoldRow[];
  // Sorted here: a few thousand ids sort faster in JavaScript than through a temporary B-tree.
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const records = relations(rows.map((r) => r.rid));
  return rows.map((r, i) => ({
    relation: records[i] as Relation,
    bounds: {
      startEarliest: r.start_earliest,
      startLatest: r.start_latest,
      endEarliest: r.end_earliest,
      endLatest: r.end_latest,
      ...(r.presumed_from ? { presumedFrom: r.presumed_from } : {}),
      ...(r.windows ? { windows: JSON.parse(r.windows) as [Day, Day][] } : {}),
    },
    ...(r.attested_until ? { attestedUntil: r.attested_until } : {}),
    disputed: r.disputed === 1,
  }));
}
