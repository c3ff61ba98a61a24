import type Database from 'better-sqlite3';
import type { Day } from '../../core/dates/bounds.js';
import type { Relation } from '../../core/model/relation.js';
import type { FoldedTie } from '../../core/store-port.js';

interface FoldRow {
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
 * Folded ties that may hold in [from, to]: the index on (audience, end_latest) skips every tie that
 * ended before `from`. Like `relationsBetween`, a tie counts only when its recorded interval may
 * overlap the period too, so the answer is the read-time fold's. Relations come from `records` by row id.
 */
export function readFoldedTies(db: Database.Database, relations: (rids: number[]) => Relation[], from: Day, to: Day, withheld: boolean): FoldedTie[] {
  const rows = db
    .prepare(
      `SELECT rid, start_earliest, start_latest, end_earliest, end_latest, presumed_from, windows, attested_until, disputed FROM tie_folds
       WHERE audience IN ('all', ?) AND end_latest >= ? AND start_earliest <= ? AND lo <= ? AND hi >= ? ORDER BY id`,
    )
    .all(withheld ? 'withheld' : 'open', from, to, to, from) as FoldRow[];
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
