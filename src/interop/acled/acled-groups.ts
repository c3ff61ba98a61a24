import type { Issue } from '../../core/errors.js';
import { sha256Hex } from '../../core/text/normalise.js';
import { RowIds } from '../csv/row-ids.js';
import type { AcledLayout } from './acled-layout.js';
import type { AcledRow } from './acled-row.js';

/** Fields every row of one event must agree on in the monadic layout (only the actor columns differ). */
const EVENT_FIELDS = [
  'date',
  'timePrecision',
  'eventType',
  'subEventType',
  'country',
  'location',
  'latitude',
  'longitude',
  'geoPrecision',
  'fatalities',
] as const;

const COLUMN_OF: Record<(typeof EVENT_FIELDS)[number], string> = {
  date: 'event_date',
  timePrecision: 'time_precision',
  eventType: 'event_type',
  subEventType: 'sub_event_type',
  country: 'country',
  location: 'location',
  latitude: 'latitude',
  longitude: 'longitude',
  geoPrecision: 'geo_precision',
  fatalities: 'fatalities',
};

/**
 * Gathers an export's rows into events, never letting one row overwrite another. With one row per
 * event, each row is an event at once; a row repeating an earlier one word for word is read once
 * (with a warning), and another row with the same id is a problem. With one row per actor, the rows
 * of an event may stand anywhere in the file, so events are handed on at the end, each with all its
 * rows; rows of one event that disagree outside the actor columns are a problem. In both, ids that
 * differ only in case or punctuation (`MLI9001`, `mli-9001`) are a problem naming both lines.
 */
export class AcledEventGroups {
  private readonly ids = new RowIds();
  private readonly groups = new Map<string, AcledRow[]>();
  readonly warnings: string[] = [];
  events = 0;

  constructor(
    private readonly layout: AcledLayout,
    private readonly file: string,
    private readonly issues: Issue[],
    private readonly onEvent: (rows: AcledRow[]) => void,
  ) {}

  add(row: AcledRow): void {
    const seen = this.ids.note(row.id, row.at.line, row.at.sha256 ?? sha256Hex(row.at.text));
    if (seen.kind === 'near') {
      this.problem(row, `event ${row.id} differs only in case or punctuation from event ${seen.id} on line ${seen.line}; give each event one id`);
      return;
    }
    if (this.layout.rowsPer === 'actor') {
      const rows = this.groups.get(row.id);
      if (rows) rows.push(row);
      else this.groups.set(row.id, [row]);
      return;
    }
    if (seen.kind === 'first') {
      this.events++;
      this.onEvent([row]);
    } else if (seen.kind === 'repeat') this.warnings.push(`${this.file}:${row.at.line}: repeats line ${seen.line} (event ${row.id}) word for word; read once`);
    else this.problem(row, `event ${row.id} is already on line ${seen.line} with other values; a file with one row per event lists each event once`);
  }

  private problem(row: AcledRow, message: string): void {
    this.issues.push({ code: 'invalid_input', file: this.file, line: row.at.line, path: this.layout.idColumn, message });
  }

  /** Hands on the events held back (one row per actor), in the order they first appear. */
  finish(): void {
    for (const rows of this.groups.values()) {
      const [first, ...rest] = rows;
      if (!first) continue;
      const before = this.issues.length;
      for (const row of rest)
        for (const field of EVENT_FIELDS)
          if (row[field] !== first[field])
            this.issues.push({
              code: 'invalid_input',
              file: this.file,
              line: row.at.line,
              path: COLUMN_OF[field],
              message: `${JSON.stringify(String(row[field] ?? ''))} differs from ${JSON.stringify(String(first[field] ?? ''))} on line ${first.at.line}, another row of event ${row.id}`,
            });
      if (this.issues.length > before) continue;
      this.events++;
      this.onEvent(rows);
    }
    this.groups.clear();
  }
}
