import type { Store } from '../../core/store-port.js';
import { UCDP_METHOD } from '../../interop/ucdp/ged-records.js';
import { importEvents } from './import-events.js';
import type { ImportOptions, ImportSummary } from './import-options.js';

/** UCDP publishes GED under CC BY 4.0: its rows may be shared with attribution, so they are not restricted. */
export const UCDP_SOURCE_META = {
  publisher: 'Uppsala Conflict Data Program (UCDP)',
  kind: 'dataset',
  reliability: 'B',
  reliabilityReason: 'UCDP codes events from news and reports with a published method and clarity flags',
  notes: 'licence: CC BY 4.0; cite UCDP GED when publishing',
} as const;

/**
 * Imports a UCDP GED event CSV: each row becomes an event (`event:ucdp-ged-<id>`) with low, best and
 * high fatalities and an accepted claim citing the row; a file with any bad row changes nothing.
 */
export async function importUcdpEvents(store: Store, file: string, options: ImportOptions): Promise<ImportSummary> {
  return importEvents(store, file, options, { format: 'ucdp-ged', prefix: 'ucdp', label: 'UCDP GED', method: UCDP_METHOD, meta: UCDP_SOURCE_META });
}
