// Pure scale helpers shared by the SVG drawer and the web chart, so both place a day at the same x.
import type { GenealogyModel } from './types.js';

/** A day as a fractional year: `2017-07-02` → about 2017.5. */
export function yearOf(day: string): number {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return y + (m - 1) / 12 + (d - 1) / 365;
}

/** The end of a day as a fractional year: a bound's latest day is covered whole. */
export const endYearOf = (day: string): number => yearOf(day) + 1 / 365;

/** The axis in fractional years: from the first dated bound's year to the end of the last's, at least one year. */
export function axisYears(model: Pick<GenealogyModel, 'axis'>): { first: number; last: number } {
  const first = Math.floor(yearOf(model.axis.first));
  // The axis closes with the end of the last day's year.
  const last = Math.max(Math.floor(yearOf(model.axis.last)) + 1, first + 1);
  return { first, last };
}

/** Year ticks at a step that keeps at most about fourteen labels. */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const every = [1, 2, 5, 10, 20, 50].find((n) => span / n <= 14) ?? 100;
  const ticks: number[] = [];
  for (let year = Math.ceil(first / every) * every; year <= last; year += every) ticks.push(year);
  return ticks;
}

/** A linear scale from fractional years to x between `left` and `right`. */
export function yearScale(axis: { first: number; last: number }, left: number, right: number): (year: number) => number {
  return (year) => left + ((year - axis.first) / Math.max(1, axis.last - axis.first)) * (right - left);
}
