import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../core/errors.js';
import { CodePointIndex, normaliseText } from '../../core/text/normalise.js';
import { generateAcledCsv } from '../acled/generate-acled.js';
import { readCsv, type CsvRecord, type CsvShape } from './read-csv.js';

type Read = { header?: string[]; records: CsvRecord[]; shape: CsvShape } | { error: { code: string; line?: number | undefined; message: string } };

/** The reading as it was before papaparse, on csv-parse with raw records: the oracle. */
function oracle(text: string): Read {
  const index = new CodePointIndex(text);
  const out: { header?: string[]; records: CsvRecord[]; shape: CsvShape } = { records: [], shape: {} };
  let unit = 0;
  let line = 1;
  let first = true;
  let second = true;
  try {
    parse(text, {
      raw: true,
      relax_column_count: true,
      on_record: (value: unknown, context: { raw?: string | undefined }) => {
        const record = Array.isArray(value) ? (value as string[]) : (value as { record: string[] }).record;
        const raw = context.raw ?? '';
        const at = text.startsWith(raw, unit) ? unit : text.indexOf(raw, unit);
        const startUnit = at < 0 ? unit : at;
        const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
        const startLine = line;
        unit = startUnit + raw.length;
        line += raw.split('\n').length - 1;
        if (first) {
          first = false;
          out.header = record.map((h) => h.trim());
          return null;
        }
        if (record.length === 1 && record[0] === '') return null;
        if (second) {
          second = false;
          const filled = record.map((f) => f.trim()).filter((f) => f !== '');
          if (filled.length > 0 && filled.every((f) => /^#[a-z]/i.test(f))) {
            out.shape.hashtagLine = startLine;
            return null;
          }
        }
        out.records.push({ fields: record, line: startLine, start: index.toCodePoint(startUnit), end: index.toCodePoint(startUnit + body.length), text: body });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { error: { code: 'invalid_input', line: (error as CsvError & { lines?: number }).lines ?? line, message: `malformed CSV: ${error.message}` } };
  }
  return out;
}

function read(text: string, file: string): Read {
  const out: { header?: string[]; records: CsvRecord[]; shape: CsvShape } = { records: [], shape: {} };
  try {
    out.shape = readCsv(
      text,
      file,
      (header) => (out.header = header),
      (record) => out.records.push(record),
    );
  } catch (error) {
    if (!(error instanceof FaultlineError)) throw error;
    const issue = error.issues[0];
    return { error: { code: error.code, line: issue?.line, message: issue?.message ?? '' } };
  }
  return out;
}

const fixtures = ['test/fixtures/interop', 'test/fixtures/acled-layouts', 'test/fixtures/ucdp-layouts', 'data/mappings'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => join(dir, f)),
);

const edges: Record<string, string> = {
  'quoted line breaks, doubled quotes and empty fields': 'a,b,c\n1,"two\nlines","say ""hi"""\n,,\n"",x,""\n',
  'empty lines between and after records': 'a,b\n\n1,2\n\n\n3,4\n\n',
  'no final line break': 'a,b\n1,2\n3,"4\n5"',
  'an HDX hashtag row': 'a,b\n#date,#country\n1,2\n',
  'astral characters before later offsets': 'a,b\n"𝔐ali 😀",2\nx,"y ""𝔐"""\n',
  'short and long records': 'a,b,c\n1\n1,2,3,4\n',
  'spaces around fields': 'a , b\n 1 , 2 \n',
};

const malformedCases: Record<string, string> = {
  'a quote inside a bare field': 'a,b\n1,2\n3,ab"c\n5,6\n',
  'text after a closing quote': 'a,b\n1,"two"x\n',
  'a space after a closing quote': 'a,b\n1,"two" \n',
  'an unclosed quote': 'a,b\n1,2\n3,"four\n5,6\n',
  'a quote after spaces': 'a,b\n1, "2"\n',
};

describe('readCsv (papaparse) reads as csv-parse did', () => {
  it.each(fixtures)('%s', (file) => {
    const text = normaliseText(readFileSync(file, 'utf8'));
    expect(read(text, file)).toEqual(oracle(text));
  });

  it('generated ACLED rows (quotes and commas in every row)', () => {
    const text = [...generateAcledCsv(3000, 11)].join('');
    const ours = read(text, 'g.csv');
    expect('records' in ours && ours.records.length).toBe(3000);
    expect(ours).toEqual(oracle(text));
  });

  it.each(Object.entries(edges))('%s', (_, text) => {
    expect(read(text, 'e.csv')).toEqual(oracle(text));
  });

  it.each(Object.entries(malformedCases))('refuses %s with csv-parse’s words and line', (_, text) => {
    const expected = oracle(text);
    expect(expected).toHaveProperty('error');
    expect(read(text, 'm.csv')).toEqual(expected);
  });
});
