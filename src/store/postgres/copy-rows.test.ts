// COPY's text escaping (copy-rows.ts) against the plainest statement of it, one character at a time, over
// every string of up to five characters drawn from the special ones and a letter.
import { describe, expect, it } from 'vitest';
import { copyField } from './copy-rows.js';

const ORACLE: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const oracle = (value: string) => [...value].map((c) => ORACLE[c] ?? c).join('');

function* strings(alphabet: readonly string[], upTo: number): Generator<string> {
  let level = [''];
  for (let n = 0; n <= upTo; n++) {
    yield* level;
    level = level.flatMap((s) => alphabet.map((c) => s + c));
  }
}

describe('copyField', () => {
  it('escapes backslashes, tabs and line breaks as COPY reads them back', () => {
    let checked = 0;
    for (const value of strings(['\\', '\t', '\n', '\r', 'a'], 5)) {
      expect(copyField(value), JSON.stringify(value)).toBe(oracle(value));
      checked++;
    }
    expect(checked).toBe(3906);
  });

  it('writes NULL and numbers as COPY reads them', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(-3)).toBe('-3');
    expect(copyField('{"a":"say \\"x\\""}')).toBe('{"a":"say \\\\"x\\\\""}');
  });
});
