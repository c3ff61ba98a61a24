import type { MiddlewareHandler } from 'hono';
import { FaultlineError } from '../../core/errors.js';

/**
 * Checks what no route declaration can, before any route runs (each route's own schema then checks
 * its path, query and body, src/server/contract/route.ts): the raw path has no traversal, backslash
 * or control character and decodes, and a write that carries a body sends JSON.
 */
export function requestShape(): MiddlewareHandler {
  return async (c, next) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      throw new FaultlineError('invalid_input', 'malformed percent-encoding in the path');
    }
    if (path.length > 1000 || /\p{Cc}|\\|(^|\/)\.\.?(\/|$)/u.test(path)) throw new FaultlineError('invalid_input', 'invalid path');
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
