import type { ReadOptions, Store } from '../../core/store-port.js';
import { publishable, type ExportRecords, type PublishOptions, type Withheld } from '../../interop/export/publishable.js';

/** Reads every record (as recorded at an instant, if asked) and keeps what may be published. */
export async function loadPublishable(store: Store, options: ReadOptions & PublishOptions = {}): Promise<{ records: ExportRecords; withheld: Withheld }> {
  const read: ReadOptions = options.recordedAt ? { recordedAt: options.recordedAt } : {};
  const [sources, actors, places, relations, events, claims] = await Promise.all([
    store.list('source', read),
    store.list('actor', read),
    store.list('place', read),
    store.list('relation', read),
    store.list('event', read),
    store.claims(read),
  ]);
  return publishable(
    { sources, actors, places, relations, events, claims },
    options.roundCoordinates === undefined ? {} : { roundCoordinates: options.roundCoordinates },
  );
}
