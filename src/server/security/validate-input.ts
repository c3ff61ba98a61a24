import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';

// The HTTP boundary's schemas: every query parameter and path segment of /api is checked here before
// any route runs, so a malformed or hostile value is a 400 that never reaches a service or a query.
const SLUG = '[a-z0-9]+(?:[-_.][a-z0-9]+)*';
const RECORD_ID = `(?:actor|place|rel|event):${SLUG}`;
const SOURCE_ID = '[0-9a-f]{64}';
const CLAIM_ID = `(?:${RECORD_ID}|${SOURCE_ID})#[1-9][0-9]{0,8}`;
const USER_NAME = '[a-z0-9][a-z0-9._-]{0,62}';
const TOKEN_ID = '[0-9a-f]{24}';

const pattern = (regex: string, what: string) => z.string().regex(new RegExp(`^(?:${regex})$`), `expected ${what}`);
const listOf = (regex: string, what: string) => pattern(`${regex}(?:,${regex})*,?`, `a comma-separated list of ${what}`);

const day = pattern('\\d{4}(?:-\\d{2}(?:-\\d{2})?)?', 'YYYY, YYYY-MM or YYYY-MM-DD');
const instant = pattern('\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?', 'an ISO 8601 date or date-time');
const flag = z.enum(['true', 'false']);
const count = pattern('\\d{1,6}', 'a whole number');
const words = listOf('[a-z][a-z_]*', 'lower-case words');
const recordId = pattern(RECORD_ID, 'a record id such as actor:gatia');
const recordIds = listOf(RECORD_ID, 'record ids');
/** Anything else a route may read: bounded, printable text. */
const other = z
  .string()
  .max(500, 'at most 500 characters')
  .regex(/^[^\p{Cc}]*$/u, 'no control characters');

const query = (shape: z.ZodRawShape) => z.object({ recordedAt: instant.optional(), ...shape }).catchall(other);

interface RouteSchema {
  method: string;
  path: RegExp;
  query: z.ZodType;
}

const route = (method: string, path: string, shape: z.ZodRawShape = {}): RouteSchema => ({ method, path: new RegExp(`^/api${path}/?$`), query: query(shape) });

