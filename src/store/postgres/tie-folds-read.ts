import type pg from 'pg';
import type { Day } from '../../core/dates/bounds.js';
import type { FoldedTie } from '../../core/store-port.js';
import { dayNumber } from '../day-number.js';
import { foldedTieOf, type FoldRow } from '../tie-fold-row.js';

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
  return rows.map(foldedTieOf);
}
