import { MIN_DAY } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';

/** An event's date as ACLED writes one: a day, and how precisely the event is known to fall on it. */
export interface AcledDay {
  day: string;
  /** 1: that day; 2: the week around it; 3: the month of it, or a longer span starting in it. */
  precision: 1 | 2 | 3;
}

/** Why an event's date gives no ACLED day. */
export type UndatedReason = 'no-known-start' | 'invalid-date';

const WEEK_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * The ACLED day of an EDTF date. A day is itself (precision 1). A span of a week at most is written
 * as its middle day with precision 2, since ACLED readers (ours among them) take precision 2 as the
 * week centred on the day. Anything longer is written as the earliest day it may start, with
 * precision 3: ACLED's coarsest, read back as the month the event starts (a year or a span of years
 * thus comes back as its first month). A date with no known start has no such day.
 */
export function acledDayOf(date: string): AcledDay | { reason: UndatedReason } {
  const t = parseTemporal(date);
  if (!t) return { reason: 'invalid-date' };
  const first = t.start.earliest;
  if (first === MIN_DAY) return { reason: 'no-known-start' };
  const days = Math.round((Date.parse(t.end.latest) - Date.parse(first)) / DAY_MS) + 1;
  if (days === 1) return { day: first, precision: 1 };
  if (days <= WEEK_DAYS) return { day: new Date(Date.parse(first) + Math.floor((days - 1) / 2) * DAY_MS).toISOString().slice(0, 10), precision: 2 };
  return { day: first, precision: 3 };
}
