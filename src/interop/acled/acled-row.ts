import { alpha3Of, countryOfRow } from '../countries.js';
import { MAX_FATALITIES } from '../../core/model/event.js';
import { sha256Hex } from '../../core/text/normalise.js';
import type { FieldReader } from '../csv/field-reader.js';
import type { CsvRecord } from '../csv/read-csv.js';
import { parseAcledDate } from './acled-date.js';
import type { AcledLayout } from './acled-layout.js';

/** An ACLED row with its fields typed and checked; text fields are trimmed, empty ones (and `NA`) absent. */
export interface AcledRow {
  /** The event the row belongs to: `event_id_cnty`, else `<ISO alpha-3>-<event_id_no_cnty>`, else `data-<data_id>`. */
  id: string;
  date: string;
  timePrecision: 1 | 2 | 3;
  eventType: string;
  subEventType?: string;
  actor1?: string;
  /** Associated actors (`assoc_actor_1`, or 2016's `ally_actor_1`): on actor1's side. */
  assoc1: string[];
  inter1?: string;
  actor2?: string;
  assoc2: string[];
  inter2?: string;
  interaction?: string;
  civilianTargeting: boolean;
  country?: string;
  isoNumeric?: string;
  iso3?: string;
  gwno?: string;
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
  /** Where the row stands in the export (line, code-point offsets), for evidence and messages; with its text's hash when read from a file. */
  at: Pick<CsvRecord, 'line' | 'start' | 'end' | 'text'> & { sha256?: string };
}

const list = (value: string | undefined): string[] =>
  value === undefined
    ? []
    : value
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '' && s !== 'NA');

/** Reads one record of an ACLED file; malformed fields become issues through the reader. */
export function readAcledRow(r: FieldReader, record: CsvRecord, layout: AcledLayout): AcledRow {
  r.checkWidth(record);
  const dateText = r.required(record, 'event_date');
  const date = parseAcledDate(dateText);
  if (dateText && !date)
    r.fail(record, 'event_date', `expected a date like 2019-01-20, 20 January 2019, 9-May-20 or 20/01/2019 (day first), got ${JSON.stringify(dateText)}`);
  const latitude = r.number(record, 'latitude', -90, 90);
  const longitude = r.number(record, 'longitude', -180, 180);
  const country = { name: r.text(record, 'country'), isoNumeric: r.text(record, 'iso'), iso3: r.text(record, 'iso3'), gwno: r.text(record, 'gwno') };
  if (!country.name && !country.isoNumeric && !country.iso3 && !country.gwno) r.fail(record, 'country', 'must not be empty (nor iso, iso3 and gwno)');
  const row: AcledRow = {
    id: eventKey(r, record, layout, country),
    date: date ?? '',
    timePrecision: r.code(record, 'time_precision', [1, 2, 3] as const) ?? 1,
    eventType: r.required(record, 'event_type'),
    assoc1: list(r.text(record, 'assoc_actor_1') ?? r.text(record, 'ally_actor_1')),
    assoc2: list(r.text(record, 'assoc_actor_2') ?? r.text(record, 'ally_actor_2')),
    civilianTargeting: r.text(record, 'civilian_targeting') !== undefined,
    location: r.required(record, 'location'),
    geoPrecision: r.code(record, 'geo_precision', [1, 2, 3] as const) ?? 1,
    fatalities: r.count(record, 'fatalities', [], MAX_FATALITIES) ?? 0,
    // Hashed once here: the check for repeated rows and the claim's evidence both need it.
    at: { line: record.line, start: record.start, end: record.end, text: record.text, sha256: sha256Hex(record.text) },
  };
  const optional = {
    subEventType: r.text(record, 'sub_event_type'),
    actor1: r.text(record, 'actor1'),
    inter1: r.text(record, 'inter1'),
    actor2: r.text(record, 'actor2'),
    inter2: r.text(record, 'inter2'),
    interaction: r.text(record, 'interaction'),
    country: country.name,
    isoNumeric: country.isoNumeric,
    iso3: country.iso3,
    gwno: country.gwno,
    admin1: r.text(record, 'admin1'),
    admin2: r.text(record, 'admin2'),
    admin3: r.text(record, 'admin3'),
    source: r.text(record, 'source'),
    sourceScale: r.text(record, 'source_scale'),
    notes: r.text(record, 'notes'),
    tags: r.text(record, 'tags'),
    timestamp: r.text(record, 'timestamp'),
  };
  // A loop over keys rather than Object.entries: no pair is made for each of eighteen fields of a million rows.
  for (const key in optional) {
    const value = optional[key as keyof typeof optional];
    if (value !== undefined) (row as unknown as Record<string, unknown>)[key] = value;
  }
  if (latitude !== undefined && longitude !== undefined) {
    row.latitude = latitude;
    row.longitude = longitude;
  }
  return row;
}

/** The event a row belongs to; ids without a country prefix (`event_id_no_cnty`) are numbered per country, so they take its alpha-3 code. */
function eventKey(r: FieldReader, record: CsvRecord, layout: AcledLayout, country: Parameters<typeof countryOfRow>[0]): string {
  const id = r.required(record, layout.idColumn);
  if (layout.idColumn === 'event_id_cnty' || !id) return id;
  if (layout.idColumn === 'data_id') return `data-${id}`;
  const alpha2 = countryOfRow(country);
  const alpha3 = country.iso3?.toUpperCase() ?? (alpha2 ? alpha3Of(alpha2) : undefined);
  if (!alpha3) r.fail(record, 'event_id_no_cnty', 'an id without a country prefix needs a country that resolves');
  return `${alpha3 ?? 'XXX'}-${id}`;
}
