import { FaultlineError, type Issue } from '../../core/errors.js';
import { MAX_FATALITIES } from '../../core/model/event.js';
import { sha256Hex } from '../../core/text/normalise.js';
import { FieldReader } from '../csv/field-reader.js';
import type { CsvRecord } from '../csv/read-csv.js';
import { columnIndex, readCsv } from '../csv/read-csv.js';
import { RowIds } from '../csv/row-ids.js';
import { GED_REQUIRED, GED_UNKNOWN } from './ged-columns.js';

/** A GED row, typed and checked. */
export interface GedRow {
  id: string;
  violence: 1 | 2 | 3;
  conflictName?: string;
  dyadName?: string;
  sideA: string;
  sideB: string;
  sourceOffice?: string;
  sourceDate?: string;
  /** Absent when UCDP did not record it (-1 or empty). */
  sources?: number;
  /** Absent when not recorded: read as the least precise. */
  wherePrec?: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  where?: string;
  adm1?: string;
  adm2?: string;
  latitude?: number;
  longitude?: number;
  country: string;
  /** UCDP's country_id: a Gleditsch–Ward number, a fallback when the name does not resolve. */
  countryId?: string;
  /** Absent when not recorded: read as the lower clarity. */
  clarity?: 1 | 2;
  datePrec?: 1 | 2 | 3 | 4 | 5;
  start: string;
  end: string;
  low: number;
  best: number;
  high: number;
  at: Pick<CsvRecord, 'line' | 'start' | 'end' | 'text'>;
}

const day = (text: string | undefined) => (text && /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : undefined);

/** What reading a GED file found: its rows, their problems, and an HDX hashtag row passed over. */
export interface GedParseResult {
  rows: number;
  /** Rows handed on: a row repeating another word for word is read once. */
  events: number;
  issues: Issue[];
  /** Soft problems: rows read once because they repeat another word for word. */
  warnings: string[];
  layout: string;
}

/**
 * Parses a GED CSV (normalised text) row by row; malformed fields become file:line:field issues.
 * Columns are found by name, so the layouts of GED 19.1 to the current release and HDX's copy (with a
 * row of HXL hashtags under the header) read the same; -1 and empty read as "not recorded" where UCDP
 * writes them so.
 */
export function parseGed(text: string, file: string, onRow: (row: GedRow) => void): GedParseResult {
  const issues: Issue[] = [];
  const warnings: string[] = [];
  const ids = new RowIds();
  let reader: FieldReader | undefined;
  let rows = 0;
  let events = 0;
  const shape = readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      const missing = GED_REQUIRED.filter((c) => !columns.has(c));
      if (missing.length > 0)
        throw new FaultlineError('invalid_input', `${file}: not a UCDP GED export: missing column(s) ${missing.join(', ')}`, {
          issues: missing.map((c) => ({ code: 'invalid_input' as const, file, line: 1, path: c, message: 'missing column' })),
        });
      reader = new FieldReader(columns, file, issues);
    },
    (record) => {
      if (!reader) return;
      rows++;
      const before = issues.length;
      const r = reader;
      r.checkWidth(record);
      const unknown = (column: string) => GED_UNKNOWN[column] ?? [];
      const start = day(r.required(record, 'date_start'));
      const end = day(r.required(record, 'date_end'));
      if (!start) r.fail(record, 'date_start', 'expected a date like 2017-06-18');
      if (!end) r.fail(record, 'date_end', 'expected a date like 2017-06-18');
      const latitude = r.number(record, 'latitude', -90, 90);
      const longitude = r.number(record, 'longitude', -180, 180);
      const best = r.count(record, 'best', [], MAX_FATALITIES) ?? 0;
      if (r.text(record, 'best') === undefined) r.fail(record, 'best', 'must not be empty');
      const violence = r.code(record, 'type_of_violence', [1, 2, 3] as const);
      if (violence === undefined && r.text(record, 'type_of_violence') === undefined) r.fail(record, 'type_of_violence', 'must not be empty');
      const row: GedRow = {
        id: r.required(record, 'id'),
        violence: violence ?? 1,
        sideA: r.required(record, 'side_a'),
        sideB: r.required(record, 'side_b'),
        country: r.required(record, 'country'),
        start: start ?? '',
        end: end ?? '',
        best,
        low: r.count(record, 'low', unknown('low'), MAX_FATALITIES) ?? best,
        high: r.count(record, 'high', unknown('high'), MAX_FATALITIES) ?? best,
        at: { line: record.line, start: record.start, end: record.end, text: record.text },
      };
      if (row.low > row.best) r.fail(record, 'low', `low ${row.low} exceeds best ${row.best}`);
      if (row.best > row.high) r.fail(record, 'high', `high ${row.high} is below best ${row.best}`);
      if (start && end && end < start) r.fail(record, 'date_end', `date_end ${end} precedes date_start ${start}`);
      const optional: Partial<GedRow> = {};
      const set = <K extends keyof GedRow>(key: K, value: GedRow[K] | undefined) => {
        if (value !== undefined) optional[key] = value;
      };
      set('conflictName', r.text(record, 'conflict_name'));
      set('dyadName', r.text(record, 'dyad_name'));
      set('sourceOffice', r.text(record, 'source_office'));
      set('sourceDate', r.text(record, 'source_date'));
      set('where', r.text(record, 'where_coordinates'));
      set('adm1', r.text(record, 'adm_1'));
      set('adm2', r.text(record, 'adm_2'));
      set('countryId', r.text(record, 'country_id'));
      set('sources', r.count(record, 'number_of_sources', unknown('number_of_sources')));
      set('wherePrec', r.code(record, 'where_prec', [1, 2, 3, 4, 5, 6, 7] as const, unknown('where_prec')));
      set('clarity', r.code(record, 'event_clarity', [1, 2] as const, unknown('event_clarity')));
      set('datePrec', r.code(record, 'date_prec', [1, 2, 3, 4, 5] as const, unknown('date_prec')));
      if (latitude !== undefined && longitude !== undefined) Object.assign(optional, { latitude, longitude });
      if (issues.length > before || !row.id) return;
      // One event per id: a repeated row is read once, another row with the same id (or one differing only in case or punctuation) is a problem.
      const seen = ids.note(row.id, record.line, sha256Hex(record.text));
      if (seen.kind === 'repeat') warnings.push(`${file}:${record.line}: repeats line ${seen.line} (event ${row.id}) word for word; read once`);
      else if (seen.kind === 'clash')
        r.fail(record, 'id', `event ${row.id} is already on line ${seen.line} with other values; a GED file lists each event once`);
      else if (seen.kind === 'near') r.fail(record, 'id', `event ${row.id} differs only in case or punctuation from event ${seen.id} on line ${seen.line}`);
      else {
        events++;
        onRow({ ...row, ...optional });
      }
    },
  );
  return {
    rows,
    events,
    issues,
    warnings,
    layout: shape.hashtagLine === undefined ? 'GED' : `GED (HDX, hashtag row on line ${shape.hashtagLine} passed over)`,
  };
}
