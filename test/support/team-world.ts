// A small world for the security suites: a public and a restricted source, facts citing one, the
// other or both, a proposed claim, and one user per role with an API token.
import type { Role } from '../../src/core/accounts.js';
import { sha256Hex } from '../../src/core/text/normalise.js';
import type { Hono } from 'hono';
import { createApp } from '../../src/server/app.js';
import { addUser, createToken } from '../../src/services/auth/accounts.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, evidenceFor, SOURCE_TEXT } from '../factories.js';

export const SECRET_TEXT = 'Interview notes. The commander of Group B says his men took orders from Coalition C from 2015.';
export const SECRET_ID = sha256Hex(SECRET_TEXT);
export const SECRET_TITLE = 'Interview with a commander in Kidal';
export const SECRET_NOTE = 'the commander places the allegiance two years earlier';
const secretPassage = 'his men took orders from Coalition C';
const secretStart = SECRET_TEXT.indexOf(secretPassage);
export const secretEvidence = { source: SECRET_ID, start: secretStart, end: secretStart + secretPassage.length, sha256: sha256Hex(secretPassage) };

export const ROLES_IN_ORDER: Role[] = ['viewer', 'editor', 'reviewer', 'admin'];
export const PASSWORD = 'correct horse battery staple';

export interface TeamWorld {
  store: SqliteStore;
  app: Hono;
  /** An API token per role, for users named after their role. */
  tokens: Record<Role, string>;
  clock: { now: Date };
  as: (role: Role | undefined, path: string, init?: RequestInit) => Promise<Response>;
}

/** Facts: b in c (public and restricted evidence), b allied with d (restricted only), a proposal about e. */
export async function teamWorld(options: { users?: boolean; loopback?: boolean } = {}): Promise<TeamWorld> {
  const clock = { now: new Date('2026-03-01T00:00:00.000Z') };
  const store = new SqliteStore({ path: ':memory:' });
  await store.write(
    [
      { kind: 'source', record: buildSource() },
      { kind: 'source', record: buildSource({ id: SECRET_ID, title: SECRET_TITLE, restricted: true, kind: 'interview' }) },
      { kind: 'actor', record: buildActor('b') },
      { kind: 'actor', record: buildActor('c', { kind: 'coalition' }) },
      { kind: 'actor', record: buildActor('d') },
      { kind: 'relation', record: buildRelation('b-in-c') },
      { kind: 'relation', record: buildRelation('b-ally-d', { type: 'allied_with', to: 'actor:d', valid: '2015/2016' }) },
      { kind: 'claim', record: buildClaim('actor:b', 1) },
      { kind: 'claim', record: buildClaim('actor:c', 1) },
      { kind: 'claim', record: buildClaim('actor:d', 1) },
      { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
      { kind: 'claim', record: buildClaim('rel:b-in-c', 2, { evidence: [...evidenceFor('Group B joined Coalition C'), secretEvidence], note: SECRET_NOTE }) },
      { kind: 'claim', record: buildClaim('rel:b-ally-d', 1, { evidence: [secretEvidence], note: SECRET_NOTE }) },
      {
        kind: 'claim',
        record: buildClaim('actor:e', 1, {
          status: 'proposed',
          evidence: [secretEvidence],
          value: { kind: 'armed_group', name: 'E', description: 'test actor e' },
        }),
      },
      { kind: 'claim', record: buildClaim('actor:f', 1, { status: 'proposed', value: { kind: 'armed_group', name: 'F', description: 'test actor f' } }) },
    ],
    { by: 'loader' },
  );
  await store.putSourceText(buildSource().id, SOURCE_TEXT);
  await store.putSourceText(SECRET_ID, SECRET_TEXT);
  const tokens = {} as Record<Role, string>;
  if (options.users !== false) {
    for (const role of ROLES_IN_ORDER) {
      await addUser(store, { name: role, role, ...(role === 'reviewer' ? { password: PASSWORD } : {}) }, { by: 'setup' });
      tokens[role] = (await createToken(store, { user: role, name: 'tests', expiresInDays: 30 }, { by: 'setup', clock: () => clock.now })).token;
    }
  }
  const app = createApp(store, { loopback: options.loopback ?? true, clock: () => clock.now, maxBodyBytes: 64 * 1024 });
  const as = async (role: Role | undefined, path: string, init: RequestInit = {}) =>
    app.request(path, { ...init, headers: { ...(role ? { authorization: `Bearer ${tokens[role]}` } : {}), ...(init.headers as Record<string, string>) } });
  return { store, app, tokens, clock, as };
}

/** A JSON POST (or other method) as a role. */
export function jsonInit(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** Everything a database holds that a refused request must not change. */
export async function fingerprint(store: SqliteStore): Promise<string> {
  const kinds = ['source', 'actor', 'place', 'relation', 'event', 'claim'] as const;
  const lists = await Promise.all(kinds.map((k) => store.list(k)));
  return JSON.stringify({ lists, audit: await store.audit(), users: await store.listUsers(), credentials: await store.listCredentials() });
}
