// Accounts and roles over HTTP: single-user mode, tokens (valid, forged, expired, revoked), the web
// login and its rate limit, and every write refused below its role with nothing changed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { addUser, createToken } from '../src/services/auth/accounts.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fingerprint, jsonInit, PASSWORD, teamWorld } from './support/team-world.js';

const claimUrl = (id: string, action = '') => `/api/review/claims/${encodeURIComponent(id)}${action}`;

describe('single-user mode', () => {
  it('acts as the local admin on loopback while no user exists', async () => {
    const { as } = await teamWorld({ users: false });
    expect((await as(undefined, '/api/audit')).status).toBe(200);
    expect(await (await as(undefined, '/api/session')).json()).toMatchObject({ mode: 'local', user: { name: 'local', role: 'admin' } });
    expect((await as(undefined, claimUrl('actor:f#1', '/accept'), jsonInit({ by: 'me' }))).status).toBe(200);
  });

  it('refuses everything when the server listens beyond loopback and no user exists', async () => {
    const { as } = await teamWorld({ users: false, loopback: false });
    const response = await as(undefined, '/api/actors');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthenticated' } });
  });

  it('requires authentication once a user exists, except to log in or ask how', async () => {
    const { as } = await teamWorld();
    expect((await as(undefined, '/api/actors')).status).toBe(401);
    expect((await as(undefined, '/api/audit')).status).toBe(401);
    expect(await (await as(undefined, '/api/session')).json()).toEqual({ mode: 'accounts', user: null });
  });
});

describe('API tokens', () => {
  it('a valid token reads; a forged, malformed, expired or revoked one is 401 and never anonymous', async () => {
    const world = await teamWorld();
    const { as, tokens, clock, store, app } = world;
    expect((await as('viewer', '/api/actors')).status).toBe(200);
    const bearer = (token: string) => app.request('/api/actors', { headers: { authorization: `Bearer ${token}` } });
    const [id] = tokens.viewer.slice(4).split('.');
    const forged = [
      `flt_${id}.${'A'.repeat(43)}`,
      `flt_${'0'.repeat(24)}.${tokens.viewer.split('.')[1]}`,
      tokens.viewer.slice(0, -1),
      `${tokens.viewer}x`,
      'flt_',
      "flt_' OR '1'='1",
      tokens.viewer.replace('flt_', ''),
    ];
    for (const token of forged) expect((await bearer(token)).status, token).toBe(401);
    expect((await app.request('/api/actors', { headers: { authorization: 'Basic dmlld2VyOng=' } })).status).toBe(401);
    expect((await app.request('/api/actors', { headers: { authorization: `Bearer ${tokens.viewer} extra` } })).status).toBe(401);
    clock.now = new Date(clock.now.getTime() + 31 * 86_400_000);
    expect((await as('viewer', '/api/actors')).status).toBe(401);
    clock.now = new Date('2026-03-02T00:00:00.000Z');
    await store.revokeCredential(id ?? '', { by: 'admin', at: clock.now.toISOString() });
    expect((await as('viewer', '/api/actors')).status).toBe(401);
  });

  it('a changed role applies at once; a disabled user is locked out', async () => {
    const { as, store } = await teamWorld();
    // Each token is used first, so that what authentication read for it is kept (account-lookups.ts).
    expect((await as('editor', '/api/actors')).status).toBe(200);
    expect((await as('admin', '/api/audit')).status).toBe(200);
    await store.putUser({ ...(await store.getUser('editor'))!, role: 'viewer' }, { by: 'admin', at: '2026-03-01T00:00:00.000Z' });
    expect((await as('editor', claimUrl('actor:f#1', '/reject'), jsonInit({ by: 'x' }))).status).toBe(403);
    await store.putUser({ ...(await store.getUser('admin'))!, disabledAt: '2026-03-01T00:00:00.000Z' }, { by: 'admin', at: '2026-03-01T00:00:00.000Z' });
    expect((await as('admin', '/api/audit')).status).toBe(401);
  });
});

