import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../core/text/normalise.js';
import { parseGed, type GedRow } from './parse-ged.js';

function read(name: string) {
  const rows: GedRow[] = [];
  const result = parseGed(normaliseText(readFileSync(`test/fixtures/ucdp-layouts/${name}`, 'utf8')), name, (row) => rows.push(row));
  return { rows, result };
}

describe('UCDP GED reader', () => {
  it('reads GED 19.1, where -1 and empty say "not recorded"', () => {
    const { rows, result } = read('ged-19-1.csv');
    expect(result.issues).toEqual([]);
    expect(rows.map((r) => r.id)).toEqual(['990001', '990002']);
    expect(rows[0]).toMatchObject({ start: '2012-03-21', wherePrec: 1, clarity: 1, low: 5, best: 5, high: 7, countryId: '432' });
    expect(rows[0]?.sources).toBeUndefined();
    expect(rows[1]?.wherePrec).toBeUndefined();
    expect(rows[1]?.clarity).toBeUndefined();
    expect(rows[1]?.datePrec).toBeUndefined();
  });

  it('passes over the HXL hashtag row of HDX’s copy, and says so', () => {
    const { rows, result } = read('ged-hdx.csv');
    expect(result).toMatchObject({ rows: 1, issues: [], layout: expect.stringContaining('hashtag row on line 2') });
    expect(rows[0]).toMatchObject({ id: '990101', at: { line: 3 } });
    expect(rows[0]?.wherePrec).toBeUndefined();
  });

  it('still refuses a count that is not a number, naming file, line and field', () => {
    const text = normaliseText(readFileSync('test/fixtures/ucdp-layouts/ged-19-1.csv', 'utf8')).replace(',-1,"Invented', ',-2,"Invented');
    const { issues } = parseGed(text, 'g.csv', () => undefined);
    expect(issues).toEqual([expect.objectContaining({ file: 'g.csv', line: 2, path: 'number_of_sources' })]);
  });
});
