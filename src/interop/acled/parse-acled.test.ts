import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../core/text/normalise.js';
import type { AcledRow } from './acled-row.js';
import { parseAcled } from './parse-acled.js';

const fixture = (name: string) => normaliseText(readFileSync(`test/fixtures/interop/${name}`, 'utf8'));

function rowsOf(name: string) {
  const text = fixture(name);
  const rows: AcledRow[] = [];
  const result = parseAcled(text, name, (row) => rows.push(row));
  return { text, rows, result };
}

describe('ACLED reader', () => {
  it('reads the 31-column export with a BOM, CRLF ends, quoted commas and line breaks', () => {
    const { rows, result } = rowsOf('acled-current.csv');
    expect(result.layout).toBe('current');
    expect(result.issues).toEqual([]);
    expect(rows.map((r) => r.id)).toEqual(['MLI9001', 'MLI9002', 'MLI9003', 'MLI9004']);
    expect(rows[0]?.notes).toContain('north of the town, the patrol');
    expect(rows[1]?.notes).toContain('\n');
    expect(rows[1]?.assoc2).toEqual(['Fulani Ethnic Group (Mali)']);
    expect(rows[3]?.notes).toContain('"security, water, and roads"');
  });

  it('locates every row by code-point offsets and line, for evidence (T2)', () => {
    const { text, rows } = rowsOf('acled-current.csv');
    for (const row of rows) {
      expect(text.slice(row.at.start, row.at.end)).toBe(row.at.text);
      expect(row.at.text.startsWith(row.id)).toBe(true);
    }
    expect(rows.map((r) => r.at.line)).toEqual([2, 3, 5, 6]);
  });

  it('leaves coordinates out when the row has none', () => {
    const { rows } = rowsOf('acled-current.csv');
    expect(rows[1]?.latitude).toBeUndefined();
    expect(rows[0]).toMatchObject({ latitude: 18.4411, longitude: 1.4078, geoPrecision: 1, timePrecision: 1, fatalities: 4 });
  });

  it('reads older exports (data_id, event_id_no_cnty, iso3; long dates; numeric inter codes; no sub-event type)', () => {
    const { rows, result } = rowsOf('acled-legacy.csv');
    expect(result.layout).toBe('legacy');
    expect(result.issues).toEqual([]);
    expect(rows.map((r) => [r.id, r.date, r.inter1, r.iso3])).toEqual([
      ['MLI9001', '2017-06-18', '3', 'MLI'],
      ['BFO5001', '2016-07-03', '2', 'BFA'],
    ]);
  });

  it('names file, line and field for a fatality count that is not a number', () => {
    const { rows, result } = rowsOf('acled-bad-fatalities.csv');
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'invalid_input', file: 'acled-bad-fatalities.csv', line: 2, path: 'latitude' }),
      expect.objectContaining({ code: 'invalid_input', file: 'acled-bad-fatalities.csv', line: 3, path: 'fatalities' }),
    ]);
    expect(rows).toEqual([]);
  });

  it('refuses a file that is not an ACLED export, naming the missing columns', () => {
    expect(() => parseAcled('a,b\n1,2\n', 'x.csv', () => undefined)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });

  it('reports malformed quoting as a coded error with a line', () => {
    const text = fixture('acled-current.csv').replace('"Fighters', '"Fighters"x');
    expect(() => parseAcled(text, 'q.csv', () => undefined)).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ file: 'q.csv' })] }),
    );
  });
});
