import { MAX_DAY, MIN_DAY, maxDay, minDay, shiftDay, type Day } from '../dates/bounds.js';
import type { Temporal } from '../dates/edtf.js';
import type { Lifespan } from './lifespans.js';

/**
 * How a tie holds on a day (rules D3, D7, D8, L3): `definite` when a stated interval covers the day;
 * `possible` when only the precision of its dates leaves room; `presumed` after its last attestation,
 * within the horizon; `none` otherwise.
 */
export type TieCertainty = 'definite' | 'possible' | 'presumed' | 'none';
export type InForce = Exclude<TieCertainty, 'none'>;

export { DEFAULT_HORIZON_MONTHS } from '../dates/horizon.js';

/**
 * The newest rule that changed what a tie's bounds are. The stores keep the folds they made with the
 * name of the rules they made them under, and fold every tie again when it differs (docs/decisions/0010),
 * so a database written before a rule changed never serves bounds the new rules would not give.
 * Change it with any change to `readingBounds` or `tieBounds`.
 */
export const TIE_RULES = 'D10';

/**
 * The day bounds that decide a tie's certainty on any day with string comparisons only, so that a
 * client scrubbing through time needs no date arithmetic:
 * none before `startEarliest`, after `endLatest` or outside every `windows` span;
 * definite in `[startLatest, endEarliest]`; presumed from `presumedFrom` on; possible otherwise.
 */
export interface InForceBounds {
  startEarliest: Day;
  startLatest: Day;
  endEarliest: Day;
  endLatest: Day;
  /** D8: from this day the tie is only presumed (the day after its last attestation). */
  presumedFrom?: Day;
  /** Only when competing readings leave gaps: the separate spans in which the tie may hold. */
  windows?: [Day, Day][];
}

/** What a tie's bounds are computed from. */
export interface BoundsInput {
  readings: readonly Temporal[];
  /**
   * D7, D8 for each reading: the day its presumption counts from (the latest dated source that says it
   * was still in force; MIN_DAY to count from its start); undefined when no dated source supports it.
   */
  attested: readonly (Day | undefined)[];
  /** Lifespans of the tie's ends that are actors with one (L3). */
  ends: readonly (Lifespan | undefined)[];
  horizonMonths: number;
}

/**
 * D3, D5, D7, D8, D10 for one reading. A closed end is the sources' own: definite to its earliest day,
 * possible to its latest. An open end (`..`) is definite to its anchor (the last attestation, or the
 * start if later); an unknown end (`/`) is definite only at the start (D5) and possible to the anchor.
 * Either is then presumed for the horizon, and not known after it. Without an anchor (no dated source
 * supports the reading) D5 stands: nothing dates the presumption.
 */
export function readingBounds(reading: Temporal, attested: Day | undefined, horizonMonths: number): InForceBounds {
  const bounds: InForceBounds = {
    startEarliest: lookBack(reading, horizonMonths),
    startLatest: reading.start.latest,
    endEarliest: reading.end.earliest,
    endLatest: reading.end.latest,
  };
  if (reading.end.latest !== MAX_DAY || attested === undefined) return bounds;
  const start = reading.start.latest;
  const anchor = attested > start ? attested : start;
  if (anchor === MIN_DAY) return bounds;
  const open = reading.end.earliest === MAX_DAY;
  bounds.endEarliest = open ? anchor : start;
  bounds.presumedFrom = shiftDay(anchor, 'day', 1);
  bounds.endLatest = shiftDay(anchor, 'month', horizonMonths);
  return bounds;
}

/**
 * D10: an unknown start (`/2016-12`: the tie held by December 2016, since no one knows when) is possible
 * only for the horizon before the latest day it may have begun, and not known before that, as D8
 * stops presuming a tie the horizon after its anchor. Without it a group first attested in 2016 would
 * stand in the 2012 network as "possible", which no reader takes for "not known". An open start
 * (`../2017`: stated to reach back without limit) keeps its reach, and so does a start with no known
 * latest day (`/..`), which nothing dates.
 */
function lookBack(reading: Temporal, horizonMonths: number): Day {
  const { earliest, latest } = reading.start;
  if (earliest !== MIN_DAY || latest === MIN_DAY || latest === MAX_DAY) return earliest;
  return shiftDay(latest, 'month', -horizonMonths);
}

