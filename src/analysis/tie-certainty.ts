import type { Day } from '../core/dates/bounds.js';
import type { TieFact } from '../core/ties/tie-facts.js';
import { certaintyDuring, certaintyIn, type TieCertainty } from '../core/ties/tie-span.js';

/** Whether a tie holds on a day, by the one rule of D8 over its bounds (lifespans already applied). */
export function tieCertainty(fact: TieFact, day: Day): TieCertainty {
  return fact.bounds ? certaintyIn(fact.bounds, day) : 'none';
}

/** D9: the strongest certainty a tie has on any day of a period. */
export function tieCertaintyDuring(fact: Pick<TieFact, 'bounds'>, from: Day, to: Day): TieCertainty {
  return fact.bounds ? certaintyDuring(fact.bounds, from, to) : 'none';
}

/** D6 over the tie's bounds: whether a tie may overlap [from, to] at all. */
export function tieOverlaps(fact: TieFact, from: Day, to: Day): boolean {
  const b = fact.bounds;
  if (!b || b.startEarliest > to || b.endLatest < from) return false;
  return !b.windows || b.windows.some(([s, e]) => s <= to && e >= from);
}
