import type { Issue } from '../errors.js';
import type { RecordKind } from './kinds.js';
import { RECORD_SCHEMAS } from './record-schemas.js';
import { recordIssues } from './record-issues.js';

/** A record with where it came from, so every later problem can name file and line. */
export interface Located<T> {
  record: T;
  file: string;
  line: number;
}

/** Parses a JSON Lines file of one kind; returns the valid records and an issue per bad line or field. */
export function parseDatasetFile(kind: RecordKind, file: string, text: string): { records: Located<{ id: string }>[]; issues: Issue[] } {
  const records: Located<{ id: string }>[] = [];
  const issues: Issue[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      issues.push({ code: 'invalid_input', file, line, message: `malformed JSON: ${(error as Error).message}` });
      return;
    }
    const parsed = RECORD_SCHEMAS[kind].safeParse(json);
    if (!parsed.success) {
      issues.push(...recordIssues(kind, json, { file, line }));
      return;
    }
    records.push({ record: parsed.data, file, line });
  });
  return { records, issues };
}
