import type { RecordKind } from './kinds.js';

// Apart from index-keys.ts, which parses dates to index a record, so that a read loads no date parser.
/** The three generic reference columns every adapter's `records` table has. */
export type KeyColumn = 'a' | 'b' | 'c';

/**
 * What the generic columns hold for each record kind: the one place that says `a` is a
 * relation's source but an event's place. SQL names a column as `KEYS.event.place`, so asking
 * for a key a kind does not have fails to compile instead of reading another kind's column.
 */
export const KEYS = {
  relation: { from: 'a', to: 'b', type: 'c' },
  event: { place: 'a', type: 'c' },
  claim: { subject: 'a', status: 'b' },
  actor: { kind: 'c' },
  place: { kind: 'c' },
} as const satisfies Partial<Record<RecordKind, Record<string, KeyColumn>>>;
