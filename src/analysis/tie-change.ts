import { MAX_DAY, MIN_DAY, type Day, type DayRange } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import { RELATION_TYPES } from '../core/vocab/relation-types.js';
import type { Lifespan } from '../core/ties/lifespans.js';
import type { TieFact } from '../core/ties/tie-facts.js';

/**
 * How a tie changed within a window, each as the day range the change may fall in (D6):
 * - `began`: a standing tie whose start falls in the window and is dated by a source written after it;
 * - `firstAttested`: its start falls in the window, but every dated document that supports the tie
 *   may have been written by then, so the start may be only when the tie was first reported;
 * - `ended`: its stated end, or the end of an end's lifespan (`endedWith`), falls in the window — a
 *   presumption running out (D8) is no end;
 * - `episode`: a tie stated for a single date (`2017-04`), neither begun nor ended by what the sources say;
 * - `happened`: an instant tie (split, merger, signature) that may have happened in the window.
 */
export interface TieChange {
  began?: DayRange;
  firstAttested?: DayRange;
  ended?: DayRange;
  /** The actor whose lifespan ended the tie, when no reading of the tie itself ends it so early. */
  endedWith?: string;
  episode?: DayRange;
  happened?: DayRange;
}

/** What decides a tie's change besides its fact: the window, its latest dated document and its ends' lifespans. */
export interface ChangeContext {
  window: DayRange;
  /** The earliest day of the latest dated source cited by an accepted claim that supports the tie. */
  latestSourceDay?: Day;
  lifespans?: ReadonlyMap<string, Lifespan>;
}

const overlaps = (range: DayRange, window: DayRange) => range.earliest <= window.latest && range.latest >= window.earliest;

/** Classifies one tie's change in a window (D6, D8, L3); an empty object when nothing changed in it. */
export function tieChange(fact: TieFact, context: ChangeContext): TieChange {
  const b = fact.bounds;
  if (!b) return {};
  const { window } = context;
  const start: DayRange = { earliest: b.startEarliest, latest: b.startLatest };
  // An instant dated by an interval (`2015/2017`, `/2016-12`) happened somewhere in all of it.
  const instant = { earliest: b.startEarliest, latest: b.endLatest };
  if (RELATION_TYPES[fact.relation.type].instant) return overlaps(instant, window) ? { happened: instant } : {};
  // A reading whose start and end name the same date (`2017-04`, or a fold's merged `2016-10`) states one date only.
  const single = (r: TieFact['readings'][number]) => r.start.earliest === r.end.earliest && r.start.latest === r.end.latest;
  if (fact.readings.length > 0 && fact.readings.every(single)) {
    const span = { earliest: b.startEarliest, latest: b.endLatest };
    return overlaps(span, window) ? { episode: span } : {};
  }
  const change: TieChange = {};
  // A start the record leaves unknown (`/2017-03`) is no dated beginning, though an end's lifespan (L3) or
  // a claim naming the tie at a date ("named as leader in June 2016") bounds it.
  const recordedStart = parseTemporal(fact.relation.valid)?.start.earliest ?? MIN_DAY;
  const stated = b.startEarliest !== MIN_DAY && recordedStart !== MIN_DAY && fact.readings.some((r) => r.start.earliest !== MIN_DAY);
  if (stated && overlaps(start, window)) {
    const onlyReported = context.latestSourceDay !== undefined && context.latestSourceDay <= b.startLatest;
    if (onlyReported) change.firstAttested = start;
    else change.began = start;
  }
  if (b.presumedFrom === undefined && b.endLatest !== MAX_DAY) {
    const end = { earliest: b.endEarliest, latest: b.endLatest };
    if (overlaps(end, window)) {
      change.ended = end;
      const readEnd = Math.max(...fact.readings.map((r) => Date.parse(r.end.latest)));
      if (Date.parse(b.endLatest) < readEnd) {
        const by = [fact.relation.from, fact.relation.to].find((id) => context.lifespans?.get(id)?.end.latest === b.endLatest);
        if (by) change.endedWith = by;
      }
    }
  }
  return change;
}
