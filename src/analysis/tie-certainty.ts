import { MAX_DAY, type Day } from '../core/dates/bounds.js';
import type { Temporal } from '../core/dates/edtf.js';
import { certaintyOn, type Certainty } from '../core/dates/in-force.js';
import type { TieFact } from './tie-facts.js';

/**
 * D3 with D7: an open-ended reading (`…/..`) is definite only up to the day its latest supporting
 * source speaks for, and possible after it; an undated support leaves D5 as it is.
 */
export function readingCertainty(reading: Temporal, day: Day, attestedUntil: Day | undefined): Certainty {
  const certainty = certaintyOn(reading, day);
  if (certainty === 'definite' && reading.end.earliest === MAX_DAY && attestedUntil !== undefined && day > attestedUntil) return 'possible';
  return certainty;
}

/**
 * Whether a tie holds on a day. With competing readings of its valid time (a disputed `valid`),
 * it is definite only when every reading says so, and possible when any reading allows it.
 */
export function tieCertainty(fact: TieFact, day: Day): Certainty {
  let definite = 0;
  let none = 0;
  for (const reading of fact.readings) {
    const c = readingCertainty(reading, day, fact.attestedUntil);
    if (c === 'definite') definite++;
    else if (c === 'none') none++;
  }
  if (fact.readings.length === 0 || none === fact.readings.length) return 'none';
  return definite === fact.readings.length ? 'definite' : 'possible';
}

/** D6 over every reading: whether a tie may overlap [from, to] at all. */
export function tieOverlaps(fact: TieFact, from: Day, to: Day): boolean {
  return fact.readings.some((r) => r.start.earliest <= to && r.end.latest >= from);
}
