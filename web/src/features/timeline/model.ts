import type { TieSpan } from '../network/api.js';
import type { EventSpan, EventTypeVocabulary } from './api.js';

/** A row of the timeline: an event group, or one of three kinds of relation change. */
export type Category = EventTypeVocabulary['groups'][number] | RelationCategory;
export type RelationCategory = 'lineage' | 'alignment' | 'ties';

export const RELATION_CATEGORIES: Record<RelationCategory, string> = {
  lineage: 'Splits, mergers and renames',
  alignment: 'Alliances and hostilities',
  ties: 'Membership, leadership and other ties',
};

/** Something placed on the axis: an event, or the start or end of a relation. */
export interface TimelineItem {
  /** Unique on the axis: an event id, or a relation id with `@began`, `@ended` or `@on`. */
  key: string;
  kind: 'event' | 'relation';
  /** The record the item comes from, whose claims are its footnotes. */
  subject: string;
  category: Category;
  type: string;
  /** Earliest and latest instant the date allows, in milliseconds (UTC). */
  start: number;
  end: number;
  dateText: string;
  actors: string[];
  change?: 'began' | 'ended' | 'on';
  fatalities?: number;
  event?: EventSpan;
  tie?: TieSpan;
}

const MIN = '0000-01-01';
const MAX = '9999-12-31';
const DAY = 86_400_000;

/** An ISO day as UTC milliseconds; the end of the day when `end` is set. */
export const msOf = (day: string, end = false): number => Date.parse(`${day}T00:00:00Z`) + (end ? DAY - 1 : 0);

/** Events and relation changes as timeline items, dropping what has no bounded date. */
export function timelineItems(events: readonly EventSpan[], ties: readonly TieSpan[], vocabulary: EventTypeVocabulary): TimelineItem[] {
  const items: TimelineItem[] = [];
  for (const event of events) {
    const range = event;
    if (range.earliest === MIN || range.latest === MAX) continue;
    const f = event.fatalities;
    const fatalities = f?.best ?? f?.low ?? f?.high;
    items.push({
      key: event.id,
      kind: 'event',
      subject: event.id,
      category: vocabulary.types[event.type]?.group ?? 'strategic',
      type: event.type,
      start: msOf(range.earliest),
      end: msOf(range.latest, true),
      dateText: event.date,
      actors: event.participants.map((p) => p.actor),
      ...(fatalities !== undefined ? { fatalities } : {}),
      event,
    });
  }
  for (const tie of ties) {
    if (tie.toKind !== 'actor') continue;
    const category: RelationCategory = tie.instant ? 'lineage' : tie.sign !== 0 ? 'alignment' : 'ties';
    const base = { kind: 'relation' as const, subject: tie.id, category, type: tie.type, dateText: tie.valid, actors: [tie.from, tie.to], tie };
    if (tie.instant) {
      if (tie.startEarliest !== MIN && tie.endLatest !== MAX)
        items.push({ ...base, key: `${tie.id}@on`, change: 'on', start: msOf(tie.startEarliest), end: msOf(tie.endLatest, true) });
      continue;
    }
    if (tie.startEarliest !== MIN && tie.startLatest !== MAX)
      items.push({ ...base, key: `${tie.id}@began`, change: 'began', start: msOf(tie.startEarliest), end: msOf(tie.startLatest, true) });
    // A presumption running out (D8) is not an end the sources give.
    if (tie.endLatest !== MAX && tie.endEarliest !== MIN && tie.presumedFrom === undefined)
      items.push({ ...base, key: `${tie.id}@ended`, change: 'ended', start: msOf(tie.endEarliest), end: msOf(tie.endLatest, true) });
  }
  return items.sort((a, b) => a.start - b.start || (a.key < b.key ? -1 : 1));
}

/** Items involving any of the actors (all when none), in the chosen categories. */
export function filterItems(items: readonly TimelineItem[], actors: readonly string[], categories: ReadonlySet<string>): TimelineItem[] {
  const wanted = new Set(actors);
  return items.filter((item) => categories.has(item.category) && (wanted.size === 0 || item.actors.some((a) => wanted.has(a))));
}

/** The time span covering most items: the 3rd to the 99th percentile, padded, so a few early dates do not squash the rest. */
export function extentOf(items: readonly TimelineItem[]): [number, number] {
  if (items.length === 0) return [msOf('2010-01-01'), msOf('2020-12-31', true)];
  const mids = items.map((i) => (i.start + i.end) / 2).sort((a, b) => a - b);
  const lo = mids[Math.floor(mids.length * 0.03)] ?? mids[0] ?? 0;
  const hi = mids[Math.ceil(mids.length * 0.99) - 1] ?? mids[mids.length - 1] ?? 0;
  const pad = Math.max(180 * DAY, (hi - lo) * 0.04);
  return [lo - pad, hi + pad];
}

/** `2017-06` → the first instant of the month; with `end`, the last. */
export function monthMs(month: string, end = false): number {
  const [y = 2000, m = 1] = month.split('-').map(Number);
  return end ? Date.UTC(y, m, 1) - 1 : Date.UTC(y, m - 1, 1);
}

/** An instant as `YYYY-MM`. */
export const monthOf = (ms: number): string => new Date(ms).toISOString().slice(0, 7);

/**
 * Sub-rows within a category so that marks do not sit on one another: each item takes the first
 * sub-row whose last mark ends left of it, up to `max` sub-rows.
 */
export function packRows(xs: readonly { x1: number; x2: number }[], gap: number, max: number): number[] {
  const ends: number[] = [];
  return xs.map(({ x1, x2 }) => {
    let row = ends.findIndex((end) => end + gap <= x1);
    if (row < 0) row = ends.length < max ? ends.length : ends.indexOf(Math.min(...ends));
    ends[row] = Math.max(ends[row] ?? -Infinity, x2);
    return row;
  });
}
