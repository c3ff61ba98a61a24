import type { Issue } from '../../core/errors.js';
import type { Source } from '../../core/model/source.js';
import type { Store } from '../../core/store-port.js';
import { countryCode } from '../../interop/countries.js';
import { PlaceIndex } from '../../interop/place-index.js';
import type { ImportOptions } from './finish-import.js';
import { actorNameIndex, readImportedFile } from './import-source.js';
import { ImportedEvents } from './imported-events.js';
import { ProposedNames } from './proposed-actors.js';

/**
 * What every event import starts from: the export registered as a source, the indexes that resolve
 * its actor and place names, and the row context the format's record builder reads.
 */
export async function startImport(
  store: Store,
  file: string,
  options: ImportOptions,
  format: { prefix: string; label: string; method: string; meta: Partial<Omit<Source, 'id'>> & Pick<Source, 'reliability' | 'reliabilityReason'> },
) {
  const imported = await readImportedFile(
    store,
    file,
    { ...format.meta, title: `${format.label} export ${file.split(/[\\/]/).pop() ?? file}` },
    options.encoding ? { encoding: options.encoding } : {},
  );
  const at = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  const actors = await actorNameIndex(store, options.mapping);
  const places = new PlaceIndex(await store.list('place'), format.prefix, format.label);
  const ctx = {
    file,
    sourceId: imported.source.id,
    by: options.by,
    at,
    country: countryCode,
    actor: (name: string) => actors.resolve(name),
    place: (location: Parameters<PlaceIndex['resolve']>[0]) => places.resolve(location),
  };
  const events = new ImportedEvents({ source: imported.source.id, method: format.method, by: options.by, at });
  return { imported, places, ctx, proposed: new ProposedNames(format.prefix), issues: [] as Issue[], events };
}
