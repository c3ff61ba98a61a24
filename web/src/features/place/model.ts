import type { PlaceProfile, PlaceYear } from './api.js';

/** How a coordinate locates its place, in words (the core's three precisions). */
export const PRECISION_WORDS = {
  exact: 'the place itself',
  approximate: 'an approximate or stand-in point',
  centroid: 'the centre of the area',
} as const;

/** `[1.40921, 18.44345]` → `18.4435° N, 1.4092° E`: latitude first, as readers expect. */
export function formatCoordinates([lon, lat]: readonly [number, number]): string {
  const part = (value: number, positive: string, negative: string) => `${Math.abs(value).toFixed(4)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/** One bar segment of the events chart: a year's events with a toll in the sources, or without one. */
export interface YearBar {
  year: number;
  part: 'toll given' | 'no toll in the sources';
  events: number;
}

/** The chart's rows: every year from the first to the last with events (empty years kept at zero), split by whether a toll is known. */
export function yearBars(years: readonly PlaceYear[]): YearBar[] {
  const dated = years.filter((y) => /^\d{4}$/.test(y.key));
  if (dated.length === 0) return [];
  const byYear = new Map(dated.map((y) => [Number(y.key), y]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const out: YearBar[] = [];
  for (let year = first; year <= last; year++) {
    const y = byYear.get(year);
    const unknown = y?.tollUnknown ?? 0;
    out.push({ year, part: 'toll given', events: (y?.events ?? 0) - unknown });
    out.push({ year, part: 'no toll in the sources', events: unknown });
  }
  return out;
}

/** The toll in words: a range when the estimates differ, and how many events have none. */
export function tollSummary(events: PlaceProfile['events']): string {
  const { low, best, high } = events.fatalities;
  const known = events.total - events.tollUnknown;
  if (known === 0) return 'no source gives a toll for these events';
  const range = low !== best || high !== best ? ` (low ${low}, high ${high})` : '';
  const unknown = events.tollUnknown > 0 ? `; ${events.tollUnknown} without a toll in the sources` : '';
  return `${best} deaths by the best estimates${range} in ${known} event${known === 1 ? '' : 's'} with a toll${unknown}`;
}

/** How the chart counts years, and how many events' dates span more than their year. */
export function yearNote(years: readonly PlaceYear[]): string {
  const imprecise = years.reduce((n, y) => n + y.imprecise, 0);
  const spanning =
    imprecise === 0 ? '' : `; ${imprecise} event${imprecise === 1 ? '' : 's'} dated less precisely than a year, counted in the first year their date allows`;
  return `Each event counts in the year its date begins, as the command line’s events by year counts it${spanning}.`;
}
