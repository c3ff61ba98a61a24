import type { Issue } from '../../core/errors.js';
import type { Change, Store } from '../../core/store-port.js';
import { countryCode } from '../../interop/countries.js';
import { PlaceIndex } from '../../interop/place-index.js';
import { gedRecords, UCDP_METHOD } from '../../interop/ucdp/ged-records.js';
import { parseGed } from '../../interop/ucdp/parse-ged.js';
import { finishImport, type ImportOptions, type ImportSummary } from './finish-import.js';
import { actorNameIndex, readImportedFile } from './import-source.js';
import { ProposedNames } from './proposed-actors.js';

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
  const imported = await readImportedFile(store, file, { ...UCDP_SOURCE_META, title: `UCDP GED export ${file.split(/[\\/]/).pop() ?? file}` });
  const at = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  const actors = await actorNameIndex(store, options.mapping);
  const places = new PlaceIndex(await store.list('place'), 'ucdp', 'UCDP GED');
  const proposed = new ProposedNames('ucdp');
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
  let seen = 0;
  const parsed = parseGed(imported.text, file, (row) => {
    if (++seen % 5000 === 0) options.progress?.('read', row.at.end, imported.text.length);
    const built = gedRecords(row, ctx, issues);
    if (!built) return;
    for (const u of built.unresolved) proposed.note(u.name, u.evidence, { country: u.country });
    changes.push({ kind: 'event', record: built.event }, { kind: 'claim', record: built.claim });
  });
  issues.unshift(...parsed.issues);
  return finishImport(store, { file, imported, rows: parsed.rows, issues, places, proposed, changes, method: UCDP_METHOD, at }, options);
}
