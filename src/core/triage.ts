import { MAX_DAY, MIN_DAY, maxDay, minDay, shiftDay, type DayRange } from './dates/bounds.js';
import { parseTemporal, type Temporal } from './dates/edtf.js';

/**
 * How two readings of one property differ (rules R1–R5 in docs/spec/model.md): one only makes the
 * other more precise, they differ by less than their own precision allows, or they contradict.
 */
export type Difference = 'refinement' | 'near_miss' | 'contradiction';

/** What the triage may need to know beyond the values: whether one place lies inside another, and when each source was written. */
export interface TriageContext {
  placeInside?: (inner: string, outer: string) => boolean;
  /** The days a source's own date covers (D1, D2), for R1's readings dated by their document. */
  sourceDate?: (sourceId: string) => DayRange | undefined;
  /**
   * R1i: the fact happens at one moment (a split, a founding, a coup): a date range says when it may
   * have happened, not how long it lasted.
   */
  instant?: boolean;
}

const RANK: Record<Difference, number> = { refinement: 0, near_miss: 1, contradiction: 2 };
/** The graver of two differences. */
export const graver = (a: Difference, b: Difference): Difference => (RANK[a] >= RANK[b] ? a : b);

const within = (a: DayRange, b: DayRange): boolean => a.earliest >= b.earliest && a.latest <= b.latest;
const nested = (a: DayRange, b: DayRange): boolean => within(a, b) || within(b, a);

/**
 * N1: two month- or day-precise ends apart by less than one unit of their precision (adjacent months,
 * days three apart) are a near miss. Years are never: a siege that ended in 2014 against one that
 * ended in 2015 is a disagreement.
 */
function nearMiss(a: DayRange, b: DayRange): boolean {
  // Each point's own precision: a day, a month (or less), or coarser; both must be as fine.
  const days = (r: DayRange) => (Date.parse(r.latest) - Date.parse(r.earliest)) / 86_400_000 + 1;
  const widest = Math.max(days(a), days(b));
  if (widest > 31) return false;
  const unit = widest === 1 ? 'day' : 'month';
  const reach = unit === 'day' ? 3 : 1;
  const gapStart = a.latest < b.earliest ? a.latest : b.latest;
  const gapEnd = a.latest < b.earliest ? b.earliest : a.earliest;
  return shiftDay(gapStart, unit, reach) >= gapEnd;
}

type End = 'open' | 'unknown' | DayRange;

const endOf = (t: Temporal): End => (t.end.earliest === MAX_DAY ? 'open' : t.end.latest === MAX_DAY ? 'unknown' : t.end);
// An open start says nothing; an unknown one ("/2017", or a start dated by its document) still says "by then".
const startOf = (t: Temporal): DayRange | undefined => (t.start.latest === MIN_DAY || t.start.latest === MAX_DAY ? undefined : t.start);

/** R1: one stated point against another — nested is a refinement, close a near miss, apart a contradiction. */
function comparePoints(a: DayRange, b: DayRange): Difference {
  if (nested(a, b)) return 'refinement';
  return nearMiss(a, b) ? 'near_miss' : 'contradiction';
}

/**
 * R1: a reading whose start coincides with the date of a document that supports it (one lies within
 * the other: `2017` from a report of August 2017) says only that the fact held by then (a report describing an alliance as current dates it by its own date): its start
 * becomes "at the latest then".
 */
export function readingOf(text: string, writtenIn: readonly DayRange[] = []): Temporal | undefined {
  const t = parseTemporal(text);
  if (!t || !t.interval || t.start.earliest === MIN_DAY || !writtenIn.some((range) => nested(t.start, range))) return t;
  return { ...t, start: { earliest: MIN_DAY, latest: t.start.latest } };
}

/** The days within which a moment falls, by a reading of it: from its earliest start to its latest end. */
const momentOf = (t: Temporal): DayRange => ({ earliest: t.start.earliest, latest: maxDay(t.start.latest, t.end.latest) });

/**
 * R1: two readings, start with start and end with end. An unknown start or end says nothing and is
 * refined by any; an open end (still in force when written) is refined by a stated end; a reading of
 * one time within the other's span refines it (R1p).
 */
