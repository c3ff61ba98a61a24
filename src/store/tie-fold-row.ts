// The columns both adapters keep for a folded tie (decisions/0010), and the tie they stand for.
import type { Day } from '../core/dates/bounds.js';
import type { Relation } from '../core/model/relation.js';
import type { FoldedTie } from '../core/store-port.js';
import { TIE_RULES } from '../core/ties/tie-span.js';

/** The `tie_fold_state` row that names the rules the folds were made under; without it they are stale. */
export const FOLD_RULES_ROW = `rules ${TIE_RULES}`;

/** A `tie_folds` row joined to its relation's body; `disputed` as each database stores a boolean. */
export interface FoldRow {
  body: string;
  start_earliest: Day;
  start_latest: Day;
  end_earliest: Day;
  end_latest: Day;
  presumed_from: Day | null;
  windows: string | null;
  attested_until: Day | null;
  disputed: boolean | number;
}

/** The folded tie a row holds, frozen: readers may keep it and hand it out again. */
export function foldedTieOf(r: FoldRow): FoldedTie {
  return Object.freeze({
    relation: Object.freeze(JSON.parse(r.body) as Relation),
    bounds: Object.freeze({
      startEarliest: r.start_earliest,
      startLatest: r.start_latest,
      endEarliest: r.end_earliest,
      endLatest: r.end_latest,
      ...(r.presumed_from ? { presumedFrom: r.presumed_from } : {}),
      ...(r.windows ? { windows: JSON.parse(r.windows) as [Day, Day][] } : {}),
    }),
    ...(r.attested_until ? { attestedUntil: r.attested_until } : {}),
    disputed: r.disputed === true || r.disputed === 1,
  });
}
