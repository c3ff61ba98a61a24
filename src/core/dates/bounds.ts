/**
 * Days as ISO strings (`YYYY-MM-DD`), which sort and compare as text in code and in SQL alike.
 * The two sentinels stand for "no limit" so that open ends need no special case in queries.
 */
export type Day = string;
export const MIN_DAY: Day = '0000-01-01';
export const MAX_DAY: Day = '9999-12-31';

/** The earliest and latest day a date may denote, once precision and qualifiers are counted. */
export interface DayRange {
  earliest: Day;
  latest: Day;
}

export function dayFromMs(ms: number): Day {
  if (ms === -Infinity) return MIN_DAY;
  if (ms === Infinity) return MAX_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

export function minDay(a: Day, b: Day): Day {
  return a < b ? a : b;
}

export function maxDay(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** Shifts a day by whole units, used to widen approximate and uncertain dates. */
export function shiftDay(day: Day, unit: 'year' | 'month' | 'day', amount: number): Day {
  if (day === MIN_DAY || day === MAX_DAY) return day;
  const date = new Date(`${day}T00:00:00Z`);
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + amount);
  else if (unit === 'month') {
    // Clamp to the target month's length: 31 March plus one month is 30 April, not 1 May.
    const day = date.getUTCDate();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + amount);
    const length = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    date.setUTCDate(Math.min(day, length));
  } else date.setUTCDate(date.getUTCDate() + amount);
  return date.toISOString().slice(0, 10);
}