export function compareTemporals(x: Temporal, y: Temporal): Difference {
  if (!x.interval && !y.interval) return comparePoints(x.start, y.start);
  // R1p: one reading names a time within the other's span ("in June 2015" against "until February
  // 2017"): it says the fact held then, which the span allows.
  if (x.interval !== y.interval) {
    const [point, span] = x.interval ? [y, x] : [x, y];
    if (within(momentOf(point), { earliest: span.start.earliest, latest: span.end.latest })) return 'refinement';
  }
  let result: Difference = 'refinement';
  const [sx, sy] = [startOf(x), startOf(y)];
  if (sx && sy) result = graver(result, comparePoints(sx, sy));
  const [ex, ey] = [x.interval ? endOf(x) : x.end, y.interval ? endOf(y) : y.end];
  if (typeof ex === 'object' && typeof ey === 'object') result = graver(result, comparePoints(ex, ey));
  return result;
}

/**
 * R1i: two readings of a moment agree when the days each allows overlap — "between September 2016
 * and May 2019" and "2017" can both be true of one split — and are otherwise compared as points.
 */
function compareMoments(x: Temporal, y: Temporal): Difference {
  const [a, b] = [momentOf(x), momentOf(y)];
  if (a.earliest <= b.latest && b.earliest <= a.latest) return 'refinement';
  return comparePoints(a, b);
}

/** R1 on EDTF texts (R1i for a fact that happens at a moment). */
export function compareDates(a: string, b: string, writtenIn: readonly (readonly DayRange[])[] = [], instant = false): Difference {
  const [x, y] = [readingOf(a, writtenIn[0]), readingOf(b, writtenIn[1])];
  if (!x || !y) return a === b ? 'refinement' : 'contradiction';
  return instant ? compareMoments(x, y) : compareTemporals(x, y);
}

/**
 * The most precise reading of readings that refine each other (R1): the start narrowed to what every
 * reading allows, and the most telling end (stated, then open, then unknown). Its text is that of the
 * reading with the narrowest start.
 */
export function mostPrecise(readings: readonly Temporal[]): Temporal | undefined {
  const [first] = readings;
  if (!first || readings.length === 1) return first;
  let start: DayRange = { earliest: MIN_DAY, latest: MAX_DAY };
  for (const t of readings)
    if (t.start.earliest !== MIN_DAY || t.start.latest !== MIN_DAY)
      start = { earliest: maxDay(start.earliest, t.start.earliest), latest: minDay(start.latest, t.start.latest) };
  if (start.earliest > start.latest) return first;
  if (start.latest === MAX_DAY) start = first.start;
  const stated = readings.filter((t) => typeof endOf(t) === 'object');
  let end: DayRange;
  if (stated.length > 0) {
    end = { earliest: MIN_DAY, latest: MAX_DAY };
    for (const t of stated) end = { earliest: maxDay(end.earliest, t.end.earliest), latest: minDay(end.latest, t.end.latest) };
    if (end.earliest > end.latest) end = stated[0]?.end ?? first.end;
  } else end = readings.some((t) => endOf(t) === 'open') ? { earliest: MAX_DAY, latest: MAX_DAY } : { earliest: start.latest, latest: MAX_DAY };
  if (start.earliest > end.latest) return first;
  const width = (t: Temporal) =>
    Date.parse(t.start.latest === MAX_DAY ? '9999-12-31' : t.start.latest) - Date.parse(t.start.earliest === MIN_DAY ? '0001-01-01' : t.start.earliest);
  const text = [...readings].sort((a, b) => width(a) - width(b))[0]?.text ?? first.text;
  return { ...first, text, interval: true, start, end };
}

interface Fatalities {
  low?: number;
  best?: number;
  high?: number;
}

const rangeOf = (f: Fatalities): [number, number] | undefined => {
  const low = f.low ?? f.best ?? f.high;
  const high = f.high ?? f.best ?? f.low;
  return low === undefined || high === undefined ? undefined : [low, high];
};

/** R2: fatality figures — one inside the other's low–high range refines it; outside each other's ranges, a contradiction. */
export function compareFatalities(a: Fatalities, b: Fatalities): Difference {
  const [x, y] = [rangeOf(a), rangeOf(b)];
  if (!x || !y) return 'refinement';
  const inside = (p: [number, number], q: [number, number]) => p[0] >= q[0] && p[1] <= q[1];
  // "At least 20" (low only) and "nearly 30" (high only) leave the other side open.
  const open = (f: Fatalities, r: [number, number]): [number, number] => [
    f.low ?? (f.best === undefined ? 0 : r[0]),
    f.high ?? (f.best === undefined ? Infinity : r[1]),
  ];
  const [ox, oy] = [open(a, x), open(b, y)];
  if (inside(x, oy) || inside(y, ox)) return 'refinement';
  return 'contradiction';
}

