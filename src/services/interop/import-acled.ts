import type { Issue } from '../../core/errors.js';
import type { Change, Store } from '../../core/store-port.js';
import { ACLED_METHOD, acledRecords } from '../../interop/acled/acled-records.js';
import { parseAcled } from '../../interop/acled/parse-acled.js';
import { countryCode } from '../../interop/countries.js';
import { PlaceIndex } from '../../interop/place-index.js';
import { ProposedNames } from './proposed-actors.js';
import { finishImport, type ImportOptions, type ImportSummary } from './finish-import.js';
import { actorNameIndex, readImportedFile } from './import-source.js';

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
  const imported = await readImportedFile(store, file, { ...ACLED_SOURCE_META, title: `ACLED export ${file.split(/[\\/]/).pop() ?? file}` });
  const at = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  const actors = await actorNameIndex(store, options.mapping);
  const places = new PlaceIndex(await store.list('place'), 'acled', 'ACLED');
  const proposed = new ProposedNames('acled');
  const issues: Issue[] = [];
  const changes: Change[] = [];
  const ctx = {
    file,
    sourceId: imported.source.id,
    by: options.by,
    at,
    country: countryCode,
    actor: (name: string) => actors.resolve(name),
    place: (location: Parameters<PlaceIndex['resolve']>[0]) => places.resolve(location),
  };
  const total = imported.text.length;
  let rowsSeen = 0;
  const parsed = parseAcled(imported.text, file, (row) => {
    const built = acledRecords(row, ctx, issues);
    if (++rowsSeen % 5000 === 0) options.progress?.('read', row.at.end, total);
    if (!built) return;
    for (const u of built.unresolved) proposed.note(u.name, u.evidence, { country: u.country, ...(u.acledType ? { acledType: u.acledType } : {}) });
    changes.push({ kind: 'event', record: built.event }, { kind: 'claim', record: built.claim });
  });
  options.progress?.('read', total, total);
  issues.unshift(...parsed.issues);
  return finishImport(
    store,
    { file, imported, rows: parsed.rows, layout: parsed.layout, issues, places, proposed, changes, method: ACLED_METHOD, at },
    options,
  );
}
