import type { Actor } from '../../api/types.js';
import { certaintyDuring, type TieCertainty } from '../../../../src/core/ties/tie-span.js';
import { shiftDay } from '../../../../src/core/dates/bounds.js';
import type { TieSpan } from './api.js';

/**
 * The certainty of a tie over a month, from the day bounds the server computed (D3, D7–D9, L3), by
 * the rule `faultline snapshot` follows: only string comparisons, so scrubbing stays cheap.
 */
export function certaintyInMonth(tie: TieSpan, month: string): TieCertainty {
  return certaintyDuring(tie, `${month}-01`, monthEnd(month));
}

/** The last day of a `YYYY-MM` month. */
export const monthEnd = (month: string): string => shiftDay(shiftDay(`${month}-01`, 'month', 1), 'day', -1);

/** The network's ties: between two actors, standing rather than instant (splits and signatures are genealogy's). */
export function networkTies(ties: readonly TieSpan[], actors: ReadonlyMap<string, Actor>): TieSpan[] {
  return ties.filter((t) => t.toKind === 'actor' && !t.instant && t.from !== t.to && actors.has(t.from) && actors.has(t.to));
}

/** What the controls select: the month, which ties count, and how sure they must be. */
export interface NetworkFilter {
  month: string;
  kinds: ReadonlySet<string>;
  types: ReadonlySet<string>;
  showPossible: boolean;
  /** D8: ties only presumed after their last attestation. */
  showPresumed: boolean;
  /** Only this actor's neighbourhood, `steps` ties deep. */
  focus?: { actor: string; steps: number };
}

/**
 * The slider's range in whole years: from the first year in which at least three ties may be in
 * force (a lone early date should not stretch the track) to the last bounded start or end.
 */
export function monthRange(ties: readonly TieSpan[]): { first: string; last: string } {
  const starts = ties
    .map((t) => t.startEarliest)
    .filter((d) => d > '0000-01-01')
    .sort();
  let last = '0000';
  for (const tie of ties) {
    if (tie.startLatest > '0000-01-01' && tie.startLatest > last) last = tie.startLatest;
    if (tie.endLatest < '9999-12-31' && tie.endLatest > last) last = tie.endLatest;
  }
  const first = starts[Math.min(2, starts.length - 1)];
  if (first === undefined) return { first: '2000-01', last: '2025-12' };
  return { first: `${first.slice(0, 4)}-01`, last: `${last.slice(0, 4)}-12` };
}

/** Months between two `YYYY-MM` values inclusive. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** A month value from the URL (`2017` or `2017-06`) as `YYYY-MM`. */
export const asMonth = (value: string): string => (value.length === 4 ? `${value}-01` : value.slice(0, 7));

/** The month with the most ties in force (sampled each January and July), as a sensible default view. */
export function busiestMonth(ties: readonly TieSpan[], months: readonly string[]): string {
  let best = months[Math.floor(months.length / 2)] ?? '2017-06';
  let most = -1;
  for (const month of months) {
    if (!month.endsWith('-01') && !month.endsWith('-07')) continue;
    let n = 0;
    for (const tie of ties) if (certaintyInMonth(tie, month) !== 'none') n++;
    if (n > most) [best, most] = [month, n];
  }
  return best;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2017-06` → `June 2017`. */
export const monthLabel = (month: string): string => `${MONTHS[Number(month.slice(5, 7)) - 1] ?? ''} ${month.slice(0, 4)}`.trim();
