// The web app's side of the HTTP contract: paths, inputs and answers come from the server's route
// declarations and handlers (src/server/api.ts), so no call states a response type by hand.
import type { ExtractSchema } from 'hono/types';
import type { JSONValue } from 'hono/utils/types';
import type { Api } from '../../../src/server/api.js';
import { sendJson } from './client.js';

type Schema = ExtractSchema<Api>;
type Endpoint<P, M extends string> = P extends keyof Schema ? (M extends keyof Schema[P] ? Schema[P][M] : never) : never;

/** Every path the API answers a GET on (`/actors/:id` …). */
export type GetPath = { [P in keyof Schema]: '$get' extends keyof Schema[P] ? P : never }[keyof Schema] & string;

// Hono's JSON typing writes an absent optional property as `?: T | undefined`; under
// exactOptionalPropertyTypes the services' own types say `?: T`, which is what JSON carries.
// Free JSON (a claim's value) is left as it is.
type Sent<T> = [JSONValue] extends [T] ? T : T extends object ? { [K in keyof T]: Sent<Exclude<T[K], undefined>> } : T;

/** What a successful GET of `P` answers, as the handler returns it. */
export type GetAnswer<P extends GetPath> = Sent<Endpoint<P, '$get'>['output']>;

type Input<P extends GetPath> = Endpoint<P, '$get'>['input'];
/** The path parameters and query a GET of `P` takes, as its declaration reads them. */
export type GetArgs<P extends GetPath> = (Input<P> extends { param: infer X } ? { param: X } : object) &
  (Input<P> extends { query?: infer Q } ? { query?: Q } : object);

declare const answer: unique symbol;
/** An API URL that remembers what it answers; only `apiGet` makes one. */
export type ApiUrl<T> = string & { readonly [answer]: T };

/** The relative URL of a GET (`api/actors/actor%3Agatia`), with encoded parameters; its type carries the answer's. */
export function apiGet<P extends GetPath>(path: P, args: GetArgs<P>): ApiUrl<GetAnswer<P>> {
  const { param = {}, query = {} } = args as { param?: Record<string, string>; query?: Record<string, string | undefined> };
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(param[name] ?? ''));
  const given = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined);
  const search = new URLSearchParams(given).toString();
  return `api${filled}${search ? `?${search}` : ''}` as ApiUrl<GetAnswer<P>>;
}

type WriteMethod = 'POST' | 'PATCH' | 'DELETE';
type SchemaMethod<M extends WriteMethod> = `$${Lowercase<M>}`;

/** Every path the API answers method `M` on. */
export type SendPath<M extends WriteMethod> = { [P in keyof Schema]: SchemaMethod<M> extends keyof Schema[P] ? P : never }[keyof Schema] & string;

type SendInput<M extends WriteMethod, P extends SendPath<M>> = Endpoint<P, SchemaMethod<M>>['input'];
/** The path parameters and JSON body a write of `P` takes, as its declaration reads them. */
export type SendArgs<M extends WriteMethod, P extends SendPath<M>> = (SendInput<M, P> extends { param: infer X } ? { param: X } : object) &
  (SendInput<M, P> extends { json: infer J } ? { json: J } : object);

/** What a successful write of `P` answers, as the handler returns it. */
export type SendAnswer<M extends WriteMethod, P extends SendPath<M>> = Sent<Endpoint<P, SchemaMethod<M>>['output']>;

/** Sends a write through the declared contract: the path, parameters, body and answer are all the route's own. */
export function apiSend<M extends WriteMethod, P extends SendPath<M>>(method: M, path: P, args: SendArgs<M, P>): Promise<SendAnswer<M, P>> {
  const { param = {}, json } = args as { param?: Record<string, string>; json?: unknown };
  const filled = path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(param[name] ?? ''));
  return sendJson<SendAnswer<M, P>>(method, `api${filled}`, json);
}
