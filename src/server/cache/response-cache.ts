// Answers for the same data, the same visibility and the same request are the same bytes: the store's
// records mark says when the data moved (ChangeMarks; accounts move another mark, which authentication
// keys on), the role says which view of it a caller gets. So a read is
// answered from memory, or with 304 to a client that already holds it, until the next write. Answers
// stay `no-store` for browsers and proxies (docs/security.md): conflict data is not left on disks; the
// tag serves API clients that keep answers themselves.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Context, MiddlewareHandler } from 'hono';
import { accepts } from 'hono/accepts';
import { LRUCache } from 'lru-cache';
import { canReadRestricted } from '../../core/accounts.js';
import { currentPrincipal } from '../security/request-context.js';

export interface ResponseCacheOptions {
  /** Bytes of answers kept in memory (default 64 MiB); the least recently used go first. */
  maxBytes?: number;
  clock?: () => Date;
}

/**
 * Routes whose answer depends on who asks, not only on the data and the role's view of it (one's
 * session, tokens, the user list, the audit log, one's saved views): never cached, never given an ETag.
 */
const PER_USER = /^\/api\/(session|login|logout|account|users|audit|views)(\/|$)/;

interface Kept {
  etag: string;
  /** Encoded once: a hit sends the bytes as they are. */
  body: Uint8Array<ArrayBuffer>;
  /**
   * The same bytes compressed once, for clients that accept gzip (every browser): a snapshot's 70 KB
   * of JSON goes as about a tenth of it, which a mission's thin link feels, and the server sends and
   * the client reads far fewer bytes per answer. Small answers are not worth it.
   */
  gzip: Uint8Array<ArrayBuffer> | undefined;
  contentType: string;
}

/** Below this many bytes an answer is sent as it is. */
const GZIP_FROM = 1024;

const wantsGzip = (c: Context) => accepts(c, { header: 'Accept-Encoding', supports: ['gzip'], default: 'identity' }) === 'gzip';

/** True when a request may be answered from the cache: a GET of data, not of someone's account. */
export const isCacheable = (method: string, path: string): boolean => method === 'GET' && !PER_USER.test(path);

/**
 * The cache middleware, placed after authentication. The key is the store's records mark (as the request
 * first read it, in the same read as the accounts mark authentication used: change-mark.ts), whether the
 * caller may read restricted sources (the two views of the data; a viewer's key never finds a
 * reviewer's answer), today's date (a route's default date may be today) and the URL. A write moves
 * the mark, so nothing written before it is served after it.
 *
 * Requests with the same key that miss together wait for the first one's answer rather than each
 * computing it: after a write, every reader misses at once, and a hundred of them computing the same
 * snapshot side by side took the server's whole time. Each of them read the mark after it arrived and
 * found it unmoved, so the first one's answer is as true for them as a kept one.
 */
export function responseCache(changeMark: (c: Context) => Promise<string>, options: ResponseCacheOptions = {}): MiddlewareHandler {
  const clock = options.clock ?? (() => new Date());
  const kept = new LRUCache<string, Kept>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (k) => k.body.byteLength + (k.gzip?.byteLength ?? 0) + 200,
  });
  /** Answers being computed, by key: undefined when the answer turns out not to be kept (an error, not JSON). */
  const computing = new Map<string, Promise<Kept | undefined>>();
  const send = (c: Context, found: Kept, etag: string, how: 'hit' | 'shared') => {
    const headers = { 'content-type': found.contentType, etag, vary: 'Accept-Encoding', 'x-faultline-cache': how };
    if (found.gzip && wantsGzip(c)) return c.body(found.gzip, 200, { ...headers, 'content-encoding': 'gzip' });
    return c.body(found.body, 200, headers);
  };
  return async (c, next) => {
    if (!isCacheable(c.req.method, c.req.path)) return next();
    const view = canReadRestricted(currentPrincipal().role) ? 'restricted-readers' : 'others';
    const mark = await changeMark(c);
    const key = [mark, view, clock().toISOString().slice(0, 10), c.req.url.slice(c.req.url.indexOf('/api/'))].join('\n');
    const etag = `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
    // The tag is the key's hash: a client holding it holds the answer to this key, whether or not it is still in memory.
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { etag });
    const found = kept.get(key);
    if (found) return send(c, found, etag, 'hit');
    const first = computing.get(key);
    if (first) {
      const shared = await first;
      // When the first one's answer was not kept (an error, say), this request asks on its own.
      if (shared) return send(c, shared, etag, 'shared');
      return next();
    }
    let done: (value: Kept | undefined) => void = () => undefined;
    computing.set(key, new Promise((resolve) => (done = resolve)));
    let made: Kept | undefined;
    try {
      await next();
      const contentType = c.res.headers.get('content-type') ?? '';
      if (c.res.status !== 200 || !contentType.startsWith('application/json')) return;
      const body = new Uint8Array(await c.res.clone().arrayBuffer());
      const gzip = body.byteLength >= GZIP_FROM ? new Uint8Array(gzipSync(body)) : undefined;
      made = { etag, body, gzip, contentType };
      kept.set(key, made);
      c.res.headers.set('etag', etag);
      c.res.headers.set('vary', 'Accept-Encoding');
    } finally {
      computing.delete(key);
      done(made);
    }
  };
}
