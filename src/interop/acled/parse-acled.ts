import { FaultlineError, type Issue } from '../../core/errors.js';
import { FieldReader } from '../csv/field-reader.js';
import { columnIndex, readCsv } from '../csv/read-csv.js';
import { AcledEventGroups } from './acled-groups.js';
import { acledLayout, type AcledLayout } from './acled-layout.js';
import { readAcledRow, type AcledRow } from './acled-row.js';

export interface AcledParseResult {
  layout: AcledLayout;
  /** Data rows read (the header and an HDX hashtag row not counted). */
  rows: number;
  /** Events handed on: as many as rows with one row per event, fewer with one row per actor. */
  events: number;
  issues: Issue[];
  /** Soft problems: rows read once because they repeat another word for word. */
  warnings: string[];
}

/**
 * Parses an ACLED export (normalised text) into events, each with every row that describes it: the
 * layout (one row per event, or ACLED's monadic one row per actor; current or older columns) is read
 * from the header. Malformed fields become issues located by file, line and column; events with
 * issues are not passed on. Throws when the header lacks a column every row needs.
 */
export function parseAcled(text: string, file: string, onEvent: (rows: AcledRow[], layout: AcledLayout) => void): AcledParseResult {
  const issues: Issue[] = [];
  let reader: FieldReader | undefined;
  let layout: AcledLayout | undefined;
  let groups: AcledEventGroups | undefined;
  let rows = 0;
  const shape = readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      const found = acledLayout(columns, file);
      if ('issues' in found) {
        const names = found.issues.map((i) => i.path).join(', ');
        throw new FaultlineError('invalid_input', `${file}: not an ACLED export: missing column(s) ${names}`, { issues: found.issues });
      }
      const read = found.layout;
      layout = read;
      reader = new FieldReader(columns, file, issues);
      groups = new AcledEventGroups(read, file, issues, (rows) => onEvent(rows, read));
    },
    (record) => {
      if (!reader || !layout || !groups) return;
      rows++;
      const before = issues.length;
      const row = readAcledRow(reader, record, layout);
      if (issues.length === before) groups.add(row);
    },
  );
  groups?.finish();
  if (!layout) throw new FaultlineError('invalid_input', `${file}: not an ACLED export: no header`);
  if (shape.hashtagLine !== undefined) layout.hashtagLine = shape.hashtagLine;
  return { layout, rows, events: groups?.events ?? 0, issues, warnings: groups?.warnings ?? [] };
}
