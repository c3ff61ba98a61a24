import type pg from 'pg';
import type { Day } from '../../core/dates/bounds.js';
import type { Relation } from '../../core/model/relation.js';
import type { FoldedTie } from '../../core/store-port.js';
import { dayNumber } from '../day-number.js';

interface FoldRow {
  body: string;
  start_earliest: Day;
  start_latest: Day;
  end_earliest: Day;
  end_latest: Day;
  presumed_from: Day | null;
  windows: string | null;
  attested_until: Day | null;
  disputed: boolean;
}

/**
 * Folded ties that may hold in [from, to], found through the GiST index of their spans: what ended
 * before or starts after the period is never read. Like `relationsBetween`, a tie counts only when its
 * recorded interval may overlap the period too (the span says both), so the answer is the read-time fold's.
 */
export async function readFoldedTies(db: pg.Pool | pg.PoolClient, from: Day, to: Day, withheld: boolean): Promise<FoldedTie[]> {
  const { rows } = await db.query<FoldRow>(
    `SELECT r.body, f.start_earliest, f.start_latest, f.end_earliest, f.end_latest, f.presumed_from, f.windows, f.attested_until, f.disputed
     FROM tie_folds f JOIN records r ON r.kind = 'relation' AND r.id = f.id AND r.version = f.version
     WHERE int4range(f.first_day, f.last_day, '[]') && int4range($2, $3, '[]') AND f.audience IN ('all', $1) ORDER BY f.id`,
    [withheld ? 'withheld' : 'open', dayNumber(from), dayNumber(to)],
  );
  return rows.map((r) => ({
    relation: JSON.parse(r.body) as Relation,
    bounds: {
      startEarliest: r.start_earliest,
      startLatest: r.start_latest,
      endEarliest: r.end_earliest,
      endLatest: r.end_latest,
      ...(r.presumed_from ? { presumedFrom: r.presumed_from } : {}),
      ...(r.windows ? { windows: JSON.parse(r.windows) as [Day, Day][] } : {}),
    },
    ...(r.attested_until ? { attestedUntil: r.attested_until } : {}),
    disputed: r.disputed,
  }));
}
