import { describe, expect, it } from 'vitest';
import { isQuotedRecord } from './quoted-record.js';

// The regular expression the scan replaced: the rule it must keep.
const FIELD = '(?:"(?:[^"]|"")*"|[^",\\n]*)';
const QUOTED_RECORD = new RegExp(`^${FIELD}(?:,${FIELD})*$`);

describe('isQuotedRecord', () => {
  it('passes well-quoted records and refuses stray quotes', () => {
    expect(isQuotedRecord('a,"b, c",d')).toBe(true);
    expect(isQuotedRecord('"say ""hi""",x')).toBe(true);
    expect(isQuotedRecord('"two\nlines",')).toBe(true);
    expect(isQuotedRecord('')).toBe(true);
    expect(isQuotedRecord('a,b"c')).toBe(false);
    expect(isQuotedRecord('"a"b,c')).toBe(false);
    expect(isQuotedRecord('"open,c')).toBe(false);
    expect(isQuotedRecord('a\nb')).toBe(false);
  });

  it('agrees with the regular expression on every short record of quotes, commas, line breaks and letters', () => {
    const alphabet = ['"', ',', '\n', 'a'];
    const all = (length: number): string[] => (length === 0 ? [''] : all(length - 1).flatMap((s) => alphabet.map((c) => s + c)));
    for (let length = 0; length <= 8; length++) for (const body of all(length)) expect([body, isQuotedRecord(body)]).toEqual([body, QUOTED_RECORD.test(body)]);
  });
});
