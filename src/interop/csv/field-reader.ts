import type { Issue } from '../../core/errors.js';
import type { CsvRecord } from './read-csv.js';
import { unescapeCell } from './spreadsheet-safe.js';

const asWritten = (cell: string) => cell;

/** What a cell holds when it holds nothing: empty, or R's `NA` (files written by R's write.csv). */
export function isEmptyCell(value: string | undefined): boolean {
  return value === undefined || value === '' || value === 'NA';
}

/**
 * Reads the fields of a record by column name, collecting an issue (file:line:field) for each
 * malformed one. Text is trimmed; an empty cell or `NA` reads as absent in every column. A text cell
 * escaped against spreadsheet formulas (`'=…`, `'-…`, written by our exports) loses its apostrophe;
 * numbers and codes are read as written, so `'-3` is never a number.
 */
export class FieldReader {
  private readonly width: number;

  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly file: string,
    private readonly issues: Issue[],
  ) {
    // A loop, not Math.max(...): a header of a few hundred thousand columns would overflow the stack.
    let widest = -1;
    for (const i of columns.values()) widest = Math.max(widest, i);
    this.width = widest + 1;
  }

  has(column: string): boolean {
    return this.columns.has(column);
  }

  text(record: CsvRecord, column: string): string | undefined {
    const value = this.cell(record, column, unescapeCell);
    return isEmptyCell(value) ? undefined : value;
  }

  private raw(record: CsvRecord, column: string): string | undefined {
    const value = this.cell(record, column, asWritten);
    return isEmptyCell(value) ? undefined : value;
  }

  private cell(record: CsvRecord, column: string, read: (cell: string) => string): string | undefined {
    const i = this.columns.get(column);
    const cell = i === undefined ? undefined : record.fields[i];
    return cell === undefined ? undefined : read(cell).trim();
  }

  required(record: CsvRecord, column: string): string {
    const value = this.text(record, column);
    if (value === undefined) this.fail(record, column, 'must not be empty');
    return value ?? '';
  }

  /** A whole number up to `max`; `unknown` lists the values a dataset writes for "not recorded" (UCDP: -1). */
  count(record: CsvRecord, column: string, unknown: readonly string[] = [], max = Number.MAX_SAFE_INTEGER): number | undefined {
    const value = this.raw(record, column);
    if (value === undefined || unknown.includes(value)) return undefined;
    const n = Number(value);
    if (!/^\d+(\.0+)?$/.test(value) || n > max) {
      this.fail(record, column, `expected a whole number from 0 to ${max}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return n;
  }

  number(record: CsvRecord, column: string, min: number, max: number): number | undefined {
    const value = this.raw(record, column);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value) || n < min || n > max) {
      this.fail(record, column, `expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return n;
  }

  /** One of a few numeric codes; absent (or one of `unknown`) reads as undefined. */
  code<T extends number>(record: CsvRecord, column: string, allowed: readonly T[], unknown: readonly string[] = []): T | undefined {
    const value = this.raw(record, column);
    if (value === undefined || unknown.includes(value)) return undefined;
    const n = Number(value) as T;
    if (!/^\d+(\.0+)?$/.test(value) || !allowed.includes(n)) {
      this.fail(record, column, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return n;
  }

  /** A record with more non-empty fields than the header has columns lost its alignment (an unquoted comma). */
  checkWidth(record: CsvRecord): void {
    if (record.fields.length <= this.width) return;
    if (record.fields.slice(this.width).some((f) => f.trim() !== ''))
      this.fail(record, '', `the row has ${record.fields.length} fields but the header names ${this.width}: a field may hold an unquoted comma`);
  }

  fail(record: CsvRecord, column: string, message: string): void {
    this.issues.push({ code: 'invalid_input', file: this.file, line: record.line, ...(column ? { path: column } : {}), message });
  }
}
