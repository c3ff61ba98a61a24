import type { Store } from '../../core/store-port.js';
import { ACLED_METHOD } from '../../interop/acled/acled-records.js';
import { importEvents } from './import-events.js';
import type { ImportOptions, ImportSummary } from './import-options.js';

/** Marks every ACLED export as restricted: ACLED's terms forbid redistributing its rows. */
export const ACLED_SOURCE_META = {
  publisher: 'ACLED',
  kind: 'dataset',
  reliability: 'B',
  reliabilityReason: 'ACLED codes events from published reports with a documented method',
  restricted: true,
  notes: 'licence: ACLED terms of use; rows may not be redistributed, so every record cited only to ACLED stays out of exports',
} as const;

/**
 * Imports an ACLED export: each row becomes an event (id `event:acled-<event_id_cnty>`) with an
 * accepted claim citing the row by offsets in the registered file, so `validate` checks it. A file
 * with any bad row changes nothing; names no actor answers to are proposed for review.
 */
export async function importAcled(store: Store, file: string, options: ImportOptions): Promise<ImportSummary> {
  return importEvents(store, file, options, {
    format: 'acled',
    prefix: 'acled',
    label: 'ACLED',
    method: ACLED_METHOD,
    meta: ACLED_SOURCE_META,
    // ACLED's event ids start with the country's ISO 3166 alpha-3 code (MLI1234).
    scope: { idPrefix: 'event:acled-', partOf: (id) => /^event:acled-([a-z]{3})\d/.exec(id)?.[1] },
  });
}
