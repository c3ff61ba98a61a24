import { FaultlineError, type Issue } from '../../core/errors.js';
import { columnIndex, readCsv, type CsvRecord } from '../csv/read-csv.js';
import { ACLED_REQUIRED } from './acled-columns.js';
import { FieldReader, parseAcledDate, type AcledRow } from './acled-row.js';

export interface AcledParseResult {
  /** `current` for the 31-column layout, `legacy` when the older id columns are present. */
  layout: 'current' | 'legacy';
  rows: number;
  issues: Issue[];
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Parses an ACLED export (normalised text) row by row. Malformed fields become issues located by
 * file, line and column; rows with issues are not passed on. Throws when the header lacks a column
 * every row needs.
 */
export function parseAcled(text: string, file: string, onRow: (row: AcledRow) => void): AcledParseResult {
  const issues: Issue[] = [];
  let columns = new Map<string, number>();
  let reader: FieldReader | undefined;
  let rows = 0;
  readCsv(
    text,
    file,
    (header) => {
      columns = columnIndex(header);
      const missing = ACLED_REQUIRED.filter((c) => !columns.has(c));
      if (missing.length > 0) {
        throw new FaultlineError('invalid_input', `${file}: not an ACLED export: missing column(s) ${missing.join(', ')}`, {
          issues: missing.map((c) => ({ code: 'invalid_input' as const, file, line: 1, path: c, message: 'missing column' })),
        });
      }
      reader = new FieldReader(columns, file, issues);
    },
    (record) => {
      if (!reader) return;
      rows++;
      const row = readRow(reader, record, issues.length);
      if (row && issues.length === row.issuesBefore) onRow(row.row);
    },
  );
  return { layout: columns.has('event_id_no_cnty') || columns.has('iso3') || columns.has('data_id') ? 'legacy' : 'current', rows, issues };
}

function readRow(r: FieldReader, record: CsvRecord, issuesBefore: number): { row: AcledRow; issuesBefore: number } | undefined {
  const dateText = r.required(record, 'event_date');
  const date = parseAcledDate(dateText);
  if (dateText && !date) r.fail(record, 'event_date', `expected a date like 2019-01-20 or 20 January 2019, got ${JSON.stringify(dateText)}`);
  const latitude = r.number(record, 'latitude', -90, 90);
  const longitude = r.number(record, 'longitude', -180, 180);
  const opt = (column: string) => r.text(record, column);
  const row: AcledRow = {
    id: r.required(record, 'event_id_cnty'),
    date: date ?? '',
    timePrecision: r.code(record, 'time_precision', [1, 2, 3] as const, 1),
    eventType: r.required(record, 'event_type'),
    assoc1: list(opt('assoc_actor_1')),
    assoc2: list(opt('assoc_actor_2')),
    civilianTargeting: (opt('civilian_targeting') ?? '') !== '',
    country: r.required(record, 'country'),
    location: r.required(record, 'location'),
    geoPrecision: r.code(record, 'geo_precision', [1, 2, 3] as const, 1),
    fatalities: r.count(record, 'fatalities'),
    at: { line: record.line, start: record.start, end: record.end, text: record.text },
  };
  const optional = {
    subEventType: opt('sub_event_type'),
    actor1: opt('actor1'),
    inter1: opt('inter1'),
    actor2: opt('actor2'),
    inter2: opt('inter2'),
    iso3: opt('iso3'),
    admin1: opt('admin1'),
    admin2: opt('admin2'),
    admin3: opt('admin3'),
    source: opt('source'),
    sourceScale: opt('source_scale'),
    notes: opt('notes'),
    tags: opt('tags'),
    timestamp: opt('timestamp'),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
  if (latitude !== undefined && longitude !== undefined) {
    row.latitude = latitude;
    row.longitude = longitude;
  }
  return { row, issuesBefore };
}
