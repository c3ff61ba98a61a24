import type { Store, WriteSummary } from '../../core/store-port.js';
import type { ChangeList } from './imported-events.js';

/** Progress of a long import: which phase, how far, out of how much. */
export type ProgressReport = (phase: 'read' | 'write' | 'index', done: number, total: number) => void;

/**
 * Writes changes in batches of `size`, reporting progress, inside the store's `bulk` when it has one
 * (all batches remain or none). Everything was checked before the first batch, and writing is
 * idempotent (H2), so an import interrupted on a store without `bulk` is finished by re-running it.
 */
export async function writeInBatches(store: Store, changes: ChangeList, by: string, progress?: ProgressReport, size = 20_000): Promise<WriteSummary> {
  const writeAll = async (): Promise<WriteSummary> => {
    const total: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt: '' };
    for (let i = 0; i < changes.length; i += size) {
      const summary = await store.write(changes.slice(i, i + size), { by, trusted: true });
      total.inserted += summary.inserted;
      total.updated += summary.updated;
      total.unchanged += summary.unchanged;
      total.recordedAt ||= summary.recordedAt;
      progress?.('write', Math.min(changes.length, i + size), changes.length);
    }
    // What follows the last batch: on a bulk path, building the indexes again.
    progress?.('index', 0, changes.length);
    return total;
  };
  const total = await (store.bulk ? store.bulk(changes.length, writeAll) : writeAll());
  progress?.('index', changes.length, changes.length);
  return total;
}

/** Counts of what a write did to one kind of record. */
export interface KindSummary {
  inserted: number;
  updated: number;
  unchanged: number;
}
