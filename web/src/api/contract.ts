// The web app's side of the HTTP contract: paths, inputs and answers come from the server's route
// declarations and handlers (src/server/api.ts), so no call states a response type by hand.
import type { ExtractSchema } from 'hono/types';
import type { JSONValue } from 'hono/utils/types';
import type { Api } from '../../../src/server/api.js';

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
