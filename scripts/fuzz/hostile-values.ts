// What a hostile client puts where a value goes: in a path segment, a query parameter or a JSON field.
// Fixed shapes known to break parsers, databases and date handling, random text of every Unicode
// kind, and numbers at the edges of what JSON and JavaScript can hold.
import fc from 'fast-check';

/** Shapes that have broken servers before: encodings, SQL, dates off the calendar, prototype keys. */
const SHAPES = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '%00',
  '%2F',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '../../etc/passwd',
  '..\\..\\windows',
  "' OR '1'='1",
  "'; DROP TABLE records; --",
  "actor:b' UNION SELECT password_hash FROM users --",
  '1; SELECT pg_sleep(5)',
  '$1',
  '?',
  '%',
  '%zz',
  '%E0%A4%A',
  '\\',
  '/',
  '//',
  '#',
  '&',
  '=',
  '*',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '-1',
  '0x1F',
  '9'.repeat(40),
  'true',
  'null',
  'undefined',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '2017-02-30',
  '2017-02-29',
  '2017-13-45',
  '2017-00',
  '2017-06-31',
  '0000',
  '-2017',
  '99999-01-01',
  '2017-06-01T25:61:61Z',
  '2017-06-01T00:00:00+99:00',
  '2017/2018',
  'actor:',
  'actor:b#0',
  'actor:b#9999999999',
  'ACTOR:B',
  'place:../x',
  'a'.repeat(65),
  'f'.repeat(64),
  'F'.repeat(64),
  '\u202eevil',
  '\ufeffbom',
  'é́́́',
  '𝕏𝕐',
  '\ud800',
  '<script>alert(1)</script>',
  '${7*7}',
  '{{7*7}}',
  '\r\nSet-Cookie: x=1',
] as const;

/** Text of every kind, from a handful of characters to far past every declared limit. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...SHAPES), weight: 6 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 1 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.constantFrom(1_000, 20_000, 200_000).map((n) => 'x'.repeat(n)), weight: 1 },
);

/** JSON values where a field goes: wrong types, edge numbers, nesting, hostile text. */
export const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 4 },
  { arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 7, 3650, 3651), weight: 3 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
  { arbitrary: fc.constantFrom([], {}, [[]], { a: {} }), weight: 1 },
  { arbitrary: fc.integer({ min: 10, max: 1_000 }).map(nested), weight: 1 },
);

/** An array nested `depth` deep, as a value; deeper nesting is sent as text (`deepJson`), past JSON.stringify's stack. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

/** Request bodies that are not JSON, or are JSON no route declares. */
export const notJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'not json',
    '{',
    '{"by":',
    '{"by":"x",}',
    '{by:"x"}',
    "{'by':'x'}",
    '{"by":NaN}',
    '/* c */ {}',
    '\ufeff{}',
    'null',
    'true',
    '1',
    '"text"',
    '\u0000',
    '{"by":"a","by":"b"}',
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.integer({ min: 1_000, max: 200_000 }).map((n) => deepJson(n, '[')),
  fc.integer({ min: 1_000, max: 100_000 }).map((n) => deepJson(n, '{')),
);

/** JSON text nesting arrays or objects `depth` deep. */
export const deepJson = (depth: number, open: '[' | '{'): string =>
  open === '[' ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Content types a write may carry besides plain JSON. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { arbitrary: fc.constant('application/json'), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      undefined,
      '',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
      'APPLICATION/JSON',
      'application/jsonx',
      'application/merge-patch+json',
      'application/json, text/html',
      '*/*',
    ),
    weight: 2,
  },
);
