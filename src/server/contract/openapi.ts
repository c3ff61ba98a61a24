// docs/openapi.yaml, written from the route declarations (scripts/openapi.ts): the document cannot
// list a route, a parameter or a body field that the server does not check, nor miss one.
import { z } from 'zod';
import type { RouteSpec } from './route.js';

type Json = Record<string, unknown>;

const INTRO = [
  'The JSON API of Faultline, written from the route declarations in src/server/routes/*.ts by',
  '`npm run openapi` (do not edit by hand). Read routes accept `recordedAt` (ISO date-time) to read the',
  'data as it was recorded at that instant. Every /api route needs a session cookie or `Authorization:',
  'Bearer flt_…` once a user exists; on loopback with no users, requests act as the local admin.',
  "Writes need editor; /review writes need reviewer; /audit and /users need admin; /account (one's own",
  'tokens and password) is open to every signed-in user. Restricted sources are invisible below',
  'reviewer: their evidence in claims becomes `{ "source": "restricted", "start": 0, "end": 0, "sha256": "" }`',
  'and profile footnotes say `restricted source` (`restricted: true`). Errors are',
  '`{ "error": { "code", "message", "issues" } }` with the status mapped from the code',
  '(src/server/errors.ts): 400 invalid_input for a path segment, query parameter or body field outside',
  'its schema (unknown and repeated query parameters included), 401 unauthenticated (before any 400: input is checked for known callers only), 403 forbidden',
  '(role too low, cross-site write), 413 body_too_large (over 1 MiB), 429 rate_limited (with Retry-After).',
].join(' ');

const ERROR: Json = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, issues: { type: 'array', items: { type: 'object' } } },
    },
  },
};

/** A field's JSON Schema as a client sends it (the input side of any transform), its description lifted out. */
function schemaOf(field: z.ZodType): { schema: Json; description?: string } {
  const schema = z.toJSONSchema(field, { io: 'input', unrepresentable: 'any' }) as Json;
  const { description } = schema;
  delete schema['$schema'];
  delete schema['description'];
  return { schema, ...(typeof description === 'string' ? { description } : {}) };
}

function parameters(shape: z.ZodRawShape, where: 'path' | 'query'): Json[] {
  return Object.entries(shape).map(([name, field]) => {
    const { schema, description } = schemaOf(field as z.ZodType);
    const required = where === 'path' || !(field as z.ZodType).safeParse(undefined).success;
    return { name, in: where, ...(required ? { required: true } : {}), ...(description ? { description } : {}), schema };
  });
}

function operation(route: RouteSpec): Json {
  const params = [...(route.params ? parameters(route.params.shape, 'path') : []), ...parameters(route.query.shape, 'query')];
  const responses = Object.fromEntries(
    Object.entries({ ...route.responses, 400: route.responses[400] ?? 'invalid_input: a parameter or body field outside its schema' }).map(
      ([status, description]) => [
        status,
        Number(status) >= 400 ? { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } : { description },
      ],
    ),
  );
  return {
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body).schema } } } } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the routes, paths in declaration order. */
export function openApiDocument(routes: readonly RouteSpec[]): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Faultline API', version: '0.1.0', description: INTRO },
    servers: [{ url: 'http://localhost:8080/api' }],
    components: { schemas: { Error: ERROR } },
    paths,
  };
}
