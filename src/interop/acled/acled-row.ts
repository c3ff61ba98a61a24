import type { Issue } from '../../core/errors.js';
import type { CsvRecord } from '../csv/read-csv.js';

/** An ACLED row with its fields typed and checked; text fields are trimmed, empty ones absent. */
export interface AcledRow {
  id: string;
  date: string;
  timePrecision: 1 | 2 | 3;
  eventType: string;
  subEventType?: string;
  actor1?: string;
  assoc1: string[];
  inter1?: string;
  actor2?: string;
  assoc2: string[];
  inter2?: string;
  civilianTargeting: boolean;
  country: string;
  iso3?: string;
  admin1?: string;
  admin2?: string;
  admin3?: string;
  location: string;
  latitude?: number;
  longitude?: number;
  geoPrecision: 1 | 2 | 3;
  source?: string;
  sourceScale?: string;
  notes?: string;
  fatalities: number;
  tags?: string;
  timestamp?: string;
  /** Where the row stands in the export (line, code-point offsets), for evidence and messages. */
  at: Pick<CsvRecord, 'line' | 'start' | 'end' | 'text'>;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED dates: ISO `2019-01-20` (current) or `20 January 2019` / `20-January-2019` (older exports). */
export function parseAcledDate(text: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const long = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(text);
  if (long) {
    const month = MONTHS.findIndex((m) => m.startsWith((long[2] ?? '').toLowerCase()) && (long[2] ?? '').length >= 3);
    if (month >= 0) return validDay(Number(long[3]), month + 1, Number(long[1]));
  }
  return undefined;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads one field of a row, collecting an issue (file:line:field) when it is malformed. */
export class FieldReader {
  constructor(
    private readonly columns: ReadonlyMap<string, number>,
    private readonly file: string,
    private readonly issues: Issue[],
  ) {}

  text(record: CsvRecord, column: string): string | undefined {
    const i = this.columns.get(column);
    const value = i === undefined ? undefined : record.fields[i]?.trim();
    return value === '' ? undefined : value;
  }

  required(record: CsvRecord, column: string): string {
    const value = this.text(record, column);
    if (value === undefined) this.fail(record, column, 'must not be empty');
    return value ?? '';
  }

  count(record: CsvRecord, column: string): number {
    const value = this.text(record, column);
    if (value === undefined) return 0;
    if (!/^\d+$/.test(value)) {
      this.fail(record, column, `expected a whole number, got ${JSON.stringify(value)}`);
      return 0;
    }
    return Number(value);
  }

  number(record: CsvRecord, column: string, min: number, max: number): number | undefined {
    const value = this.text(record, column);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!/^-?\d+(\.\d+)?$/.test(value) || n < min || n > max) {
      this.fail(record, column, `expected a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
      return undefined;
    }
    return n;
  }

  code<T extends number>(record: CsvRecord, column: string, allowed: readonly T[], fallback: T): T {
    const value = this.text(record, column);
    if (value === undefined) return fallback;
    const n = Number(value) as T;
    if (!allowed.includes(n)) {
      this.fail(record, column, `expected one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
      return fallback;
    }
    return n;
  }

  fail(record: CsvRecord, column: string, message: string): void {
    this.issues.push({ code: 'invalid_input', file: this.file, line: record.line, path: column, message });
  }
}
