import { EVENT_TYPES, type EventTypeSpec } from './event-types.js';
import { RELATION_TYPES } from './relation-types.js';

/** Event types outside the organisational group that also happen at a moment rather than over a span. */
const MOMENT_EVENT_TYPES: readonly string[] = ['coup', 'agreement'];

/**
 * Whether a relation or event happens at one moment (a split, a founding, a signature, a coup), so
 * that a date range on it says when it may have happened rather than how long it lasted (R1i).
 * Standing ties and incidents that can last (a clash, a siege, a rebellion) are not.
 */
export function happensAtAMoment(record: object): boolean {
  const type = (record as { type?: unknown }).type;
  if (typeof type !== 'string') return false;
  if ('from' in record && 'to' in record) return (RELATION_TYPES as Record<string, { instant: boolean }>)[type]?.instant === true;
  if (!('date' in record) && !('participants' in record)) return false;
  const spec = (EVENT_TYPES as Record<string, EventTypeSpec>)[type];
  return spec !== undefined && (spec.group === 'organisational' || MOMENT_EVENT_TYPES.includes(type));
}
