// Managing accounts over HTTP: every user's own tokens and password, and user management for admins.
// Role checks, ownership of tokens, the rules about oneself and the last admin, audit entries with
// no secret in them, cross-site writes and hostile input — each refusal leaving the database as it was.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { serveApp } from '../src/server/serve.js';
import { addUser, createToken, disableUser, setRole } from '../src/services/auth/accounts.js';
import { sha256 } from '../src/services/auth/credentials.js';
import { fingerprint, jsonInit, PASSWORD, teamWorld, type TeamWorld } from './support/team-world.js';

const idOf = (token: string) => token.slice(4, 28);
const ADA_PASSWORD = 'ada keeps the keys safe';

/** Opens a web session and returns its cookie header. */
async function sessionOf(world: TeamWorld, name: string, password: string): Promise<string> {
  const response = await world.app.request('/api/login', jsonInit({ name, password }));
  expect(response.status, `login ${name}`).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

/** A request with a session cookie, as the web app sends it (same origin unless told otherwise). */
async function withCookie(world: TeamWorld, cookie: string, path: string, init: RequestInit = {}): Promise<Response> {
  return world.app.request(path, { ...init, headers: { ...(init.headers as Record<string, string>), cookie } });
}

/** Sends a request head exactly as written (no body) and reads the whole answer. */
function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(`${head}Connection: close\r\n\r\n`));
    socket.on('data', (chunk) => (answer += String(chunk)));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const bearer = async (world: TeamWorld, token: string, path = '/api/actors') => world.app.request(path, { headers: { authorization: `Bearer ${token}` } });

