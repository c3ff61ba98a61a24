// Finding 4 of issue 18 through a real reverse proxy: Debian's nginx terminating TLS on loopback
// with a certificate made at test time, configured as docs/security.md says, in front of
// `faultline serve --trust-proxy` in a child process. Covers login, the web app's writes over https, the Secure cookie, and the
// login limit keyed on the client address nginx forwards. Without nginx the suite says so and
// skips; under CI it fails instead.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, waitFor, type CliRun } from './support/cli-process.js';
import { freePort } from './support/free-port.js';
import { accepts, findNginx, hasOpenssl, startNginxProxy, type NginxProxy, type ProxiedAnswer } from './support/nginx-proxy.js';
import { requireTool } from './support/required-tool.js';
import { PASSWORD, teamWorld } from './support/team-world.js';

const nginx = findNginx();
const ready = requireTool('deployment behind nginx', {
  name: 'nginx and openssl',
  found: nginx !== undefined && hasOpenssl(),
  install: 'apt-get install -y nginx openssl',
});

const claimUrl = (id: string, action = '') => `/api/review/claims/${encodeURIComponent(id)}${action}`;
const cookieOf = (answer: ProxiedAnswer) => [answer.headers['set-cookie'] ?? []].flat().join('\n');

describe.runIf(ready)('deployment behind nginx', () => {
  let proxy: NginxProxy;
  let server: CliRun;
  let dir: string;

  beforeAll(async () => {
    // The team world copied into a database file for the server in its own process, started as an operator would.
    dir = mkdtempSync(join(tmpdir(), 'faultline-proxied-'));
    const world = await teamWorld();
    await world.store.backupTo(join(dir, 'team.db'));
    await world.store.close();
    const port = await freePort();
    server = runCli(['serve', '--db', join(dir, 'team.db'), '--port', String(port), '--trust-proxy']);
    await waitFor(() => accepts(port), 60_000);
    proxy = await startNginxProxy(nginx ?? 'nginx', port);
  }, 120_000);

  afterAll(async () => {
    await proxy?.stop();
    server?.kill();
    await server?.exit;
    rmSync(dir, { recursive: true, force: true });
  });

  /** A JSON write as the web app sends it from the proxied site. */
  const send = (path: string, body: unknown, headers: Record<string, string> = {}, from?: string) =>
    proxy.fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: proxy.origin, 'sec-fetch-site': 'same-origin', ...headers },
      body: JSON.stringify(body),
      ...(from !== undefined ? { from } : {}),
    });

  it('finding 4, through nginx: login over https sets a Secure cookie and the web app can write', async () => {
    const login = await send('/api/login', { name: 'reviewer', password: PASSWORD });
    expect(login.status).toBe(200);
    const cookie = cookieOf(login);
    expect(cookie).toMatch(/^faultline_session=[^;]+;/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    const session = cookie.split(';')[0] ?? '';
    expect(JSON.parse((await proxy.fetch('/api/session', { headers: { cookie: session } })).body)).toMatchObject({ user: { name: 'reviewer' } });
    const token = await send('/api/account/tokens', { name: 'through the proxy' }, { cookie: session });
    expect(token.status, token.body).toBe(201);
    const decision = await send(claimUrl('actor:f#1', '/accept'), { by: 'r' }, { cookie: session });
    expect(decision.status, decision.body).toBe(200);
    // The same-origin check still holds behind the proxy.
    expect((await send('/api/account/tokens', { name: 'x' }, { cookie: session, origin: 'https://evil.example' })).status).toBe(403);
  });

  it('through nginx, the login limit keys on the client address it forwards, and a forged one changes nothing', async () => {
    // nginx appends the real peer to whatever X-Forwarded-For the client sent; the server reads that last entry.
    for (let i = 0; i < 5; i++) {
      expect((await send('/api/login', { name: 'editor', password: `guess ${i}` }, { 'x-forwarded-for': `203.0.113.${i}` }, '127.0.0.2')).status).toBe(401);
    }
    expect((await send('/api/login', { name: 'editor', password: 'guess 5' }, { 'x-forwarded-for': '203.0.113.99' }, '127.0.0.2')).status).toBe(429);
    // Another client of the same proxy is not held back by the first one's failures.
    expect((await send('/api/login', { name: 'editor', password: 'guess 6' }, {}, '127.0.0.3')).status).toBe(401);
    expect((await send('/api/login', { name: 'reviewer', password: PASSWORD }, {}, '127.0.0.2')).status).toBe(200);
  });
});
