// The two change marks over HTTP, each through a second connection to the same database (the command
// line, say, or another server): a record written there is served on the very next request, a token
// revoked there is refused on the very next request; a token written keeps every kept answer, a record
// written keeps what authentication read. And readers that miss together share one computation.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TeamStore } from '../src/core/store-port.js';
import { createApp } from '../src/server/app.js';
import { addUser, createToken, revokeToken } from '../src/services/auth/accounts.js';
import { editClaim } from '../src/services/review/edit-claim.js';
import { PostgresStore } from '../src/store/postgres/postgres-store.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildSource } from './factories.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

interface Two {
  server: TeamStore;
  other: TeamStore;
}

const by = { by: 'admin' };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A server on `server`, a viewer's token, and a proposed claim to edit. */
async function served({ server }: Two) {
  await server.write(
    [
      { kind: 'source', record: buildSource() },
      { kind: 'actor', record: buildActor('b', { name: 'Group B' }) },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
      { kind: 'claim', record: buildClaim('actor:p', 1, { status: 'proposed', value: { kind: 'armed_group', name: 'P', description: 'not yet edited' } }) },
    ],
    by,
  );
  await addUser(server, { name: 'ana', role: 'viewer' }, by);
  await addUser(server, { name: 'rev', role: 'reviewer' }, by);
  const { token } = await createToken(server, { user: 'ana', name: 'laptop', expiresInDays: 1 }, by);
  const app = createApp(server);
  const read = (path = '/api/actors') => app.request(path, { headers: { authorization: `Bearer ${token}` } });
  return { app, read, token, tokenId: token.slice(4).split('.')[0] ?? '' };
}

function marksOverHttp(open: () => Promise<Two>): void {
  it('a record written through another connection is served next; a token written or revoked there keeps kept answers', async () => {
    const two = await open();
    const { read } = await served(two);
    const first = await read();
    expect(first.status).toBe(200);
    const body = await first.text();
    expect((await read()).headers.get('x-faultline-cache')).toBe('hit');
    // Accounts move their own mark: the kept answer stays.
    const other = await createToken(two.other, { user: 'ana', name: 'phone', expiresInDays: 1 }, by);
    await revokeToken(two.other, other.token, by);
    const kept = await read();
    expect(kept.headers.get('x-faultline-cache')).toBe('hit');
    expect(await kept.text()).toBe(body);
    // A record moves the records mark: the next request answers from the data.
    await two.other.write([{ kind: 'actor', record: buildActor('z', { name: 'Zeta Front' }) }], by);
    const after = await read();
    expect(after.headers.get('x-faultline-cache')).toBeNull();
    expect(await after.text()).toContain('Zeta Front');
    // So does an edit of a proposed claim, which the review queue and the claims list show.
    const claims = await (await read('/api/claims')).text();
    expect((await read('/api/claims')).headers.get('x-faultline-cache')).toBe('hit');
    await editClaim(two.other, 'actor:p#1', { description: 'edited elsewhere' }, { by: 'rev' });
    const edited = await read('/api/claims');
    expect(edited.headers.get('x-faultline-cache')).toBeNull();
    const text = await edited.text();
    expect(text).not.toBe(claims);
    expect(text).toContain('edited elsewhere');
  });

  it('a token revoked through another connection is refused next; a record written there keeps what authentication read', async () => {
    const two = await open();
    const { read, tokenId } = await served(two);
    const lookups = vi.spyOn(two.server, 'getCredential');
    expect((await read()).status).toBe(200);
    expect((await read('/api/claims')).status).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
    await two.other.write([{ kind: 'actor', record: buildActor('z') }], by);
    expect((await read()).status).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
    await two.other.revokeCredential(tokenId, { by: 'admin', at: new Date().toISOString() });
    expect((await read()).status).toBe(401);
    expect(lookups).toHaveBeenCalledTimes(2);
  });

  it('readers that miss together share one computation of the answer, and each computes when it fails', async () => {
    const two = await open();
    const { read } = await served(two);
    const lists = vi.spyOn(two.server, 'list');
    await (await read()).text();
    const once = lists.mock.calls.length;
    expect(once).toBeGreaterThan(0);
    await two.other.write([{ kind: 'actor', record: buildActor('z', { name: 'Zeta Front' }) }], by);
    lists.mockClear();
    const answers = await Promise.all(Array.from({ length: 6 }, () => read()));
    expect(lists.mock.calls.length).toBe(once);
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('Zeta Front');
    expect(answers.map((a) => a.headers.get('x-faultline-cache')).sort()).toEqual([null, ...Array(5).fill('shared')]);
    expect(new Set(answers.map((a) => a.headers.get('etag'))).size).toBe(1);
    // A missing actor is a 404, never kept: each request asks for itself and gets its own 404.
    const missing = await Promise.all(Array.from({ length: 3 }, () => read('/api/actors/actor:none/profile')));
    expect(missing.map((m) => m.status)).toEqual([404, 404, 404]);
  });
}

describe('a SQLite database made before the marks (migration 11)', () => {
  it('upgrades on open, answers as before, and its marks move from then on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-marks-'));
    const path = join(dir, 'team.db');
    try {
      const made = new SqliteStore({ path });
      const { read } = await served({ server: made, other: made });
      const before = await (await read('/api/claims')).text();
      await made.close();
      const old = new Database(path);
      old.exec('DROP TABLE change_marks; DELETE FROM migrations WHERE version = 11;');
      old.close();
      const upgraded = new SqliteStore({ path });
      cleanups.push(() => upgraded.close());
      const { token } = await createToken(upgraded, { user: 'ana', name: 'again', expiresInDays: 1 }, by);
      const app = createApp(upgraded);
      const again = (url: string) => app.request(url, { headers: { authorization: `Bearer ${token}` } });
      expect(await (await again('/api/claims')).text()).toBe(before);
      const marks = await upgraded.changeMarks();
      await upgraded.write([{ kind: 'actor', record: buildActor('z') }], by);
      expect((await upgraded.changeMarks()).records).not.toBe(marks.records);
      expect((await upgraded.changeMarks()).accounts).toBe(marks.accounts);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('change marks over HTTP, SQLite', () => {
  marksOverHttp(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-marks-'));
    const path = join(dir, 'team.db');
    const server = new SqliteStore({ path });
    const other = new SqliteStore({ path });
    cleanups.push(async () => {
      await other.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return { server, other };
  });
});

describeWithPostgres('change marks over HTTP, PostgreSQL', (cluster) => {
  marksOverHttp(async () => {
    const url = await cluster().createDatabase();
    const server = await new PostgresStore({ url }).open();
    const other = await new PostgresStore({ url }).open();
    cleanups.push(async () => {
      await other.close();
      await server.close();
    });
    return { server, other };
  });
});
