import { CsvError, parse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { FaultlineError, type Issue } from '../../core/errors.js';
import { CodePointIndex } from '../../core/text/normalise.js';
import { isQuotedRecord } from './quoted-record.js';

/** One CSV record with where it stands in the normalised text, so a claim can cite it. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts. */
  line: number;
  /** Code-point offsets of the record in the normalised text, without its line end (T2). */
  start: number;
  end: number;
  /** The record's text (the cited passage). */
  text: string;
}

/** What the reader found about the file's shape beyond its records. */
export interface CsvShape {
  /** The line of an HXL hashtag row (`#date`, `#country` …) under the header, which HDX adds and the reader passes over. */
  hashtagLine?: number;
}

/** HDX's copies carry a second header of HXL hashtags: every non-empty field starts with `#`. */
function isHashtagRow(record: readonly string[]): boolean {
  const filled = record.map((f) => f.trim()).filter((f) => f !== '');
  return filled.length > 0 && filled.every((f) => /^#[a-z]/i.test(f));
}

/**
 * Reads CSV text that is already in normal form (T1: no BOM, LF line ends), calling `onRecord` for
 * each record after the header, in order. Papaparse splits the records (ten times faster than
 * csv-parse on a million-row export); malformed quoting becomes a coded error naming file and line,
 * as csv-parse words it (see malformed). An HXL hashtag row right under the header is passed over
 * and its line returned.
 */
export function readCsv(text: string, file: string, onHeader: (header: string[]) => void, onRecord: (record: CsvRecord) => void): CsvShape {
  const index = new CodePointIndex(text);
  const shape: CsvShape = {};
  let unit = 0;
  let line = 1;
  let first = true;
  let second = true;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    step: ({ data: record, errors, meta }) => {
      const startUnit = unit;
      if (meta.cursor <= startUnit) return; // the empty record papaparse reports after a final line break
      const raw = text.slice(startUnit, meta.cursor);
      const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
      if (errors.length > 0 || (body.includes('"') && !isQuotedRecord(body))) throw malformed(text, file, line);
      const startLine = line;
      unit = meta.cursor;
      line += countNewlines(raw);
      if (first) {
        first = false;
        onHeader(record.map((h) => h.trim()));
        return;
      }
      if (record.length === 1 && record[0] === '') return;
      if (second) {
        second = false;
        if (isHashtagRow(record)) {
          shape.hashtagLine = startLine;
          return;
        }
      }
      onRecord({ fields: record, line: startLine, start: index.toCodePoint(startUnit), end: index.toCodePoint(startUnit + body.length), text: body });
    },
  });
  return shape;
}

/**
 * The error for a file whose quoting is malformed at or after `line`: csv-parse reads the file again
 * to word it and place it (the same words the import has always given), and the line papaparse
 * stopped at is kept should csv-parse accept what the stricter check above refused.
 */
function malformed(text: string, file: string, line: number): FaultlineError {
  let found: { line: number; message: string } = { line, message: 'malformed CSV: a quote inside a field that is not quoted, or text after a closing quote' };
  try {
    parse(text, { relax_column_count: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    found = { line: (error as CsvError & { lines?: number }).lines ?? line, message: `malformed CSV: ${error.message}` };
  }
  const issue: Issue = { code: 'invalid_input', file, line: found.line, message: found.message };
  return new FaultlineError('invalid_input', `${file}: malformed CSV`, { issues: [issue] });
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Field positions by lower-case column name. */
export function columnIndex(header: readonly string[]): Map<string, number> {
  return new Map(header.map((name, i) => [name.toLowerCase(), i]));
}
