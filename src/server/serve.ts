import { serve } from '@hono/node-server';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from '../core/store-port.js';
import { createApp } from './app.js';

/** The built web app, found relative to this file in both src/ (tsx) and dist/ (compiled). */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web', 'dist');

/** Starts the HTTP server; resolves once it listens. */
export async function serveApp(store: Store, options: { port: number; host: string; webRoot?: string }): Promise<{ port: number; close: () => Promise<void> }> {
  const app = createApp(store, { webRoot: options.webRoot ?? WEB_ROOT });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
      resolve({ port: info.port, close: () => new Promise<void>((done) => server.close(() => done())) });
    });
  });
}
