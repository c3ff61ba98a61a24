import type { Store } from '../../core/store-port.js';
import { ACLED_METHOD, acledRecords } from '../../interop/acled/acled-records.js';
import { parseAcled } from '../../interop/acled/parse-acled.js';
import { finishImport, type ImportOptions, type ImportSummary } from './finish-import.js';
import { startImport } from './import-context.js';

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
 * accepted claim citing the row by offsets in the registered file, so `validate` checks it. Every
 * row is checked before anything is written; names no actor answers to are proposed for review.
 */
export async function importAcled(store: Store, file: string, options: ImportOptions): Promise<ImportSummary> {
  const { imported, places, ctx, proposed, issues, events } = await startImport(store, file, options, {
    prefix: 'acled',
    label: 'ACLED',
    method: ACLED_METHOD,
    meta: ACLED_SOURCE_META,
  });
  const total = imported.text.length;
  let rowsSeen = 0;
  const parsed = parseAcled(imported.text, file, (row) => {
    const built = acledRecords(row, ctx, issues);
    if (++rowsSeen % 5000 === 0) options.progress?.('read', row.at.end, total);
    if (!built) return;
    for (const u of built.unresolved) proposed.note(u.name, u.evidence, { country: u.country, ...(u.acledType ? { acledType: u.acledType } : {}) });
    events.add(built.event, built.claim);
  });
  options.progress?.('read', total, total);
  issues.unshift(...parsed.issues);
  return finishImport(
    store,
    { file, imported, rows: parsed.rows, layout: parsed.layout, issues, places, proposed, events, method: ACLED_METHOD, at: ctx.at },
    options,
  );
}