/**
 * A tie's bounds over all its readings, cut to its ends' lifespans (L3): definite where every reading
 * is definite, possible where any allows it, presumed from the earliest presumption on. Undefined
 * when no reading parses or the tie cannot hold while both ends exist.
 */
export function tieBounds(input: BoundsInput): InForceBounds | undefined {
  const { readings } = input;
  if (readings.length === 0) return undefined;
  let b: InForceBounds = { startEarliest: MAX_DAY, startLatest: MIN_DAY, endEarliest: MAX_DAY, endLatest: MIN_DAY };
  const spans: [Day, Day][] = [];
  for (const [i, reading] of readings.entries()) {
    const r = readingBounds(reading, input.attested[i], input.horizonMonths);
    if (r.startEarliest < b.startEarliest) b.startEarliest = r.startEarliest;
    if (r.startLatest > b.startLatest) b.startLatest = r.startLatest;
    if (r.endEarliest < b.endEarliest) b.endEarliest = r.endEarliest;
    if (r.endLatest > b.endLatest) b.endLatest = r.endLatest;
    if (r.presumedFrom !== undefined && (b.presumedFrom === undefined || r.presumedFrom < b.presumedFrom)) b.presumedFrom = r.presumedFrom;
    spans.push([r.startEarliest, r.endLatest]);
  }
  let windows = mergeSpans(spans);
  for (const life of input.ends) {
    if (!life) continue;
    b = {
      ...b,
      startEarliest: maxDay(b.startEarliest, life.start.earliest),
      startLatest: maxDay(b.startLatest, life.start.latest),
      endEarliest: minDay(b.endEarliest, life.end.earliest),
      endLatest: minDay(b.endLatest, life.end.latest),
    };
  }
  if (b.startEarliest > b.endLatest) return undefined;
  windows = windows.map(([from, to]): [Day, Day] => [maxDay(from, b.startEarliest), minDay(to, b.endLatest)]).filter(([from, to]) => from <= to);
  if (windows.length === 0) return undefined;
  if (b.presumedFrom !== undefined && b.presumedFrom > b.endLatest) delete b.presumedFrom;
  if (windows.length > 1) b.windows = windows;
  return b;
}

/** The certainty that bounds give on a day: the one rule every view follows (D8). */
export function certaintyIn(b: InForceBounds, day: Day): TieCertainty {
  if (day < b.startEarliest || day > b.endLatest) return 'none';
  if (b.windows && !b.windows.some(([from, to]) => from <= day && day <= to)) return 'none';
  if (b.startLatest <= day && day <= b.endEarliest) return 'definite';
  if (b.presumedFrom !== undefined && day >= b.presumedFrom) return 'presumed';
  return 'possible';
}

/**
 * D9: the certainty over a period [from, to] that a query date names (`2016-09` is September): the
 * strongest certainty the tie has on any day of it. A tie of September 2016 is definite in the month
 * of September 2016, though on the 1st it was only possible.
 */
export function certaintyDuring(b: InForceBounds, from: Day, to: Day): TieCertainty {
  const lo = maxDay(from, b.startEarliest);
  const hi = minDay(to, b.endLatest);
  if (lo > hi) return 'none';
  const spans = b.windows ? b.windows.map(([s, e]): [Day, Day] => [maxDay(s, lo), minDay(e, hi)]).filter(([s, e]) => s <= e) : [[lo, hi] as [Day, Day]];
  if (spans.length === 0) return 'none';
  const definiteFrom = maxDay(b.startLatest, lo);
  const definiteTo = minDay(b.endEarliest, hi);
  if (definiteFrom <= definiteTo && spans.some(([s, e]) => s <= definiteTo && e >= definiteFrom)) return 'definite';
  if (b.presumedFrom === undefined) return 'possible';
  const presumedFrom = b.presumedFrom;
  return spans.some(([s]) => s < presumedFrom) ? 'possible' : 'presumed';
}

/** Ranks certainties, strongest first, for keeping the strongest of several ties or readings. */
export const CERTAINTY_RANK: Record<TieCertainty, number> = { definite: 3, possible: 2, presumed: 1, none: 0 };

/** The union of spans, merged where they touch or overlap. */
function mergeSpans(spans: [Day, Day][]): [Day, Day][] {
  const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [Day, Day][] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= shiftDay(last[1], 'day', 1)) {
      if (span[1] > last[1]) last[1] = span[1];
    } else merged.push([span[0], span[1]]);
  }
  return merged;
}
