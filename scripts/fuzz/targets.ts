// The two ways the fuzz reaches a server: the app in this process (fast, every route and caller many
// times) and a `faultline serve` child over loopback sockets (the Node adapter, real headers).
import { request as httpRequest } from 'node:http';
import type { Hono } from 'hono';
import type { Role } from '../../src/core/accounts.js';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/server/security/secure-api.js';
import type { FuzzCase } from './route-cases.js';
import type { Answer } from './verdict.js';
import type { Caller } from './world.js';

const NODE_MAX_HEADER_BYTES = 16 * 1024;

/** A request the fuzz generated that the Fetch API itself refuses to build: not sent, only counted. */
export class Unsendable extends Error {}

/** The Fetch API request for a case, sent as `caller`. */
export function requestFor(origin: string, sent: FuzzCase, caller: Caller, tokens: Record<Role, string>): Request {
  const headers: Record<string, string> = {};
  if (caller !== 'anonymous') headers['authorization'] = `Bearer ${tokens[caller]}`;
  if (sent.contentType !== undefined) headers['content-type'] = sent.contentType;
  try {
    return new Request(`${origin}${sent.url}`, { method: sent.method, headers, ...(sent.body !== undefined ? { body: sent.body } : {}), redirect: 'manual' });
  } catch (error) {
    throw new Unsendable(String(error), { cause: error });
  }
}

/** Sends to the app in this process. */
export const viaApp =
  (app: Hono) =>
  async (request: Request): Promise<Answer> => {
    const response = await app.fetch(request);
    return { status: response.status, text: await response.text() };
  };

/**
 * Sends over HTTP on a connection of its own (a server may rightly close one after refusing a body
 * unread, and a pooled client would blame the next request); a connection that fails or closes
 * unanswered is status 0. A refusal that arrives while the body is still being written still counts.
 */
export async function viaHttp(request: Request): Promise<Answer> {
  const url = new URL(request.url);
  const body = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
  return new Promise((resolve) => {
    // The status once the answer's head is read: a connection that breaks after it was still answered.
    let status = 0;
    const headers = { ...Object.fromEntries(request.headers), ...(body ? { 'content-length': String(body.length) } : {}) };
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: request.method, path: url.pathname + url.search, headers, agent: false },
      (incoming) => {
        status = incoming.statusCode ?? 0;
        const chunks: Buffer[] = [];
        incoming.on('data', (d: Buffer) => chunks.push(d));
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        incoming.on('error', (error) => resolve({ status: 0, text: `no answer: ${error.message}` }));
      },
    );
    outgoing.on('error', (error) => {
      // Node's parser answers a request line and headers over 16 KB with 431 and closes at once: the
      // client, still writing them, sees the reset before it can read the answer.
      // Likewise a body over the API's limit is refused unread with 413 and the connection closed once
      // the adapter's drain gives up (500 ms): a fuzz process too busy to finish writing by then sees the
      // pipe break and may lose the answer already sent (seen once in CI, 1 run in about 300).
      const broken = /ECONNRESET|EPIPE/.test(error.message);
      const oversized = broken && url.pathname.length + url.search.length > NODE_MAX_HEADER_BYTES;
      const overLimit = broken && (body?.length ?? 0) > DEFAULT_MAX_BODY_BYTES;
      if (status !== 0) resolve({ status, text: '', unread: true });
      else if (oversized) resolve({ status: 431, text: '' });
      else if (overLimit) resolve({ status: 413, text: '', unread: true });
      else resolve({ status: 0, text: `no answer: ${error.message}` });
    });
    outgoing.end(body);
  });
}
