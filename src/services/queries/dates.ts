import { type Day, MAX_DAY, MIN_DAY, shiftDay } from '../../core/dates/bounds.js';
import { parseInstant } from '../../core/dates/instant.js';
import { FaultlineError } from '../../core/errors.js';

const DAY_ARG = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a day argument (`2017`, `2017-06`, `2017-06-14`): the first day of what it names, or the
 * last when `end` is set, so `--from 2017 --to 2017` covers the whole year.
 */
export function dayArg(text: string, end = false): Day {
  const match = DAY_ARG.exec(text.trim());
  const [, year, month, day] = match ?? [];
  if (!match || !year || (month && (Number(month) < 1 || Number(month) > 12)) || (day && (Number(day) < 1 || Number(day) > 31))) {
    throw new FaultlineError('invalid_date', `invalid date: ${JSON.stringify(text)}; expected YYYY, YYYY-MM or YYYY-MM-DD`);
  }
  if (day && new Date(`${year}-${month}-${day}T00:00:00Z`).getUTCDate() !== Number(day)) {
    throw new FaultlineError('invalid_date', `invalid date: ${JSON.stringify(text)} is not on the calendar`);
  }
  if (day) return `${year}-${month}-${day}`;
  if (month) return end ? shiftDay(shiftDay(`${year}-${month}-01`, 'month', 1), 'day', -1) : `${year}-${month}-01`;
  return end ? `${year}-12-31` : `${year}-01-01`;
}

/** Reads an instant argument (`--recorded-at`) as the HTTP API does: checked on the calendar, written in UTC. */
export function instantArg(text: string): string {
  const parsed = parseInstant(text.trim());
  if ('problem' in parsed) throw new FaultlineError('invalid_date', `invalid instant: ${JSON.stringify(text)}; ${parsed.problem}`);
  return parsed.instant;
}

/** Optional day arguments: undefined stays undefined. */
export function optionalDayArg(text: string | undefined, end = false): Day | undefined {
  return text === undefined || text === '' ? undefined : dayArg(text, end);
}

export type Step = 'year' | 'month';

/** Days from `from` to `to` inclusive, one per step. */
export function stepDays(from: Day, to: Day, step: Step): Day[] {
  if (from === MIN_DAY || to === MAX_DAY) throw new FaultlineError('invalid_input', 'a series needs a bounded window');
  const days: Day[] = [];
  for (let day = from; day <= to && days.length < 1200; day = shiftDay(day, step, 1)) days.push(day);
  return days;
}

/** D8: a horizon in whole months, as the CLI and the API take it; undefined keeps the default. */
export function horizonArg(text: string | undefined): { horizonMonths: number } | Record<string, never> {
  if (text === undefined || text === '') return {};
  if (!/^\d{1,4}$/.test(text.trim()) || Number(text) > 1200) {
    throw new FaultlineError('invalid_input', `invalid horizon: ${JSON.stringify(text)}; expected a whole number of months from 0 to 1200`);
  }
  return { horizonMonths: Number(text) };
}
