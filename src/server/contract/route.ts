// One declaration per route, beside its handler: the input it reads (path, query, JSON body) and what
// it answers. The same declaration validates the request, types the handler and the web client, and
// writes docs/openapi.yaml (openapi.ts), so the four can no longer disagree.
import { zValidator } from '@hono/zod-validator';
import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';

type Method = 'get' | 'post' | 'patch' | 'delete';

/** A route's contract; `path` is in Hono's form (`/actors/:id`), relative to /api. */
export interface RouteSpec {
  method: Method;
  path: string;
  summary: string;
  description?: string;
  params?: z.ZodObject;
  /** Every route declares its query, empty or not, so an unknown parameter is refused everywhere. */
  query: z.ZodObject;
  body?: z.ZodType;
  /** What each status answers, in words (the error statuses a client should expect included). */
  responses: Record<number, string>;
}

/** Declares a route, keeping its literal types for the handler and the web client. */
export const defineRoute = <const R extends RouteSpec>(route: R): R => route;

type Target<R extends RouteSpec, K extends 'params' | 'query' | 'body'> = R[K] extends z.ZodType ? R[K] : never;
type Part<Name extends string, S> = [S] extends [never] ? object : { [K in Name]: S };

/** What a route's validator hands its handler (`c.req.valid(...)`) and asks of a client. */
export interface RouteInput<R extends RouteSpec> {
  in: Part<'param', z.input<Target<R, 'params'>>> & Part<'query', z.input<Target<R, 'query'>>> & Part<'json', z.input<Target<R, 'body'>>>;
  out: Part<'param', z.output<Target<R, 'params'>>> & Part<'query', z.output<Target<R, 'query'>>> & Part<'json', z.output<Target<R, 'body'>>>;
}

const WHERE = { param: 'path', query: 'query parameters', json: 'request body' } as const;

/** A failed parse becomes `invalid_input` (400) naming each field at fault, in the shape of src/server/errors.ts. */
function refuse(target: keyof typeof WHERE, error: z.core.$ZodError): never {
  const issues = error.issues.map((i) => ({ code: 'invalid_input' as const, path: i.path.join('.'), message: i.message }));
  if (target === 'json') throw new FaultlineError('invalid_input', 'invalid request body', { issues });
  const named = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  throw new FaultlineError('invalid_input', `invalid ${WHERE[target]}: ${named}`, { issues });
}

const validators = new WeakSet<MiddlewareHandler>();

/** True for a middleware made by `validated`: the route walk in test/http-contract.test.ts looks for one on every route. */
export const isRouteValidator = (handler: unknown): boolean => typeof handler === 'function' && validators.has(handler as MiddlewareHandler);

/** The middleware that parses a route's path, query and body with its declaration before the handler runs. */
export function validated<R extends RouteSpec>(route: R): MiddlewareHandler<object, string, RouteInput<R>> {
  const steps: MiddlewareHandler[] = [];
  const hook = (result: { success: boolean; error?: z.core.$ZodError; target: keyof typeof WHERE }) => {
    if (!result.success && result.error) refuse(result.target, result.error);
  };
  if (route.params) steps.push(zValidator('param', route.params, hook) as MiddlewareHandler);
  steps.push(zValidator('query', route.query, hook) as MiddlewareHandler);
  if (route.body) steps.push(zValidator('json', route.body, hook) as MiddlewareHandler);
  const middleware: MiddlewareHandler = async (c, next) => {
    for (const step of steps) {
      try {
        await step(c, async () => undefined);
      } catch (error) {
        // Hono's own JSON reading refuses a malformed body with an HTTPException; ours are coded.
        if (error instanceof HTTPException && error.status === 400) throw new FaultlineError('invalid_input', 'expected a JSON body', { cause: error });
        throw error;
      }
    }
    await next();
  };
  validators.add(middleware);
  return middleware;
}
