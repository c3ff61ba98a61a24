import { CsvError, parse } from 'csv-parse/sync';
import { FaultlineError, type Issue } from '../../core/errors.js';
import { CodePointIndex } from '../../core/text/normalise.js';

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
 * each record after the header, in order. Quoted commas and line breaks are handled by csv-parse;
 * malformed quoting becomes a coded error naming file and line. An HXL hashtag row right under the
 * header is passed over and its line returned.
 */
export function readCsv(text: string, file: string, onHeader: (header: string[]) => void, onRecord: (record: CsvRecord) => void): CsvShape {
  const index = new CodePointIndex(text);
  const shape: CsvShape = {};
  let unit = 0;
  let line = 1;
  let first = true;
  let second = true;
  try {
    parse(text, {
      raw: true,
      relax_column_count: true,
      on_record: (value: unknown, context: { raw?: string | undefined }) => {
        // With `raw`, csv-parse hands on_record { record, raw } although its types say string[].
        const record = Array.isArray(value) ? (value as string[]) : (value as { record: string[] }).record;
        const raw = context.raw ?? '';
        // csv-parse hands back each record's raw text; keep a running position to locate it.
        const at = text.startsWith(raw, unit) ? unit : text.indexOf(raw, unit);
        const startUnit = at < 0 ? unit : at;
        const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
        const startLine = line;
        unit = startUnit + raw.length;
        line += countNewlines(raw);
        if (first) {
          first = false;
          onHeader(record.map((h) => h.trim()));
          return null;
        }
        if (record.length === 1 && record[0] === '') return null;
        if (second) {
          second = false;
          if (isHashtagRow(record)) {
            shape.hashtagLine = startLine;
            return null;
          }
        }
        onRecord({ fields: record, line: startLine, start: index.toCodePoint(startUnit), end: index.toCodePoint(startUnit + body.length), text: body });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      const issue: Issue = {
        code: 'invalid_input',
        file,
        line: (error as CsvError & { lines?: number }).lines ?? line,
        message: `malformed CSV: ${error.message}`,
      };
      throw new FaultlineError('invalid_input', `${file}: malformed CSV`, { issues: [issue], cause: error });
    }
    throw error;
  }
  return shape;
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
