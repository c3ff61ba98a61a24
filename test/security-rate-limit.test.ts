// Findings 2 and 3 of the security review (issue 18): the login and password limits hold under
// concurrent requests, and failures under other names never lock a real account out. Client
// addresses are told apart with a trusted proxy's X-Forwarded-For (docs/security.md).
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/server/app.js';
import { resetPassword } from '../src/services/auth/accounts.js';
import { jsonInit, PASSWORD, teamWorld, type TeamWorld } from './support/team-world.js';

const ADMIN_PASSWORD = 'the admin keeps a long one';

/** The team world served as if behind a trusted proxy, so each request can say which client it forwards. */
async function proxiedWorld(): Promise<TeamWorld> {
  const world = await teamWorld();
  await resetPassword(world.store, 'admin', ADMIN_PASSWORD, { by: 'setup' });
  world.app = createApp(world.store, { loopback: true, trustProxy: true, clock: () => world.clock.now });
  return world;
}

async function login(world: TeamWorld, name: string, password: string, from = '198.51.100.1'): Promise<Response> {
  const init = jsonInit({ name, password });
  return world.app.request('/api/login', { ...init, headers: { ...(init.headers as Record<string, string>), 'x-forwarded-for': from } });
}

async function sessionOf(world: TeamWorld, name: string, password: string): Promise<string> {
  const response = await login(world, name, password);
  expect(response.status, `login ${name}`).toBe(200);
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

const statuses = (answers: Response[]) => answers.map((a) => a.status);
const count = (all: number[], status: number) => all.filter((s) => s === status).length;

describe('finding 2: limits that concurrent requests cannot overrun', () => {
  it('finding 2: concurrent logins for one name never exceed the limit', async () => {
    const world = await teamWorld();
    // One client (the in-process app has no socket address), 100 attempts at once, the last one right.
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        world.app.request('/api/login', jsonInit({ name: 'reviewer', password: i === 99 ? PASSWORD : `guess number ${i}` })),
      ),
    );
    const all = statuses(answers);
    // Whatever was not refused up front reached password verification: at most the limit of 5.
    expect(all.filter((s) => s !== 429).length).toBeLessThanOrEqual(5);
    expect(count(all, 429)).toBeGreaterThanOrEqual(95);
    for (const answer of answers.filter((a) => a.status === 429)) expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('finding 2: concurrent changes of one own password never exceed the limit', async () => {
    const world = await proxiedWorld();
    const session = await sessionOf(world, 'reviewer', PASSWORD);
    const change = (currentPassword: string) => {
      const init = jsonInit({ currentPassword, newPassword: 'a brand new passphrase' });
      return world.app.request('/api/account/password', { ...init, headers: { ...(init.headers as Record<string, string>), cookie: session } });
    };
    const all = statuses(await Promise.all(Array.from({ length: 40 }, (_, i) => change(`wrong guess ${i}`))));
    expect(all.filter((s) => s !== 429).length).toBeLessThanOrEqual(5);
    expect(count(all, 403)).toBeGreaterThan(0);
    expect(count(all, 429)).toBeGreaterThanOrEqual(35);
  });

  it("finding 2: concurrent resets of users' passwords by an admin are limited too", async () => {
    const world = await proxiedWorld();
    const all = statuses(
      await Promise.all(
        Array.from({ length: 40 }, (_, i) => world.as('admin', '/api/users/reviewer/password', jsonInit({ password: `a new passphrase ${i}` }))),
      ),
    );
    expect(count(all, 200)).toBeGreaterThan(0);
    expect(all.filter((s) => s !== 429).length).toBeLessThanOrEqual(10);
    expect(count(all, 429)).toBeGreaterThanOrEqual(30);
  });
});

describe('finding 3: lock-out cannot be aimed at an account by failing under other names', () => {
  it('finding 3: failures under made-up names from one address lock no real account out, admins included', async () => {
    const world = await proxiedWorld();
    for (let round = 0; round < 4; round++) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => login(world, `made-up-${round}-${i}`, 'no such password')));
      expect(statuses(answers).every((s) => s === 401 || s === 429)).toBe(true);
    }
    expect((await login(world, 'admin', ADMIN_PASSWORD)).status).toBe(200);
    expect((await login(world, 'reviewer', PASSWORD)).status).toBe(200);
  });

  it('guessing one account is still limited per address and across addresses', async () => {
    const world = await proxiedWorld();
    for (let i = 0; i < 5; i++) expect((await login(world, 'reviewer', `guess ${i}`, '198.51.100.1')).status).toBe(401);
    // That address may no longer try this name, even with the right password...
    expect((await login(world, 'reviewer', PASSWORD, '198.51.100.1')).status).toBe(429);
    // ...but may log in as someone else, and the reviewer may log in from elsewhere.
    expect((await login(world, 'admin', ADMIN_PASSWORD, '198.51.100.1')).status).toBe(200);
    expect((await login(world, 'reviewer', PASSWORD, '198.51.100.2')).status).toBe(200);
    // Twenty failures for one name from many addresses close that name everywhere for the window.
    for (let i = 0; i < 20; i++) await login(world, 'admin', `guess ${i}`, `203.0.113.${i}`);
    expect((await login(world, 'admin', ADMIN_PASSWORD, '192.0.2.200')).status).toBe(429);
    expect((await login(world, 'reviewer', PASSWORD, '192.0.2.200')).status).toBe(200);
    world.clock.now = new Date(world.clock.now.getTime() + 16 * 60_000);
    expect((await login(world, 'admin', ADMIN_PASSWORD, '192.0.2.200')).status).toBe(200);
  });

  it('an address spraying many names is slowed to one try per name, without refusing a first correct login', async () => {
    const world = await proxiedWorld();
    for (let i = 0; i < 30; i++) expect((await login(world, `sprayed-${i}`, 'no such password')).status).toBe(401);
    expect((await login(world, 'sprayed-0', 'no such password')).status).toBe(429);
    // A name not yet tried from there gets its one try, so a real user sharing the address logs in.
    expect((await login(world, 'reviewer', 'a first typo here')).status).toBe(401);
    expect((await login(world, 'reviewer', PASSWORD)).status).toBe(429);
    expect((await login(world, 'admin', ADMIN_PASSWORD)).status).toBe(200);
    // Another address is not slowed.
    expect((await login(world, 'reviewer', PASSWORD, '198.51.100.9')).status).toBe(200);
  });

  it('unknown and real names are answered alike, so the limits reveal no account', async () => {
    const world = await proxiedWorld();
    for (const name of ['reviewer', 'nobody-here']) {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push((await login(world, name, `guess ${i}`, '198.51.100.3')).status);
      expect(answers, name).toEqual([401, 401, 401, 401, 401, 429]);
    }
  });
});
