import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetRecords } from '../../core/dataset/check-references.js';
import { DATASET_FILES, RECORD_KINDS } from '../../core/dataset/kinds.js';
import { parseDatasetFile } from '../../core/dataset/parse-lines.js';
import { FaultlineError, type Issue } from '../../core/errors.js';
import { decodeDatasetFile } from './decode-dataset-file.js';

/** Reads and parses every file of a dataset folder; missing files count as empty, bytes that are not UTF-8 are a problem. */
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
    const decoded = decodeDatasetFile(file, readFileSync(file));
    const parsed = parseDatasetFile(kind, file, decoded.text);
    records[kind] = parsed.records;
    // Loops, not push(...): a file with a problem on every one of a million lines would overflow the stack.
    for (const issue of decoded.issues) issues.push(issue);
    for (const issue of parsed.issues) issues.push(issue);
  }
  return { records, issues };
}
