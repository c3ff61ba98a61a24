import type { TieFact } from '../../analysis/tie-facts.js';
import { MAX_DAY, MIN_DAY, shiftDay, type Day } from '../../core/dates/bounds.js';
import type { Temporal } from '../../core/dates/edtf.js';
import type { Store } from '../../core/store-port.js';
import { RELATION_TYPES, type RelationType, type TargetKind } from '../../core/vocab/relation-types.js';
import { factsOf, readOptions, type QueryOptions } from './load.js';

/**
 * A relation with the day bounds of its certainty, so that a client can tell definite, possible or
 * absent on any day by comparing ISO day strings (D3–D7 already applied):
 * possible when `startEarliest ≤ d ≤ endLatest` (and inside one of `windows` when given),
 * definite when `startLatest ≤ d ≤ endEarliest`.
 */
export interface TieSpan {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  /** What `to` names: an actor, a place or an event (from the relation-type table). */
  toKind: TargetKind;
  /** +1 ally, −1 enemy, 0 unsigned, from the relation-type table. */
  sign: 1 | -1 | 0;
  /** The relation holds at an instant (a split, a signature) rather than over a span. */
  instant: boolean;
  valid: string;
  startEarliest: Day;
  startLatest: Day;
  endEarliest: Day;
  endLatest: Day;
  /** Only when competing readings leave gaps: the separate spans in which the tie is possible. */
  windows?: [Day, Day][];
  disputed: boolean;
  role?: string;
}

export interface TiesResult {
  recordedAt?: string;
  ties: TieSpan[];
}

/** ties(): every relation with its certainty bounds, for clients that scrub through time. */
export async function ties(store: Store, options: QueryOptions = {}): Promise<TiesResult> {
  const relations = await store.list('relation', readOptions(options));
  const facts = await factsOf(store, relations, options);
  const spans = facts.map(tieSpan).filter((s): s is TieSpan => s !== undefined);
  spans.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}), ties: spans };
}

/** D7: an open end is definite only up to the latest supporting source's day. */
const definiteEnd = (reading: Temporal, attestedUntil: Day | undefined): Day =>
  reading.end.earliest === MAX_DAY && attestedUntil !== undefined ? attestedUntil : reading.end.earliest;

/**
 * The bounds of a tie fact, agreeing with `tieCertainty` on every day: definite where every reading
 * is definite (the intersection), possible where any reading allows it (the union). Undefined when
 * no reading parses, since such a tie is never in force.
 */
export function tieSpan(fact: TieFact): TieSpan | undefined {
  const { relation: r, readings } = fact;
  if (readings.length === 0) return undefined;
  const spec = RELATION_TYPES[r.type];
  let startEarliest = MAX_DAY;
  let endLatest = MIN_DAY;
  let startLatest = MIN_DAY;
  let endEarliest = MAX_DAY;
  for (const reading of readings) {
    if (reading.start.earliest < startEarliest) startEarliest = reading.start.earliest;
    if (reading.end.latest > endLatest) endLatest = reading.end.latest;
    if (reading.start.latest > startLatest) startLatest = reading.start.latest;
    const end = definiteEnd(reading, fact.attestedUntil);
    if (end < endEarliest) endEarliest = end;
  }
  const windows = possibleWindows(readings);
  return {
    id: r.id,
    type: r.type,
    from: r.from,
    to: r.to,
    toKind: spec.to[0] ?? 'actor',
    sign: spec.sign,
    instant: spec.instant,
    valid: r.valid,
    startEarliest,
    startLatest,
    endEarliest,
    endLatest,
    ...(windows.length > 1 ? { windows } : {}),
    disputed: fact.status === 'disputed' || readings.length > 1,
    ...(r.role ? { role: r.role } : {}),
  };
}

/** The union of the readings' possible spans, merged where they touch or overlap. */
function possibleWindows(readings: readonly Temporal[]): [Day, Day][] {
  const spans = readings.map((r): [Day, Day] => [r.start.earliest, r.end.latest]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const merged: [Day, Day][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= shiftDay(last[1], 'day', 1)) {
      if (span[1] > last[1]) last[1] = span[1];
    } else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** The certainty a span gives on a day: the client-side rule, here so tests can hold it to `tieCertainty`. */
export function spanCertainty(span: TieSpan, day: Day): 'definite' | 'possible' | 'none' {
  if (day < span.startEarliest || day > span.endLatest) return 'none';
  if (span.windows && !span.windows.some(([from, to]) => from <= day && day <= to)) return 'none';
  return span.startLatest <= day && day <= span.endEarliest ? 'definite' : 'possible';
}
