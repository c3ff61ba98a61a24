import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/text/normalise.js';
import { RowIds } from './row-ids.js';

/** Notes a row by its text's hash, as the readers do. */
const note = (ids: RowIds, id: string, line: number, text: string) => ids.note(id, line, sha256Hex(text));

describe('RowIds', () => {
  it('tells a first id, a word-for-word repeat, a clash and a near miss apart, naming the earlier line', () => {
    const ids = new RowIds();
    expect(note(ids, 'MLI9001', 2, 'MLI9001,2020-01-01,a')).toEqual({ kind: 'first' });
    expect(note(ids, 'MLI9002', 3, 'MLI9002,2020-01-01,a')).toEqual({ kind: 'first' });
    expect(note(ids, 'MLI9001', 4, 'MLI9001,2020-01-01,a')).toEqual({ kind: 'repeat', line: 2 });
    expect(note(ids, 'MLI9001', 5, 'MLI9001,2020-01-01,b')).toEqual({ kind: 'clash', line: 2 });
    expect(note(ids, 'mli9002', 6, 'mli9002,2020-01-01,a')).toEqual({ kind: 'near', line: 3, id: 'MLI9002' });
  });

  it('compares the rows of many ids each with its own first row', () => {
    const ids = new RowIds();
    for (let i = 0; i < 5000; i++) expect(note(ids, `X${i}`, i + 2, `X${i},row ${i}`)).toEqual({ kind: 'first' });
    for (let i = 0; i < 5000; i += 7) expect(note(ids, `X${i}`, 9000, `X${i},row ${i}`)).toEqual({ kind: 'repeat', line: i + 2 });
    for (let i = 3; i < 5000; i += 7) expect(note(ids, `X${i}`, 9000, `X${i},row ${i + 1}`)).toEqual({ kind: 'clash', line: i + 2 });
  });

  it("keeps ids apart whose loose forms share a hash, and finds each again across the table's growth", () => {
    const ids = new RowIds();
    // FNV-1a gives `mli329599` and `mli532382` the same 32-bit hash: a guard for any hashed table that replaces the Map.
    expect(note(ids, 'MLI329599', 2, 'MLI329599,a')).toEqual({ kind: 'first' });
    expect(note(ids, 'MLI532382', 3, 'MLI532382,a')).toEqual({ kind: 'first' });
    for (let i = 0; i < 20_000; i++) note(ids, `Y${i}`, 10 + i, `Y${i},a`);
    expect(note(ids, 'MLI532382', 30_000, 'MLI532382,a')).toEqual({ kind: 'repeat', line: 3 });
    expect(note(ids, 'MLI329599', 30_001, 'MLI329599,b')).toEqual({ kind: 'clash', line: 2 });
    expect(note(ids, 'mli532382', 30_002, 'mli532382,a')).toEqual({ kind: 'near', line: 3, id: 'MLI532382' });
    expect(note(ids, 'Y19999', 30_003, 'Y19999,a')).toEqual({ kind: 'repeat', line: 20_009 });
  });
});
