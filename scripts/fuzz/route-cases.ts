// Turns one route's declaration into an arbitrary of malformed requests, so a route added to API_ROUTES
// is fuzzed without an edit here: its path parameters, the query names it declares (and others), and
// for a write, bodies built on its body's field names (and bodies that are not JSON at all).
import fc from 'fast-check';
import { z } from 'zod';
import type { RouteSpec } from '../../src/server/contract/route.js';
import { contentType, deepJson, hostileJson, hostileString, notJson } from './hostile-values.js';

/** One request to send: everything needed to repeat it by hand. */
export interface FuzzCase {
  method: string;
  /** Path and query under the server's origin, exactly as sent. */
  url: string;
  contentType?: string;
  body?: string;
}

/** Well-formed values of the world, so some requests get past validation into the handlers. */
export interface Known {
  ids: string[];
  names: string[];
}

/** Values that pass a field's schema when the field's name says what it holds. */
const FIELD_VALUES: Record<string, unknown[]> = {
  by: ['fuzz'],
  name: ['fuzz-token', 'fuzz-user', 'viewer'],
  role: ['viewer', 'admin'],
  password: ['long enough password 1'],
  currentPassword: ['not the password'],
  newPassword: ['a new long password'],
  value: [{ description: 'edited by the fuzz' }, { valid: '2017-13-45' }, {}, { name: null }],
  accept: [false, true],
  into: ['actor:b', 'actor:c'],
  credibility: [1, 6],
  note: ['a note'],
  expiresInDays: [1, 3650],
  hash: ['#/network?date=2017-06', 'javascript:alert(1)'],
};
const QUERY_VALUES = ['2017', '2017-06', '2017-06-14', '2026-03-01T00:00:00.000Z', 'true', 'false', '0', '10', 'actor', 'actor:b', 'actor:b,actor:c', 'Kidal'];
const STRANGE_KEYS = ['foo', '__proto__', 'constructor', 'prototype', '', 'asOf[]', 'a[b]', 'toString'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

const UNRESERVED = /[A-Za-z0-9\-._~]/;
/** Percent-encodes every UTF-8 byte outside the unreserved set (a lone surrogate becomes U+FFFD, as a browser sends it). */
export const percentEncode = (text: string): string =>
  [...new TextEncoder().encode(text)]
    .map((b) => (UNRESERVED.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
    .join('');

/** A path parameter: hostile or well-formed, encoded, sent raw (slashes and all) or encoded twice. */
const segment = (known: Known): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof({ arbitrary: hostileString, weight: 3 }, { arbitrary: fc.constantFrom(...known.ids, ...known.names), weight: 2 }),
      fc.constantFrom('encoded', 'encoded', 'encoded', 'raw', 'twice'),
    )
    .map(([value, how]) => (how === 'raw' ? value : how === 'twice' ? percentEncode(percentEncode(value)) : percentEncode(value)));

function queryString(route: RouteSpec): fc.Arbitrary<string> {
  const declared = Object.keys(route.query.shape);
  const key = fc.oneof(
    ...(declared.length ? [{ arbitrary: fc.constantFrom(...declared), weight: 4 }] : []),
    { arbitrary: fc.constantFrom(...STRANGE_KEYS), weight: 1 },
    { arbitrary: hostileString, weight: 1 },
  );
  const value = fc.oneof({ arbitrary: fc.constantFrom(...QUERY_VALUES), weight: 2 }, { arbitrary: hostileString, weight: 3 });
  const pairs = fc.array(fc.tuple(key, value), { maxLength: 5 }).map((list) => list.map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`).join('&'));
  return fc.oneof({ arbitrary: pairs, weight: 6 }, { arbitrary: fc.constantFrom('', '&&', '=x', 'a', '&=&', 'asOf', '%zz=1'), weight: 1 });
}

/** Field names of an object body, or none when the body is not an object schema. */
const fieldsOf = (body: z.ZodType | undefined): string[] => (body instanceof z.ZodObject ? Object.keys(body.shape) : []);

function jsonBody(route: RouteSpec): fc.Arbitrary<string> {
  const fields = fieldsOf(route.body);
  const fieldValue = (name: string) =>
    fc.oneof({ arbitrary: fc.constantFrom(...(FIELD_VALUES[name] ?? ['x'])), weight: 2 }, { arbitrary: hostileJson, weight: 2 });
  const declared = fc.record(Object.fromEntries(fields.map((f) => [f, fieldValue(f)])), { requiredKeys: [] });
  const extras = fc.dictionary(fc.oneof(fc.constantFrom(...STRANGE_KEYS), hostileString), hostileJson, { maxKeys: 2 });
  const withProto = fc.tuple(declared, fc.constantFrom(...PROTO_KEYS), hostileJson).map(([object, key, value]) => {
    // JSON.stringify skips __proto__ set by assignment; an own enumerable property is what a client sends.
    Object.defineProperty(object, key, { value: key === '__proto__' ? { role: 'admin', isAdmin: true } : value, enumerable: true });
    return object;
  });
  const object = fc.oneof(
    { arbitrary: declared, weight: 4 },
    { arbitrary: fc.tuple(declared, extras).map(([a, b]) => ({ ...b, ...a })), weight: 2 },
    { arbitrary: withProto, weight: 2 },
    { arbitrary: declared.map((a) => [a]), weight: 1 },
    { arbitrary: hostileJson, weight: 1 },
  );
  return fc.oneof(
    { arbitrary: object.map((value) => JSON.stringify(value) ?? 'null'), weight: 8 },
    { arbitrary: notJson, weight: 2 },
    // A declared field nested deeper than any value JSON.stringify can write.
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...(fields.length ? fields : ['a'])), fc.integer({ min: 1_000, max: 100_000 }), fc.constantFrom('[' as const, '{' as const))
        .map(([field, depth, open]) => `{"by":"fuzz",${JSON.stringify(field)}:${deepJson(depth, open)}}`),
      weight: 1,
    },
    // Past the 1 MiB limit.
    { arbitrary: fc.constant(JSON.stringify({ by: 'x'.repeat(1_100_000) })), weight: 1 },
  );
}

/** Malformed requests for one route, as fast-check generates them from its declaration. */
export function routeCases(route: RouteSpec, known: Known): fc.Arbitrary<FuzzCase> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '');
  const params = fc.tuple(...names.map(() => segment(known)));
  const method = route.method.toUpperCase();
  const write = method !== 'GET';
  const body = write ? fc.option(jsonBody(route), { nil: undefined, freq: route.body ? 10 : 2 }) : fc.constant(undefined);
  return fc.tuple(params, queryString(route), body, contentType).map(([values, query, text, type]) => {
    let i = 0;
    const path = `/api${route.path.replace(/:\w+/g, () => values[i++] ?? '')}`;
    return {
      method,
      url: query ? `${path}?${query}` : path,
      ...(text !== undefined ? { body: text } : {}),
      ...(text !== undefined && type !== undefined ? { contentType: type } : {}),
    };
  });
}
