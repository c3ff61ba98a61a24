import type { EventFilter } from '../core/store-port.js';

/**
 * When an event count can be read from the summaries both adapters maintain on write (see
 * docs/decisions/0011), and how. A summary row holds the counts of the current events sharing the
 * month their date may start in, the month it may end in, a type and a place (and, for the actor
 * summary, a participant and an attribution), so it can answer exactly any filter whose day bounds
 * fall on month boundaries. Everything else — days inside a month, several participants (a coalition
 * counts each event once, which per-actor rows cannot tell), reads as recorded earlier — is left to
 * the scan, which stays the oracle.
 */

/** The actor summary's attribution for rows that count each (event, actor) once, whatever the attribution. */
const ANY_ATTRIBUTION = '*';

/** What a grouping needs beside the months: the event's type or place, or the participant or its attribution. */
export type SummaryKey = 'type' | 'place' | 'actor' | 'attribution' | undefined;

interface MonthBounds {
  /** Only rows whose first month is at most this (the filter's `to` is the last day of this month). */
  firstTo?: string;
  /** Only rows whose last month is at least this (the filter's `from` is the first day of this month). */
  lastFrom?: string;
}

/** A query the summaries answer: which table, which rows, and the months' bounds. */
export type SummaryPlan = MonthBounds &
  ({ types?: readonly string[]; places?: readonly string[] } & (
    { table: 'type' } | { table: 'place' } | { table: 'actor'; actor: string; attribution: string | 'each' }
  ));

/** The summary plan for a filter and grouping key, or undefined when only the scan answers it exactly. */
export function summaryPlan(filter: EventFilter, key: SummaryKey): SummaryPlan | undefined {
  if (filter.recordedAt) return undefined;
  let bounds = monthBounds(filter.from, filter.to);
  if (!bounds) return undefined;
  const { attributions, participants } = filter;
  if (attributions && attributions.length !== 1) return undefined;
  const narrow = { ...(filter.types ? { types: filter.types } : {}), ...(filter.places ? { places: filter.places } : {}) };
  if (!participants) {
    if (attributions || key === 'actor' || key === 'attribution') return undefined;
    return { table: filter.places || key === 'place' ? 'place' : 'type', ...bounds, ...narrow };
  }
  const [only] = participants;
  if (!only || participants.length !== 1) return undefined;
  const window = monthBounds(only.from, only.to);
  if (!window) return undefined;
  bounds = tighter(bounds, window);
  const attribution = attributions?.[0] ?? (key === 'attribution' ? 'each' : ANY_ATTRIBUTION);
  return { table: 'actor', actor: only.actor, attribution, ...bounds, ...narrow };
}

/**
 * Whether the participant index of the current events (participant_events) answers a filter the
 * summaries do not: any participant windows, in days, with any other condition (a coalition with its
 * components, each counted while it is a member). Reads as recorded earlier keep the scan.
 */
export function readsParticipantEvents(filter: EventFilter): boolean {
  return filter.participants !== undefined && !filter.recordedAt;
}

/** The month bounds of a day window, or undefined when a bound falls inside a month. */
function monthBounds(from: string | undefined, to: string | undefined): MonthBounds | undefined {
  if (from !== undefined && !from.endsWith('-01')) return undefined;
  if (to !== undefined && to !== lastDayOfMonth(to)) return undefined;
  return { ...(to !== undefined ? { firstTo: to.slice(0, 7) } : {}), ...(from !== undefined ? { lastFrom: from.slice(0, 7) } : {}) };
}

function tighter(a: MonthBounds, b: MonthBounds): MonthBounds {
  const firstTo = [a.firstTo, b.firstTo].filter((m) => m !== undefined).sort()[0];
  const lastFrom = [a.lastFrom, b.lastFrom]
    .filter((m) => m !== undefined)
    .sort()
    .at(-1);
  return { ...(firstTo !== undefined ? { firstTo } : {}), ...(lastFrom !== undefined ? { lastFrom } : {}) };
}

/** The last day (YYYY-MM-DD) of the month a day lies in; Date is avoided because it maps years 0–99 to the 1900s. */
function lastDayOfMonth(day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return `${day.slice(0, 8)}${days}`;
}
