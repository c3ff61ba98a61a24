import type { IncomingMessage, ServerResponse } from 'node:http';
import { serve } from '@hono/node-server';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeamStore } from '../core/store-port.js';
import { FaultlineError } from '../core/errors.js';
import { createApp } from './app.js';

/** The built web app, found relative to this file in both src/ (tsx) and dist/ (compiled). */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** True for a host name or address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Starts the HTTP server; resolves once it listens. Single-user mode (docs/security.md) needs a
 * loopback host and no trusted proxy; `trustProxy` believes a reverse proxy's X-Forwarded-* headers.
 */
export async function serveApp(
  store: TeamStore,
  options: { port: number; host: string; webRoot?: string; trustProxy?: boolean },
): Promise<{ port: number; close: () => Promise<void> }> {
  const app = createApp(store, {
    webRoot: options.webRoot ?? WEB_ROOT,
    loopback: isLoopbackHost(options.host),
    trustProxy: options.trustProxy ?? false,
  });
  // What the server is still doing when asked to stop: the store must outlive it, or a write in
  // progress is cut off and rolled back (found by npm run load on PostgreSQL). A request counts while
  // its handler runs, even after its client has hung up, and while its response is being sent.
  let handling = 0;
  let sending = 0;
  let drained: (() => void) | undefined;
  const settle = () => {
    if (handling === 0 && sending === 0) drained?.();
  };
  const fetch = async (request: Request, env: unknown): Promise<Response> => {
    handling++;
    try {
      return await app.fetch(request, env);
    } finally {
      handling--;
      settle();
    }
  };
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: options.host }, (info) => {
      server.off('error', failed);
      server.on('request', (_request: IncomingMessage, response: ServerResponse) => {
        sending++;
        response.once('close', () => {
          sending--;
          settle();
        });
      });
      const close = async () => {
        const closed = new Promise<void>((done) => server.close(() => done()));
        if (handling > 0 || sending > 0) await new Promise<void>((done) => (drained = done));
        // Keep-alive connections would hold close() open until they time out: every one is idle now.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        await closed;
      };
      resolve({ port: info.port, close });
    });
    // Listening fails before the callback above: say why in words, not as Node's stack trace.
    const failed = (error: NodeJS.ErrnoException) => reject(listenError(error, options));
    server.once('error', failed);
  });
}

/** Why the server could not listen, and how to choose another port (README: PORT, --port). */
export function listenError(error: NodeJS.ErrnoException, where: { port: number; host: string }): Error {
  const how = `choose another with faultline serve --port N, or PORT=N npm start`;
  if (error.code === 'EADDRINUSE') {
    return new FaultlineError('conflict', `port ${where.port} on ${where.host} is already in use (another Faultline, or another program): ${how}`, {
      cause: error,
    });
  }
  if (error.code === 'EACCES') {
    return new FaultlineError('forbidden', `not allowed to listen on port ${where.port} on ${where.host} (ports below 1024 need privileges): ${how}`, {
      cause: error,
    });
  }
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
    return new FaultlineError(
      'invalid_input',
      `cannot listen on ${where.host}: no such interface on this machine; choose another with --host (or FAULTLINE_HOST for npm start)`,
      { cause: error },
    );
  }
  return error;
}
