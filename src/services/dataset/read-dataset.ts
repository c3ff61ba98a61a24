import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetRecords } from '../../core/dataset/check-references.js';
import { DATASET_FILES, RECORD_KINDS } from '../../core/dataset/kinds.js';
import { parseDatasetFile } from '../../core/dataset/parse-lines.js';
import { FaultlineError, type Issue } from '../../core/errors.js';

/** Reads and parses every file of a dataset folder; missing files count as empty. */
export function readDataset(dir: string): { records: DatasetRecords; issues: Issue[] } {
  if (!existsSync(dir)) throw new FaultlineError('not_found', `dataset folder not found: ${dir}`);
  const records = {} as DatasetRecords;
  const issues: Issue[] = [];
  for (const kind of RECORD_KINDS) {
    const file = join(dir, DATASET_FILES[kind]);
    if (!existsSync(file)) {
      records[kind] = [];
      continue;
    }
    const parsed = parseDatasetFile(kind, file, readFileSync(file, 'utf8'));
    records[kind] = parsed.records;
    issues.push(...parsed.issues);
  }
  return { records, issues };
}