describe('own API tokens', () => {
  it('any role lists, creates and revokes its own tokens; the secret is shown once and never listed or audited', async () => {
    const world = await teamWorld();
    const { as, store } = world;
    const listed = await as('viewer', '/api/account/tokens');
    expect(listed.status).toBe(200);
    const before = (await listed.json()) as { tokens: { id: string; name: string; status: string }[] };
    expect(before.tokens).toEqual([expect.objectContaining({ id: idOf(world.tokens.viewer), user: 'viewer', name: 'tests', status: 'active' })]);

    world.clock.now = new Date('2026-03-01T12:00:00.000Z');
    const created = await as('viewer', '/api/account/tokens', jsonInit({ name: 'nightly export', expiresInDays: 7 }));
    expect(created.status).toBe(201);
    const { token, secret } = (await created.json()) as { token: { id: string; expiresAt: string }; secret: string };
    expect(secret).toMatch(/^flt_[0-9a-f]{24}\.[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ id: idOf(secret), user: 'viewer', name: 'nightly export', status: 'active', expiresAt: '2026-03-08T12:00:00.000Z' });
    expect((await bearer(world, secret)).status).toBe(200);

    const hash = sha256(secret.split('.')[1] ?? '');
    const listedAfter = await (await as('viewer', '/api/account/tokens')).text();
    expect(JSON.parse(listedAfter)).toMatchObject({ tokens: [{ id: token.id }, { id: idOf(world.tokens.viewer) }] });
    expect(listedAfter).not.toContain(secret.split('.')[1]);
    expect(listedAfter).not.toContain(hash);
    expect(listedAfter).not.toMatch(/secretHash/);

    const revoked = await as('viewer', `/api/account/tokens/${token.id}`, { method: 'DELETE' });
    expect(revoked.status).toBe(200);
    expect((await bearer(world, secret)).status).toBe(401);
    expect((await (await as('viewer', '/api/account/tokens?all=true')).json()) as unknown).toMatchObject({
      tokens: [{ id: token.id, status: 'revoked' }, { status: 'active' }],
    });
    expect((await as('viewer', `/api/account/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(404);

    const entries = await store.audit({ id: token.id });
    expect(entries.map((e) => [e.action, e.actor, e.kind])).toEqual([
      ['credential.create', 'viewer', 'token'],
      ['credential.revoke', 'viewer', 'token'],
    ]);
    const log = JSON.stringify(await store.audit());
    expect(log).not.toContain(secret.split('.')[1]);
    expect(log).not.toContain(hash);
  });

  it("a user cannot revoke another user's token, by either route; an admin can", async () => {
    const world = await teamWorld();
    const { as, store, tokens } = world;
    const before = await fingerprint(store);
    const editorToken = idOf(tokens.editor);
    for (const role of ['viewer', 'reviewer', 'admin'] as const) {
      const response = await as(role, `/api/account/tokens/${editorToken}`, { method: 'DELETE' });
      expect(response.status, role).toBe(404);
    }
    for (const role of ['viewer', 'editor', 'reviewer'] as const) {
      expect((await as(role, `/api/users/editor/tokens/${editorToken}`, { method: 'DELETE' })).status, role).toBe(403);
      expect((await as(role, '/api/users/editor/tokens')).status, role).toBe(403);
    }
    expect(await fingerprint(store)).toBe(before);
    // A session is not a token: neither route revokes one.
    await sessionOf(world, 'reviewer', PASSWORD);
    const withSession = await fingerprint(store);
    const [session] = await store.listCredentials({ kind: 'session' });
    expect((await as('reviewer', `/api/account/tokens/${session?.id}`, { method: 'DELETE' })).status).toBe(404);
    expect((await as('admin', `/api/users/reviewer/tokens/${session?.id}`, { method: 'DELETE' })).status).toBe(404);
    // The token under another owner's name is not found either.
    expect((await as('admin', `/api/users/viewer/tokens/${editorToken}`, { method: 'DELETE' })).status).toBe(404);
    expect((await bearer(world, tokens.editor)).status).toBe(200);
    expect(await fingerprint(store)).toBe(withSession);

    const listed = await as('admin', '/api/users/editor/tokens');
    expect(await listed.json()).toEqual({ tokens: [expect.objectContaining({ id: editorToken, user: 'editor' })] });
    expect((await as('admin', `/api/users/editor/tokens/${editorToken}`, { method: 'DELETE' })).status).toBe(200);
    expect((await bearer(world, tokens.editor)).status).toBe(401);
    expect((await store.audit({ id: editorToken })).at(-1)).toMatchObject({ action: 'credential.revoke', actor: 'admin' });
    expect((await as('admin', '/api/users/nobody/tokens')).status).toBe(404);
  });

  it('a DELETE without a body reaches its route over a real socket; one with a non-JSON body does not', async () => {
    // Node's adapter hands every DELETE a body stream, so only the headers tell whether it has one.
    const { store } = await teamWorld();
    const server = await serveApp(store, { port: 0, host: '127.0.0.1' });
    try {
      // This server keeps real time, so its tokens are made now.
      const admin = await createToken(store, { user: 'admin', name: 'socket' }, { by: 'setup' });
      const spare = await createToken(store, { user: 'admin', name: 'spare' }, { by: 'setup' });
      const url = `http://127.0.0.1:${server.port}/api/account/tokens/${spare.credential.id}`;
      const auth = { authorization: `Bearer ${admin.token}` };
      const refused = await fetch(url, { method: 'DELETE', headers: { ...auth, 'content-type': 'text/plain' }, body: 'x' });
      expect(refused.status).toBe(400);
      const revoked = await fetch(url, { method: 'DELETE', headers: auth });
      expect(revoked.status).toBe(200);
      expect(await revoked.json()).toEqual({ revoked: spare.credential.id });
      // A POST with no body and no Content-Length, as `curl -X POST` sends it.
      const raw = await rawRequest(server.port, `POST /api/users/viewer/disable HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${admin.token}\r\n`);
      expect(raw).toMatch(/^HTTP\/1\.1 200 /);
      expect((await store.getUser('viewer'))?.disabledAt).toBeTypeOf('string');
    } finally {
      await server.close();
    }
  });

  it('single-user mode has no account to manage', async () => {
    const { as } = await teamWorld({ users: false });
    for (const path of ['/api/account/tokens', '/api/users']) {
      const response = await as(undefined, path);
      expect(response.status, path).toBe(409);
      expect(await response.json()).toMatchObject({ error: { code: 'conflict' } });
    }
  });
});

describe('own password', () => {
  it('needs the current password, ends the other sessions and keeps this one', async () => {
    const world = await teamWorld();
    const { store } = world;
    const mine = await sessionOf(world, 'reviewer', PASSWORD);
    const other = await sessionOf(world, 'reviewer', PASSWORD);
    const change = (cookie: string, body: unknown) => withCookie(world, cookie, '/api/account/password', jsonInit(body));

    const before = await fingerprint(store);
    const wrong = await change(mine, { currentPassword: 'not the password', newPassword: 'a brand new passphrase' });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await change(mine, { currentPassword: PASSWORD, newPassword: 'short' })).status).toBe(400);
    expect((await change(mine, { currentPassword: PASSWORD, newPassword: PASSWORD })).status).toBe(400);
    expect((await change(mine, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase', role: 'admin' })).status).toBe(400);
    expect(await fingerprint(store)).toBe(before);

    const changed = await change(mine, { currentPassword: PASSWORD, newPassword: 'a brand new passphrase' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ changed: true, sessionsEnded: 1 });
    expect((await withCookie(world, mine, '/api/actors')).status).toBe(200);
    expect((await withCookie(world, other, '/api/actors')).status).toBe(401);
    expect((await world.app.request('/api/login', jsonInit({ name: 'reviewer', password: PASSWORD }))).status).toBe(401);
    expect((await world.app.request('/api/login', jsonInit({ name: 'reviewer', password: 'a brand new passphrase' }))).status).toBe(200);
    const audit = await store.audit({ kind: 'user', id: 'reviewer' });
    expect(audit.at(-1)).toMatchObject({ action: 'user.put', actor: 'reviewer' });
    expect(JSON.stringify(await store.audit())).not.toMatch(/scrypt|a brand new passphrase/);
    // A token works too, and a token-only account has no current password to give.
    expect((await world.as('viewer', '/api/account/password', jsonInit({ currentPassword: 'anything', newPassword: 'long enough now' }))).status).toBe(403);
  });

  it('limits wrong guesses of the current password', async () => {
    const world = await teamWorld();
    const mine = await sessionOf(world, 'reviewer', PASSWORD);
    const guess = (currentPassword: string) =>
      withCookie(world, mine, '/api/account/password', jsonInit({ currentPassword, newPassword: 'a brand new passphrase' }));
    for (let i = 0; i < 5; i++) expect((await guess(`guess ${i}`)).status).toBe(403);
    const limited = await guess(PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    world.clock.now = new Date(world.clock.now.getTime() + 16 * 60_000);
    // The session lasts 12 hours, so it is still open after the window.
    expect((await guess(PASSWORD)).status).toBe(200);
  });
});

describe('user management', () => {
  it('is for admins only: no other role lists, adds, changes, disables or sets the password of users, nor raises its own role', async () => {
    const { as, store } = await teamWorld();
    const before = await fingerprint(store);
    for (const role of ['viewer', 'editor', 'reviewer'] as const) {
      const attempts: [string, RequestInit?][] = [
        ['/api/users'],
        ['/api/users', jsonInit({ name: 'mallory', role: 'admin', password: 'mallory is here now' })],
        [`/api/users/${role}`, jsonInit({ role: 'admin' }, 'PATCH')],
        ['/api/users/admin', jsonInit({ role: 'viewer' }, 'PATCH')],
        ['/api/users/admin/disable', { method: 'POST' }],
        ['/api/users/admin/password', jsonInit({ password: 'mallory owns admin now' })],
        ['/api/%75sers', {}],
      ];
      for (const [path, init] of attempts) {
        const response = await as(role, path, init);
        expect([403, 404], `${role} ${init?.method ?? 'GET'} ${path}`).toContain(response.status);
        if (response.status === 403) expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
      }
      expect((await as(role, '/api/users')).status).toBe(403);
    }
    expect(await fingerprint(store)).toBe(before);
  });

  it('an admin lists, adds, changes the role of and disables users, each audited as the CLI does', async () => {
    const world = await teamWorld();
    const { as, store, tokens } = world;
    const list = await as('admin', '/api/users');
    const text = await list.text();
    expect(JSON.parse(text)).toEqual({
      users: ['admin', 'editor', 'reviewer', 'viewer'].map((name) => ({
        name,
        role: name,
        password: name === 'reviewer',
        createdAt: expect.any(String),
        disabled: null,
      })),
    });
    expect(text).not.toMatch(/scrypt|passwordHash/);

    const added = await as('admin', '/api/users', jsonInit({ name: 'nadia', role: 'editor', password: 'nadia reads the reports' }));
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ user: { name: 'nadia', role: 'editor', password: true, disabled: null } });
    expect((await world.app.request('/api/login', jsonInit({ name: 'nadia', password: 'nadia reads the reports' }))).status).toBe(200);
    expect((await as('admin', '/api/users', jsonInit({ name: 'nadia', role: 'viewer', password: 'another long password' }))).status).toBe(409);

    const changed = await as('admin', '/api/users/editor', jsonInit({ role: 'reviewer' }, 'PATCH'));
    expect(await changed.json()).toMatchObject({ user: { name: 'editor', role: 'reviewer' } });
    const roleEntry = (await store.audit({ kind: 'user', id: 'editor' })).at(-1);
    expect(roleEntry).toMatchObject({ action: 'user.put', actor: 'admin' });
    expect(JSON.parse(roleEntry?.before ?? '{}')).toMatchObject({ role: 'editor' });
    expect(JSON.parse(roleEntry?.after ?? '{}')).toMatchObject({ role: 'reviewer' });

    await sessionOf(world, 'nadia', 'nadia reads the reports');
    await as('admin', '/api/users/nadia', jsonInit({ role: 'viewer' }, 'PATCH'));
    const disabled = await as('admin', '/api/users/nadia/disable', { method: 'POST' });
    expect(await disabled.json()).toMatchObject({ user: { name: 'nadia', disabled: world.clock.now.toISOString() } });
    expect((await world.app.request('/api/login', jsonInit({ name: 'nadia', password: 'nadia reads the reports' }))).status).toBe(401);
    expect((await store.listCredentials({ user: 'nadia' })).every((c) => c.revokedAt)).toBe(true);
    // Both of nadia's sessions (the login checked above and this one) end with her account.
    expect((await store.audit({ actor: 'admin', kind: 'session' })).map((e) => e.action)).toEqual(['credential.revoke', 'credential.revoke']);
    expect((await as('admin', '/api/users/nadia/disable', { method: 'POST' })).status).toBe(409);

    await as('admin', '/api/users/viewer/disable', { method: 'POST' });
    expect((await bearer(world, tokens.viewer)).status).toBe(401);
    const log = JSON.stringify(await store.audit());
    expect(log).not.toMatch(/scrypt|secretHash|nadia reads the reports/);
    for (const role of ['viewer', 'editor', 'reviewer', 'admin'] as const) expect(log).not.toContain(tokens[role].split('.')[1]);
  });

  it("an admin sets a user's forgotten password: the old one stops working, their sessions end, their tokens stay", async () => {
    const world = await teamWorld();
    const { as, store, tokens } = world;
    const NEW = 'a fresh start for the reviewer';
    const session = await sessionOf(world, 'reviewer', PASSWORD);
    expect((await withCookie(world, session, '/api/actors')).status).toBe(200);
    const before = await fingerprint(store);
    for (const [body, status] of [
      [{ password: 'too short' }, 400],
      [{ password: NEW, role: 'admin' }, 400],
      [{}, 400],
    ] as const) {
      expect((await as('admin', '/api/users/reviewer/password', jsonInit(body))).status, JSON.stringify(body)).toBe(status);
    }
    expect((await as('admin', '/api/users/nobody/password', jsonInit({ password: NEW }))).status).toBe(404);
    expect(await fingerprint(store)).toBe(before);

    world.clock.now = new Date('2026-03-02T09:00:00.000Z');
    const reset = await as('admin', '/api/users/reviewer/password', jsonInit({ password: NEW }));
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ user: expect.objectContaining({ name: 'reviewer', password: true, disabled: null }), sessionsEnded: 1 });
    expect((await withCookie(world, session, '/api/actors')).status).toBe(401);
    expect((await world.app.request('/api/login', jsonInit({ name: 'reviewer', password: PASSWORD }))).status).toBe(401);
    expect((await world.app.request('/api/login', jsonInit({ name: 'reviewer', password: NEW }))).status).toBe(200);
    expect((await bearer(world, tokens.reviewer)).status).toBe(200);
    const entry = (await store.audit({ kind: 'user', id: 'reviewer' })).at(-1);
    expect(entry).toMatchObject({ action: 'user.put', actor: 'admin', at: '2026-03-02T09:00:00.000Z' });
    expect(JSON.stringify(await store.audit())).not.toContain(NEW);

    // Not one's own (the Account page asks for the current password), nor a disabled user's.
    expect((await as('admin', '/api/users/admin/password', jsonInit({ password: NEW }))).status).toBe(403);
    await disableUser(store, 'viewer', { by: 'cli' });
    expect((await as('admin', '/api/users/viewer/password', jsonInit({ password: NEW }))).status).toBe(409);
  });

  it('an admin cannot change their own role or disable themselves; the last active admin stays, from the CLI too', async () => {
    const world = await teamWorld();
    const { as, store } = world;
    const before = await fingerprint(store);
    for (const [path, init] of [
      ['/api/users/admin', jsonInit({ role: 'viewer' }, 'PATCH')],
      ['/api/users/admin', jsonInit({ role: 'reviewer' }, 'PATCH')],
      ['/api/users/admin/disable', { method: 'POST' }],
    ] as const) {
      const response = await as('admin', path, init);
      expect(response.status, path).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'forbidden' } });
    }
    expect(await fingerprint(store)).toBe(before);
    // The CLI acts as the database's owner, not as an account, but keeps the last admin too.
    await expect(setRole(store, 'admin', 'editor', { by: 'cli' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(disableUser(store, 'admin', { by: 'cli' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await fingerprint(store)).toBe(before);

    await addUser(store, { name: 'ada', role: 'admin', password: ADA_PASSWORD }, { by: 'cli' });
    const ada = await sessionOf(world, 'ada', ADA_PASSWORD);
    expect((await withCookie(world, ada, '/api/users/admin', jsonInit({ role: 'editor' }, 'PATCH'))).status).toBe(200);
    await expect(setRole(store, 'ada', 'viewer', { by: 'cli' })).rejects.toMatchObject({ code: 'conflict' });
    // A disabled admin does not count as one.
    await setRole(store, 'admin', 'admin', { by: 'cli' });
    await disableUser(store, 'admin', { by: 'cli' });
    await expect(disableUser(store, 'ada', { by: 'cli' })).rejects.toMatchObject({ code: 'conflict' });
    expect(await store.getUser('ada')).toMatchObject({ role: 'admin' });
  });

  it('refuses cross-site writes made with a session cookie', async () => {
    const world = await teamWorld();
    const { store } = world;
    await addUser(store, { name: 'ada', role: 'admin', password: ADA_PASSWORD }, { by: 'cli' });
    const ada = await sessionOf(world, 'ada', ADA_PASSWORD);
    const before = await fingerprint(store);
    const hostile: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
    for (const headers of hostile) {
      for (const [path, init] of [
        ['/api/account/tokens', jsonInit({ name: 'stolen' })],
        ['/api/account/password', jsonInit({ currentPassword: ADA_PASSWORD, newPassword: 'chosen by the attacker' })],
        ['/api/users', jsonInit({ name: 'mallory', role: 'admin', password: 'mallory is here now' })],
        ['/api/users/viewer', jsonInit({ role: 'admin' }, 'PATCH')],
        ['/api/users/viewer/disable', { method: 'POST' }],
        [`/api/users/viewer/tokens/${idOf(world.tokens.viewer)}`, { method: 'DELETE' }],
      ] as const) {
        const response = await withCookie(world, ada, path, { ...init, headers: { ...(init.headers as Record<string, string>), ...headers } });
        expect(response.status, `${path} ${JSON.stringify(headers)}`).toBe(403);
      }
    }
    expect(await fingerprint(store)).toBe(before);
    const sameSite = await withCookie(world, ada, '/api/account/tokens', {
      ...jsonInit({ name: 'mine' }),
      headers: { 'content-type': 'application/json', origin: 'http://localhost', 'sec-fetch-site': 'same-origin' },
    });
    expect(sameSite.status).toBe(201);
  });

  it('hostile names, ids and bodies fail with a 4xx and change nothing', async () => {
    const { as, store } = await teamWorld();
    const before = await fingerprint(store);
    const payloads = ["' OR '1'='1", '../admin', 'ADMIN', 'a'.repeat(80), '<script>', '%00', 'admin;drop'];
    const check = async (path: string, init?: RequestInit) => {
      const response = await as('admin', path, init);
      expect(response.status, `${init?.method ?? 'GET'} ${path}`).toBeGreaterThanOrEqual(400);
      expect(response.status, `${init?.method ?? 'GET'} ${path}`).toBeLessThan(500);
    };
    for (const payload of payloads) {
      const name = encodeURIComponent(payload);
      await check(`/api/users/${name}`, jsonInit({ role: 'viewer' }, 'PATCH'));
      await check(`/api/users/${name}/disable`, { method: 'POST' });
      await check(`/api/users/${name}/tokens`);
      await check(`/api/users/viewer/tokens/${name}`, { method: 'DELETE' });
      await check(`/api/account/tokens/${name}`, { method: 'DELETE' });
      await check('/api/users', jsonInit({ name: payload, role: 'viewer', password: 'long enough password' }));
      await check('/api/users', jsonInit({ name: 'someone', role: payload, password: 'long enough password' }));
      await check('/api/users/viewer', jsonInit({ role: payload }, 'PATCH'));
      await check('/api/account/tokens', jsonInit({ name: 'x', expiresInDays: payload }));
    }
    await check('/api/account/tokens', jsonInit({ name: '' }));
    await check('/api/account/tokens', jsonInit({ name: 'a\u0000b' }));
    await check('/api/account/tokens', jsonInit({ name: 'x', expiresInDays: 0 }));
    await check('/api/account/tokens', jsonInit({ name: 'x', user: 'editor' }));
    await check('/api/users', jsonInit({ name: 'someone', role: 'viewer' }));
    await check('/api/users', jsonInit({ name: 'someone', role: 'viewer', password: 'short' }));
    await check('/api/users', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"name":"x"}' });
    await check('/api/users', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', pad: 'x'.repeat(70_000) }),
    });
    await check('/api/users/viewer', jsonInit({ role: 'viewer', disabled: true }, 'PATCH'));
    expect(await fingerprint(store)).toBe(before);
  });
});
