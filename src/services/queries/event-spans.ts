import { parseTemporal } from '../../core/dates/edtf.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Store } from '../../core/store-port.js';
import { readOptions, type QueryOptions } from './load.js';

/** An event with the earliest and latest day its date allows (D1, D2), so a client can place it on an axis. */
export type EventSpan = ConflictEvent & { earliest: string; latest: string };

/** eventSpans(): every event with its day bounds, earliest first; events whose date does not parse are left out. */
export async function eventSpans(store: Store, options: QueryOptions = {}): Promise<{ events: EventSpan[] }> {
  const spans: EventSpan[] = [];
  for (const event of await store.events(readOptions(options))) {
    const t = parseTemporal(event.date);
    if (t) spans.push({ ...event, earliest: t.start.earliest, latest: t.end.latest });
  }
  spans.sort((a, b) => (a.earliest < b.earliest ? -1 : a.earliest > b.earliest ? 1 : a.id < b.id ? -1 : 1));
  return { events: spans };
}
