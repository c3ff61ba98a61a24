import type { Day } from '../core/dates/bounds.js';

/** A day as a whole number of days from 1970-01-01 (negative before), for the interval indexes of the folded ties. */
export const dayNumber = (day: Day): number => Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/**
 * The days on which a folded tie may be returned for a period: both its fold's bounds and its record's
 * own interval (what `relationsBetween` reads) must reach the period. Undefined when they never meet.
 */
export function foldSpan(fold: { startEarliest: Day; endLatest: Day }, record: { lo: Day | null; hi: Day | null }): [number, number] | undefined {
  const first = record.lo !== null && record.lo > fold.startEarliest ? record.lo : fold.startEarliest;
  const last = record.hi !== null && record.hi < fold.endLatest ? record.hi : fold.endLatest;
  return first <= last ? [dayNumber(first), dayNumber(last)] : undefined;
}
