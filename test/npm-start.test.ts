// The set-up promise: `npm start` (scripts/start.mjs) creates the embedded database, loads the Mali
// dataset and serves the app and the API. The global setup has built dist/ and web/dist already, so
// the script builds nothing here; it runs on its own database and port.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

describe('npm start', () => {
  it('loads the Mali dataset into a new database and serves the app and the API', async () => {
    const port = await freePort();
    const db = join(mkdtempSync(join(tmpdir(), 'faultline-start-')), 'start.db');
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, FAULTLINE_DB: db, PORT: String(port), FAULTLINE_HOST: '127.0.0.1', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    try {
      let stats: Record<string, number> | undefined;
      for (let waited = 0; waited < 150_000 && !stats && child.exitCode === null; waited += 500) {
        await new Promise((r) => setTimeout(r, 500));
        stats = await fetch(`http://127.0.0.1:${port}/api/stats`)
          .then((r) => (r.ok ? (r.json() as Promise<Record<string, number>>) : undefined))
          .catch(() => undefined);
      }
      expect(stats, output).toBeDefined();
      expect(stats?.['actor']).toBeGreaterThan(150);
      expect(stats?.['event']).toBeGreaterThan(300);
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<div id="root"|<script/);
    } finally {
      child.kill();
    }
  }, 180_000);
});
