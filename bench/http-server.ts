// The server for the HTTP throughput bench (http-throughput.ts), in a process of its own: the app as
// `faultline serve` builds it, beside a bare Hono route on the same Node server as the floor.
// Usage: node --import tsx bench/http-server.ts DB; prints "listening on PORT" once it listens.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { openStore } from '../src/composition-root.js';
import { createApp } from '../src/server/app.js';

const db = process.argv[2];
if (!db) throw new Error('usage: http-server.ts DB');
const store = await openStore(db);
const outer = new Hono();
outer.get('/bare', (c) => c.text('ok'));
outer.route('/', createApp(store, { loopback: true }));
const server = serve({ fetch: outer.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`listening on ${info.port}`));
process.on('SIGTERM', () => server.close(() => void store.close().then(() => process.exit(0))));