interface Participant {
  actor: string;
  role: string;
}

/** R3: participants — adding actors without changing anyone's role refines; the same actor in another role contradicts. */
export function compareParticipants(a: readonly Participant[], b: readonly Participant[]): Difference {
  const roles = (list: readonly Participant[]) => {
    const map = new Map<string, Set<string>>();
    for (const p of list) map.set(p.actor, new Set([...(map.get(p.actor) ?? []), p.role]));
    return map;
  };
  const [x, y] = [roles(a), roles(b)];
  for (const [actor, set] of x) {
    const other = y.get(actor);
    if (other && ![...set].some((role) => other.has(role))) return 'contradiction';
  }
  const subset = (p: Map<string, Set<string>>, q: Map<string, Set<string>>) => [...p.keys()].every((k) => q.has(k));
  return subset(x, y) || subset(y, x) ? 'refinement' : 'contradiction';
}

/** Event types that say only that something happened, and so are refined by any specific type (R4). */
export const CATCH_ALL_EVENT_TYPES: readonly string[] = ['other_strategic', 'change_to_group'];

/** R4: types that a more specific type refines: a merger is a way of forming a group, a capture the outcome of a clash. */
export const REFINED_TYPES: Readonly<Record<string, readonly string[]>> = {
  formation: ['merger', 'split', 'rename'],
  armed_clash: ['town_captured', 'non_state_actor_overtakes_territory', 'government_regains_territory'],
};

/** R4: event types — a catch-all or broader type is refined by a specific one; two specific types tell different stories. */
export function compareTypes(a: string, b: string): Difference {
  if (a === b || CATCH_ALL_EVENT_TYPES.includes(a) || CATCH_ALL_EVENT_TYPES.includes(b)) return 'refinement';
  if (REFINED_TYPES[a]?.includes(b) || REFINED_TYPES[b]?.includes(a)) return 'refinement';
  return 'contradiction';
}

/** R5: places — a place inside a wider place refines it; places apart contradict. */
export function comparePlaces(a: string, b: string, context: TriageContext): Difference {
  if (a === b) return 'refinement';
  if (context.placeInside && (context.placeInside(a, b) || context.placeInside(b, a))) return 'refinement';
  return 'contradiction';
}

/** The properties that hold EDTF dates, compared by R1. */
export const DATE_PROPERTIES: readonly string[] = ['valid', 'date', 'existed'];

/** R1–R5 by property; any other property differing is a contradiction. */
export function compareValues(
  property: string,
  a: unknown,
  b: unknown,
  context: TriageContext = {},
  writtenIn: readonly (readonly DayRange[])[] = [],
): Difference {
  if (JSON.stringify(a) === JSON.stringify(b)) return 'refinement';
  if (typeof a === 'string' && typeof b === 'string') {
    if (DATE_PROPERTIES.includes(property)) return compareDates(a, b, writtenIn, context.instant === true && property !== 'existed');
    if (property === 'type') return compareTypes(a, b);
    if (property === 'place' || property === 'parent') return comparePlaces(a, b, context);
  }
  if (property === 'fatalities' && a && b && typeof a === 'object' && typeof b === 'object') return compareFatalities(a as Fatalities, b as Fatalities);
  if (property === 'participants' && Array.isArray(a) && Array.isArray(b)) return compareParticipants(a as Participant[], b as Participant[]);
  return 'contradiction';
}

/** The gravest difference among every pair of readings; `writtenIn[i]` holds the dates of the documents that support reading i. */
export function triage(
  property: string,
  values: readonly unknown[],
  context: TriageContext = {},
  writtenIn: readonly (readonly DayRange[])[] = [],
): Difference {
  let result: Difference = 'refinement';
  values.forEach((a, i) => {
    values.forEach((b, j) => {
      if (j > i) result = graver(result, compareValues(property, a, b, context, [writtenIn[i] ?? [], writtenIn[j] ?? []]));
    });
  });
  return result;
}

/** The dates of the documents that a reading's supporting claims cite. */
export function writtenInOf(claims: readonly { evidence: readonly { source: string }[] }[], context: TriageContext): DayRange[] {
  if (!context.sourceDate) return [];
  return claims.flatMap((claim) => claim.evidence.flatMap((e) => context.sourceDate?.(e.source) ?? []));
}
