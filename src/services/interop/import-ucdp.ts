import type { Store } from '../../core/store-port.js';
import { gedRecords, UCDP_METHOD } from '../../interop/ucdp/ged-records.js';
import { parseGed } from '../../interop/ucdp/parse-ged.js';
import { finishImport, type ImportOptions, type ImportSummary } from './finish-import.js';
import { startImport } from './import-context.js';

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
 * high fatalities and an accepted claim citing the row; every row is checked before anything is written.
 */
export async function importUcdpEvents(store: Store, file: string, options: ImportOptions): Promise<ImportSummary> {
  const { imported, places, ctx, proposed, issues, events } = await startImport(store, file, options, {
    prefix: 'ucdp',
    label: 'UCDP GED',
    method: UCDP_METHOD,
    meta: UCDP_SOURCE_META,
  });
  let seen = 0;
  const parsed = parseGed(imported.text, file, (row) => {
    if (++seen % 5000 === 0) options.progress?.('read', row.at.end, imported.text.length);
    const built = gedRecords(row, ctx, issues);
    if (!built) return;
    for (const u of built.unresolved) proposed.note(u.name, u.evidence, { country: u.country });
    events.add(built.event, built.claim);
  });
  issues.unshift(...parsed.issues);
  return finishImport(store, { file, imported, rows: parsed.rows, issues, places, proposed, events, method: UCDP_METHOD, at: ctx.at }, options);
}
