import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { escapeCell, spreadsheetSafeCsv, unescapeCell } from './spreadsheet-safe.js';

describe('spreadsheet-safe CSV cells', () => {
  it('escapes text that starts like a formula and reads every text back exactly', () => {
    const texts = ['=1+1', '+33', '-2+3', '@SUM(A1)', '\tx', '\rx', "'=x", "''-x", "'plain", 'plain', '', "'"];
    for (const text of texts) expect(unescapeCell(escapeCell(text)), JSON.stringify(text)).toBe(text);
    expect(texts.map(escapeCell).filter((t) => /^[=+\-@\t\r]/.test(t))).toEqual([]);
  });

  it('quotes escaped cells and leaves numbers, negative ones too, as numbers', () => {
    const text = spreadsheetSafeCsv([
      ['name', 'longitude'],
      ['=HYPERLINK("x")', -3.5],
    ]);
    expect(text.split('\n')[1]).toBe(`"'=HYPERLINK(""x"")",-3.5`);
    expect(parse(text)).toEqual([
      ['name', 'longitude'],
      [`'=HYPERLINK("x")`, '-3.5'],
    ]);
  });
});