const ROUTES: RouteSchema[] = [
  route('GET', '/actors', {
    q: z
      .string()
      .min(1)
      .max(200)
      .regex(/^[^\p{Cc}]*$/u)
      .optional(),
    kind: words.optional(),
  }),
  route('GET', `/actors/${RECORD_ID}(?:/(?:profile|history|timeline|genealogy))?`),
  route('GET', '/places'),
  route('GET', '/relations', { from: day.optional(), to: day.optional(), type: words.optional(), actor: recordId.optional() }),
  route('GET', '/events', { from: day.optional(), to: day.optional(), type: words.optional(), actor: recordIds.optional(), place: recordIds.optional() }),
  route('GET', '/sources'),
  route('GET', `/sources/${SOURCE_ID}(?:/text)?`),
  route('GET', '/claims', {
    subject: listOf(`${RECORD_ID}|${SOURCE_ID}`, 'subject ids').optional(),
    status: listOf('proposed|accepted|rejected', 'statuses').optional(),
  }),
  route('GET', '/stats'),
  route('GET', '/snapshot', {
    asOf: day,
    kind: words.optional(),
    type: words.optional(),
    definite: flag.optional(),
    presumed: flag.optional(),
    horizon: count.optional(),
  }),
  route('GET', '/path', { from: recordId, to: recordId, asOf: day, definite: flag.optional(), horizon: count.optional() }),
  route('GET', '/diff', { from: day, to: day, horizon: count.optional() }),
  route('GET', '/event-stats', {
    by: words.optional(),
    actor: recordIds.optional(),
    place: recordIds.optional(),
    from: day.optional(),
    to: day.optional(),
    type: words.optional(),
    attribution: words.optional(),
    components: flag.optional(),
    coalitions: flag.optional(),
    limit: count.optional(),
  }),
  route('GET', '/disputes', { subject: pattern(`${RECORD_ID}|${SOURCE_ID}`, 'a subject id').optional(), all: flag.optional() }),
  route('GET', '/metrics', { asOf: day, step: z.enum(['year', 'month']).optional(), top: count.optional(), horizon: count.optional() }),
  route('GET', '/metrics/series', { from: day, to: day, step: z.enum(['year', 'month']).optional(), horizon: count.optional() }),
  route('GET', '/ties', { horizon: count.optional() }),
  route('GET', '/review/claims', {
    kind: words.optional(),
    source: pattern(SOURCE_ID, 'a source id').optional(),
    limit: count.optional(),
    offset: count.optional(),
    context: count.optional(),
  }),
  route('GET', `/review/claims/${CLAIM_ID}`),
  route('POST', `/review/claims/${CLAIM_ID}/(?:accept|reject|merge)`),
  route('PATCH', `/review/claims/${CLAIM_ID}`),
  route('GET', '/audit', {
    actor: other.optional(),
    since: instant.optional(),
    until: instant.optional(),
    kind: words.optional(),
    id: other.optional(),
    after: count.optional(),
    limit: count.optional(),
  }),
  route('GET', '/session'),
  route('POST', '/login'),
  route('POST', '/logout'),
  route('GET', '/account/tokens', { all: flag.optional() }),
  route('POST', '/account/tokens'),
  route('DELETE', `/account/tokens/${TOKEN_ID}`),
  route('POST', '/account/password'),
  route('GET', '/users'),
  route('POST', '/users'),
  route('PATCH', `/users/${USER_NAME}`),
  route('POST', `/users/${USER_NAME}/disable`),
  route('GET', `/users/${USER_NAME}/tokens`, { all: flag.optional() }),
  route('DELETE', `/users/${USER_NAME}/tokens/${TOKEN_ID}`),
];

function fail(message: string, issues: { path: string; message: string }[] = []): never {
  throw new FaultlineError('invalid_input', message, { issues: issues.map((i) => ({ code: 'invalid_input' as const, ...i })) });
}

/**
 * Validates the path and query of every /api request against the route's schema (routes not listed
 * still get the generic checks): no traversal or control characters in the path, no repeated
 * parameters, every value within its pattern. Writes must send JSON.
 */
export function validateInput(): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      fail('malformed percent-encoding in the path');
    }
    if (path.length > 1000 || /\p{Cc}|\\|(^|\/)\.\.?(\/|$)/u.test(path)) fail('invalid path');
    const names = [...url.searchParams.keys()];
    if (names.length > 50) fail('too many query parameters');
    const repeated = names.find((name, i) => names.indexOf(name) !== i);
    if (repeated) fail(`query parameter ${repeated} given more than once`);
    const params = Object.fromEntries(url.searchParams);
    const schema = ROUTES.find((r) => r.method === c.req.method && r.path.test(path));
    if (!schema && !/^\/api\/[a-z0-9/_.:#%-]*$/i.test(path)) fail('invalid path');
    const parsed = (schema?.query ?? query({})).safeParse(params);
    if (!parsed.success) {
      fail(
        'invalid query parameters',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    // Over a socket the Node adapter hands every POST, PATCH or DELETE a body stream, even a bodiless one
    // (curl -X POST, a browser's DELETE): there the headers say whether a body came (RFC 9112 §6.3).
    const length = c.req.header('content-length');
    const overSocket = (c.env as { incoming?: unknown } | undefined)?.incoming !== undefined;
    const hasBody = length !== undefined ? length !== '0' : c.req.header('transfer-encoding') !== undefined || (!overSocket && c.req.raw.body !== null);
    if (!['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) && hasBody) {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) throw new FaultlineError('invalid_input', 'expected a JSON body (content-type: application/json)');
    }
    await next();
  };
}
