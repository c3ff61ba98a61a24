import type { Day } from '../../core/dates/bounds.js';
import type { Temporal } from '../../core/dates/edtf.js';

export type Span = readonly [Day, Day];

/**
 * The days a reading stands for when comparing two records: its definite span (D3) when it has one,
 * otherwise (an instant such as `2016`) every day it may fall on. So `2012/2014` and `2014/2016` are
 * two spells, not a duplicate, while `2017-03` and `2017-03-02` are the same instant.
 */
export function coreSpan(t: Temporal): Span {
  return t.start.latest <= t.end.earliest ? [t.start.latest, t.end.earliest] : [t.start.earliest, t.end.latest];
}

/** D3 over several readings: the days on which every reading is definitely in force, or undefined. */
export function definiteSpan(readings: readonly Temporal[]): Span | undefined {
  if (readings.length === 0) return undefined;
  let from = readings[0]!.start.latest;
  let to = readings[0]!.end.earliest;
  for (const t of readings) {
    if (t.start.latest > from) from = t.start.latest;
    if (t.end.earliest < to) to = t.end.earliest;
  }
  return from <= to ? [from, to] : undefined;
}

/** Whether two spans share a day. */
export const spansOverlap = (a: Span, b: Span): boolean => a[0] <= b[1] && b[0] <= a[1];

/** D6: whether two dates may fall on a common day. */
export const mayOverlap = (a: Temporal, b: Temporal): boolean => a.start.earliest <= b.end.latest && b.start.earliest <= a.end.latest;

/** The first pair of readings, one from each list, whose core spans overlap. */
export function overlappingReadings(a: readonly Temporal[], b: readonly Temporal[]): [Temporal, Temporal] | undefined {
  for (const x of a) for (const y of b) if (spansOverlap(coreSpan(x), coreSpan(y))) return [x, y];
  return undefined;
}

/** A span as EDTF-like text for messages, with `..` for an open end. */
export const spanText = ([from, to]: Span): string => `${from}/${to.startsWith('9999') ? '..' : to}`;
