import { serve } from '@hono/node-server';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TeamStore } from '../core/store-port.js';
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
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      resolve({ port: info.port, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