describe('a credential changed by another process', () => {
  it('is refused at once although the server has kept what it read for it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-auth-'));
    const path = join(dir, 'team.db');
    const server = new SqliteStore({ path });
    const other = new SqliteStore({ path });
    try {
      const by = { by: 'admin' };
      await addUser(server, { name: 'ana', role: 'viewer' }, by);
      const { token } = await createToken(server, { user: 'ana', name: 'laptop', expiresInDays: 1 }, by);
      const app = createApp(server);
      const read = () => app.request('/api/actors', { headers: { authorization: `Bearer ${token}` } });
      expect((await read()).status).toBe(200);
      expect((await read()).status).toBe(200);
      // The command line, say, revokes it through its own connection to the same database.
      await other.revokeCredential(token.slice(4).split('.')[0] ?? '', { by: 'admin', at: new Date().toISOString() });
      expect((await read()).status).toBe(401);
    } finally {
      await other.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('roles', () => {
  it('reviewing needs a reviewer; refused attempts change nothing; the reviewer is recorded as themselves', async () => {
    const { as, store } = await teamWorld();
    const before = await fingerprint(store);
    for (const role of ['viewer', 'editor'] as const) {
      for (const [path, init] of [
        [claimUrl('actor:f#1', '/accept'), jsonInit({ by: 'admin' })],
        [claimUrl('actor:f#1', '/reject'), jsonInit({ by: 'admin' })],
        [claimUrl('actor:f#1'), jsonInit({ by: 'admin', value: { kind: 'coalition' }, accept: true }, 'PATCH')],
        [claimUrl('actor:f#1', '/merge'), jsonInit({ by: 'admin', into: 'actor:b' })],
      ] as const) {
        const response = await as(role, path, init);
        expect(response.status, `${role} ${path}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
    }
    expect(await fingerprint(store)).toBe(before);
    const accepted = await as('reviewer', claimUrl('actor:f#1', '/accept'), jsonInit({ by: 'somebody-else' }));
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ status: 'accepted', reviewedBy: 'reviewer' });
    expect((await store.history('claim', 'actor:f#1')).at(-1)?.recordedBy).toBe('reviewer');
    expect((await store.audit({ id: 'actor:f#1' })).at(-1)).toMatchObject({ actor: 'reviewer', action: 'record.update' });
  });

  it('the audit log is for admins only', async () => {
    const { as } = await teamWorld();
    for (const role of ['viewer', 'editor', 'reviewer'] as const) expect((await as(role, '/api/audit')).status).toBe(403);
    const response = await as('admin', '/api/audit?kind=user&limit=2');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { entries: { id: string }[]; next?: number };
    expect(page.entries.map((e) => e.id)).toEqual(['viewer', 'editor']);
    expect(page.next).toBeTypeOf('number');
    const rest = (await (await as('admin', `/api/audit?kind=user&after=${page.next}`)).json()) as { entries: { id: string }[] };
    expect(rest.entries.map((e) => e.id)).toEqual(['reviewer', 'admin']);
    expect(JSON.stringify(rest)).not.toMatch(/scrypt|secretHash/);
  });

  it('the service layer refuses writes below editor whatever route reaches it', async () => {
    const { store } = await teamWorld();
    const { visibleStore } = await import('../src/services/visibility.js');
    const view = visibleStore(store, () => ({ name: 'viewer', role: 'viewer', via: 'token' }));
    await expect(view.write([], { by: 'x' })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(view.putSourceText('a'.repeat(64), 'x')).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('web login', () => {
  const login = (app: Awaited<ReturnType<typeof teamWorld>>['app'], password: string, name = 'reviewer') =>
    app.request('/api/login', jsonInit({ name, password }));

  it('sets an HttpOnly, SameSite=Strict session cookie that authenticates until logout', async () => {
    const { app } = await teamWorld();
    const response = await login(app, PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ user: { name: 'reviewer', role: 'reviewer' } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^faultline_session=[0-9a-f]{24}\.[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = cookie.split(';')[0] ?? '';
    expect(await (await app.request('/api/session', { headers: { cookie: session } })).json()).toMatchObject({ user: { name: 'reviewer' } });
    expect((await app.request('/api/actors', { headers: { cookie: session } })).status).toBe(200);
    const crossSite = await app.request(claimUrl('actor:f#1', '/accept'), {
      ...jsonInit({ by: 'r' }),
      headers: { cookie: session, 'content-type': 'application/json', origin: 'https://evil.example' },
    });
    expect(crossSite.status).toBe(403);
    expect((await app.request('/api/logout', { method: 'POST', headers: { cookie: session } })).status).toBe(200);
    expect((await app.request('/api/actors', { headers: { cookie: session } })).status).toBe(401);
    expect((await app.request('/api/actors', { headers: { cookie: 'faultline_session=forged.value' } })).status).toBe(401);
  });

  it('a stale session cookie does not stop the user from logging in again', async () => {
    const { app } = await teamWorld();
    const stale = { cookie: 'faultline_session=0123456789abcdef01234567.' + 'A'.repeat(43) };
    expect((await app.request('/api/actors', { headers: stale })).status).toBe(401);
    const session = await app.request('/api/session', { headers: stale });
    expect(await session.json()).toEqual({ mode: 'accounts', user: null });
    expect(session.headers.get('set-cookie') ?? '').toMatch(/faultline_session=;/);
    const again = await app.request('/api/login', {
      ...jsonInit({ name: 'reviewer', password: PASSWORD }),
      headers: { ...stale, 'content-type': 'application/json' },
    });
    expect(again.status).toBe(200);
  });

  it('refuses wrong passwords and unknown names alike, then limits the rate', async () => {
    const { app, store } = await teamWorld();
    expect((await login(app, 'wrong password!')).status).toBe(401);
    expect(await (await login(app, PASSWORD, 'nobody')).json()).toMatchObject({ error: { code: 'unauthenticated' } });
    expect((await login(app, PASSWORD, 'viewer')).status).toBe(401);
    for (let i = 0; i < 4; i++) await login(app, 'wrong password!');
    const limited = await login(app, PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await store.listCredentials({ kind: 'session' })).toEqual([]);
    expect((await app.request('/api/login', jsonInit({ name: 'reviewer' }))).status).toBe(400);
  });
});
