import type { RecordKind } from '../../core/dataset/kinds.js';
import { FaultlineError } from '../../core/errors.js';
import type { RecordOf, Store } from '../../core/store-port.js';
import type { ExportRecords } from '../../interop/export/publishable.js';
import { dumpDataset } from '../dataset/dump-dataset.js';

const LISTS: Record<RecordKind, keyof ExportRecords> = {
  source: 'sources',
  actor: 'actors',
  place: 'places',
  relation: 'relations',
  event: 'events',
  claim: 'claims',
};

/**
 * A read-only view of published records that `dumpDataset` can write from: the dataset export is
 * the dump of what may be published, in the same canonical form.
 */
function publishedView(records: ExportRecords): Store {
  const refuse = async (): Promise<never> => {
    throw new FaultlineError('internal', 'the published view only lists records');
  };
  return {
    list: async <K extends RecordKind>(kind: K) => records[LISTS[kind]] as unknown as RecordOf<K>[],
    write: refuse,
    get: refuse,
    history: refuse,
    claims: refuse,
    relationsBetween: refuse,
    events: refuse,
    relationsOf: refuse,
    filterEvents: refuse,
    aggregateEvents: refuse,
    aggregateEventSpans: refuse,
    bulk: refuse,
    retire: refuse,
    changeMark: refuse,
    searchActors: refuse,
    putSourceText: refuse,
    getSourceText: refuse,
    counts: refuse,
    close: async () => undefined,
  };
}

/** Writes published records as a Faultline dataset folder (reusing `dumpDataset`). */
export function exportDataset(records: ExportRecords, dir: string): Promise<Record<string, number>> {
  return dumpDataset(publishedView(records), dir);
}
