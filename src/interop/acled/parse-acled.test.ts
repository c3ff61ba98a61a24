import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText, sha256Hex } from '../../core/text/normalise.js';
import { rowEvidence } from './acled-records.js';
import type { AcledRow } from './acled-row.js';
import { parseAcled } from './parse-acled.js';

const fixture = (name: string) => normaliseText(readFileSync(name.includes('/') ? `test/fixtures/${name}` : `test/fixtures/interop/${name}`, 'utf8'));

function rowsOf(name: string) {
  const text = fixture(name);
  const rows: AcledRow[] = [];
  const events: AcledRow[][] = [];
  const result = parseAcled(text, name, (event) => {
    rows.push(...event);
    events.push(event);
  });
  return { text, rows, events, result };
}

describe('ACLED reader', () => {
  it('reads the 31-column export with a BOM, CRLF ends, quoted commas and line breaks', () => {
    const { rows, result } = rowsOf('acled-current.csv');
    expect(result.layout).toEqual({ rowsPer: 'event', idColumn: 'event_id_cnty', olderColumns: [] });
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

  it('hashes each row once as it is read: the repeat check and the claim’s evidence take that hash', () => {
    const { rows } = rowsOf('acled-current.csv');
    for (const row of rows) {
      expect(row.at.sha256).toBe(sha256Hex(row.at.text));
      expect(rowEvidence('source', row.at).sha256).toBe(row.at.sha256);
    }
  });

  it('leaves coordinates out when the row has none', () => {
    const { rows } = rowsOf('acled-current.csv');
    expect(rows[1]?.latitude).toBeUndefined();
    expect(rows[0]).toMatchObject({ latitude: 18.4411, longitude: 1.4078, geoPrecision: 1, timePrecision: 1, fatalities: 4 });
  });

  it('reads older exports (data_id, event_id_no_cnty, iso3; long dates; numeric inter codes; no sub-event type)', () => {
    const { rows, result } = rowsOf('acled-legacy.csv');
    expect(result.layout).toMatchObject({ rowsPer: 'event', olderColumns: ['data_id', 'event_id_no_cnty', 'iso3'] });
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

  it('groups the monadic layout’s rows by event, wherever they stand, keeping every actor', () => {
    const { events, result } = rowsOf('acled-layouts/monadic.csv');
    expect(result).toMatchObject({ rows: 7, events: 4, issues: [], layout: { rowsPer: 'actor', idColumn: 'event_id_cnty' } });
    expect(events.map((rows) => [rows[0]?.id, rows.map((r) => r.actor1)])).toEqual([
      ['MLI8101', ['JNIM: Group for Support of Islam and Muslims', 'Military Forces of Mali (2012-2021)']],
      ['MLI8102', ['Dan Na Ambassagou', 'Civilians (Mali)']],
      ['MLI8103', ['Katiba Macina', 'Military Forces of Mali (2012-2021)']],
      ['MLI8104', ['Protesters (Mali)']],
    ]);
    expect(events[0]?.[1]?.assoc1).toEqual(['Dozo Communal Militia (Mali)']);
  });

  it('refuses rows of one monadic event that disagree outside the actor columns, naming both lines', () => {
    const text = fixture('acled-layouts/monadic.csv').replace(
      'Radio Kidal (invented),Subnational,Fighters and an army patrol exchanged fire at a checkpoint on the road south of the town.,3,1600000101,MLI\n61004',
      'Radio Kidal (invented),Subnational,Fighters and an army patrol exchanged fire at a checkpoint on the road south of the town.,4,1600000101,MLI\n61004',
    );
    const result = parseAcled(text, 'm.csv', () => undefined);
    expect(result.issues).toEqual([expect.objectContaining({ file: 'm.csv', line: 4, path: 'fatalities', message: expect.stringContaining('line 2') })]);
  });

  it('reads a row repeated word for word once, with a warning, and refuses another row with the same id', () => {
    const text = fixture('acled-current.csv');
    const [header, first] = text.split('\n');
    const repeated = parseAcled(`${header}\n${first}\n${first}\n`, 'r.csv', () => undefined);
    expect(repeated).toMatchObject({ rows: 2, events: 1, issues: [], warnings: [expect.stringContaining('r.csv:3: repeats line 2')] });
    const changed = parseAcled(`${header}\n${first}\n${first?.replace(',4,,1700000000', ',5,,1700000000')}\n`, 'r.csv', () => undefined);
    expect(changed.issues).toEqual([expect.objectContaining({ line: 3, path: 'event_id_cnty' })]);
  });

  it('reads R’s NA as an empty cell in every column', () => {
    const { rows, result } = rowsOf('acled-layouts/r-na.csv');
    expect(result.issues).toEqual([]);
    expect(rows[0]).toMatchObject({ assoc1: [], assoc2: [], civilianTargeting: false });
    expect(rows[0]?.admin3).toBeUndefined();
    expect(rows[0]?.tags).toBeUndefined();
    expect(rows[1]?.actor2).toBeUndefined();
    expect(rows[1]?.inter2).toBeUndefined();
  });

  it('reads every date shape of older exports, behind a byte-order mark and CRLF line ends', () => {
    const { text, rows, result } = rowsOf('acled-layouts/dates-bom-crlf.csv');
    expect(text.startsWith('data_id,')).toBe(true);
    expect(result.issues).toEqual([]);
    expect(rows.map((r) => [r.id, r.date])).toEqual([
      ['MLI8301', '2019-01-20'],
      ['MLI8302', '2019-01-20'],
      ['MLI8303', '2020-05-09'],
      ['MLI8304', '2019-01-20'],
      ['MLI8305', '2016-07-03'],
    ]);
    expect(rows[0]?.notes).toBe('A convoy was ambushed east of the town, then\nthe attackers withdrew.');
  });

  it('reads 2016-era columns: upper-case names, allies, gwno and ids without a country prefix', () => {
    const { rows, result } = rowsOf('acled-layouts/acled-2016.csv');
    expect(result).toMatchObject({ issues: [], layout: { rowsPer: 'event', idColumn: 'event_id_no_cnty' } });
    expect(rows[0]).toMatchObject({ id: 'MLI-4401', gwno: '432', assoc1: ['Katiba Macina'], assoc2: ['Dozo Communal Militia (Mali)'] });
  });

  it('names every problem of a file, however many', () => {
    const text = fixture('acled-current.csv');
    const [header, first = ''] = text.split('\n');
    const bad = Array.from({ length: 300 }, (_, i) => first.replace('MLI9001,2017-06-18', `MLI${i},2017-13-40`));
    const result = parseAcled([header, ...bad].join('\n'), 'b.csv', () => undefined);
    expect(result.issues).toHaveLength(300);
    expect(result.issues[299]).toMatchObject({ file: 'b.csv', line: 301, path: 'event_date' });
  });

  it('refuses a row with more filled fields than the header names (an unquoted comma), and accepts empty extra fields', () => {
    const [header, first = ''] = fixture('acled-current.csv').split('\n');
    const shifted = parseAcled(`${header}\n${first},extra\n`, 'w.csv', () => undefined);
    expect(shifted.issues).toEqual([expect.objectContaining({ file: 'w.csv', line: 2, message: expect.stringContaining('32 fields') })]);
    expect(parseAcled(`${header}\n${first},,\n`, 'w.csv', () => undefined).issues).toEqual([]);
  });
});
