import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDatasetFile } from '../../core/dataset/canonical.js';
import { DATASET_FILES, RECORD_KINDS } from '../../core/dataset/kinds.js';
import type { ReadOptions, Store } from '../../core/store-port.js';

/** Writes the database (or its state as recorded at an instant) as a canonical dataset folder. */
export async function dumpDataset(store: Store, dir: string, options: ReadOptions = {}): Promise<Record<string, number>> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const kind of RECORD_KINDS) {
    const records = await store.list(kind, options);
    writeFileSync(join(dir, DATASET_FILES[kind]), formatDatasetFile(kind, records));
    counts[kind] = records.length;
  }
  return counts;
}
