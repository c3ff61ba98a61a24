import type { Day } from './bounds.js';
import type { Temporal } from './edtf.js';

/** Whether a fact holds on a day: certainly, perhaps (date precision leaves room), or not. */
export type Certainty = 'definite' | 'possible' | 'none';

/**
 * D3: a fact is *possibly* in force on `day` when its earliest start is on or before the day and
 * its latest end on or after it; *definitely* when its latest start is on or before the day and
 * its earliest end on or after it.
 */
export function certaintyOn(temporal: Temporal, day: Day): Certainty {
  if (temporal.start.earliest > day || temporal.end.latest < day) return 'none';
  if (temporal.start.latest <= day && temporal.end.earliest >= day) return 'definite';
  return 'possible';
}
