// Finding 4 of the security review (issue 18) and the trust-proxy setting: behind a TLS-terminating
// proxy the web app's writes work and the session cookie is Secure; without the setting, forwarded
// headers, which any client can send, change nothing. (test/security-proxy-nginx.test.ts runs the
// same through a real nginx.)
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { serveApp } from '../src/server/serve.js';
import { jsonInit, PASSWORD, teamWorld } from './support/team-world.js';

const claimUrl = (id: string, action = '') => `/api/review/claims/${encodeURIComponent(id)}${action}`;
/** What nginx sends upstream for https://faultline.example.org/ (docs/security.md): its own Host, and the forwarded ones. */
const PROXIED = {
  host: '127.0.0.1:8080',
  'x-forwarded-host': 'faultline.example.org',
  'x-forwarded-proto': 'https',
  'x-forwarded-for': '203.0.113.7',
};
const SITE = 'https://faultline.example.org';

function post(path: string, body: unknown, headers: Record<string, string>): RequestInit {
  const init = jsonInit(body);
  return { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } };
}

const cookieOf = (response: Response) => response.headers.get('set-cookie') ?? '';

describe('finding 4: deployment behind a TLS-terminating proxy', () => {
  it('finding 4: behind a trusted TLS proxy, web-app writes are accepted and the session cookie is Secure', async () => {
    const world = await teamWorld();
    const app = createApp(world.store, { loopback: true, trustProxy: true, clock: () => world.clock.now });
    const browser = { ...PROXIED, origin: SITE, 'sec-fetch-site': 'same-origin' };
    const login = await app.request('http://127.0.0.1:8080/api/login', post('/api/login', { name: 'reviewer', password: PASSWORD }, browser));
    expect(login.status).toBe(200);
    expect(cookieOf(login)).toMatch(/;\s*Secure/i);
    const session = cookieOf(login).split(';')[0] ?? '';
    const withSession = { ...browser, cookie: session };
    const token = await app.request('http://127.0.0.1:8080/api/account/tokens', post('', { name: 'laptop' }, withSession));
    expect(token.status).toBe(201);
    const decision = await app.request(`http://127.0.0.1:8080${claimUrl('actor:f#1', '/accept')}`, post('', { by: 'r' }, withSession));
    expect(decision.status).toBe(200);
    // Another site is still refused.
    const crossSite = await app.request(
      'http://127.0.0.1:8080/api/account/tokens',
      post('', { name: 'x' }, { ...withSession, origin: 'https://evil.example' }),
    );
    expect(crossSite.status).toBe(403);
  });

  it('a proxy that forwards plain http gets no Secure cookie', async () => {
    const world = await teamWorld();
    const app = createApp(world.store, { trustProxy: true, clock: () => world.clock.now });
    const login = await app.request('/api/login', post('', { name: 'reviewer', password: PASSWORD }, { ...PROXIED, 'x-forwarded-proto': 'http' }));
    expect(login.status).toBe(200);
    expect(cookieOf(login)).not.toMatch(/Secure/i);
  });

  it('direct HTTPS gets a Secure cookie without any proxy', async () => {
    const world = await teamWorld();
    const login = await world.app.request('https://localhost/api/login', jsonInit({ name: 'reviewer', password: PASSWORD }));
    expect(cookieOf(login)).toMatch(/;\s*Secure/i);
  });

  it('with a proxy trusted, single-user mode is off: the proxy relays other machines', async () => {
    const world = await teamWorld({ users: false });
    const trusted = createApp(world.store, { loopback: true, trustProxy: true });
    expect((await trusted.request('/api/actors')).status).toBe(401);
    expect((await world.app.request('/api/actors')).status).toBe(200);
  });
});

describe('without --trust-proxy, forwarded headers change nothing', () => {
  const forged = {
    'x-forwarded-host': 'evil.example',
    'x-forwarded-proto': 'https',
    'x-forwarded-for': '198.51.100.66',
    forwarded: 'for=198.51.100.66;host=evil.example;proto=https',
  };

  it('neither the cookie nor the same-origin check follows them', async () => {
    const world = await teamWorld();
    const login = await world.app.request('http://localhost/api/login', post('', { name: 'reviewer', password: PASSWORD }, forged));
    expect(login.status).toBe(200);
    expect(cookieOf(login)).not.toMatch(/Secure/i);
    const session = cookieOf(login).split(';')[0] ?? '';
    const write = (headers: Record<string, string>) =>
      world.app.request('http://localhost/api/account/tokens', post('', { name: 'x' }, { cookie: session, ...headers }));
    expect((await write({ ...forged, origin: 'https://evil.example' })).status).toBe(403);
    expect((await write({ ...forged, origin: 'http://localhost' })).status).toBe(201);
  });

  it('the rate limit keys on the socket address, whatever address the request claims', async () => {
    const world = await teamWorld();
    const server = await serveApp(world.store, { port: 0, host: '127.0.0.1' });
    try {
      const login = (password: string, claimed: string) =>
        fetch(
          `http://127.0.0.1:${server.port}/api/login`,
          post('', { name: 'reviewer', password }, { ...forged, 'x-forwarded-for': claimed, forwarded: `for=${claimed}` }),
        );
      for (let i = 0; i < 5; i++) expect((await login(`guess ${i}`, `198.51.100.${i}`)).status).toBe(401);
      expect((await login(PASSWORD, '198.51.100.99')).status).toBe(429);
    } finally {
      await server.close();
    }
  });
});
