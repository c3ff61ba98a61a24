import type pg from 'pg';
import type { Credential, Role, User } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import type { AuditEntry, AuditQuery } from '../../core/store-port.js';
import { credentialAuditView, userAuditView } from '../audit-views.js';
import { Params } from './sql.js';
import { LOCK_CLASS, LOCKS } from './advisory-locks.js';
import { cut, mergeBySeq } from '../audit-span-range.js';
import { spanEntries } from './audit-spans.js';

type Queryable = pg.Pool | pg.PoolClient;
export type NewEntry = Omit<AuditEntry, 'seq'>;

interface UserRow {
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

interface CredentialRow {
  id: string;
  kind: Credential['kind'];
  user_name: string;
  name: string;
  secret_hash: string;
  created_at: Date;
  expires_at: Date | null;
  revoked_at: Date | null;
}

const toUser = (r: UserRow): User => ({
  name: r.name,
  role: r.role,
  createdAt: r.created_at.toISOString(),
  ...(r.password_hash ? { passwordHash: r.password_hash } : {}),
  ...(r.disabled_at ? { disabledAt: r.disabled_at.toISOString() } : {}),
});

const toCredential = (r: CredentialRow): Credential => ({
  id: r.id,
  kind: r.kind,
  user: r.user_name,
  name: r.name,
  secretHash: r.secret_hash,
  createdAt: r.created_at.toISOString(),
  ...(r.expires_at ? { expiresAt: r.expires_at.toISOString() } : {}),
  ...(r.revoked_at ? { revokedAt: r.revoked_at.toISOString() } : {}),
});

/** Appends audit entries in one round trip; the only statement that touches audit_log (a trigger refuses the rest). */
export async function appendAudit(db: Queryable, entries: readonly NewEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const column = <T>(pick: (e: NewEntry) => T) => entries.map(pick);
  // The entries take their numbers holding the log's sequence lock shared (advisory-locks.ts), taken
  // before any row is numbered: no audit span reserves a run of numbers meanwhile (audit-spans.ts).
  await db.query(
    `WITH numbers AS MATERIALIZED (SELECT pg_advisory_xact_lock_shared(${LOCK_CLASS}, ${LOCKS.auditNumbers}))
     INSERT INTO audit_log (at, actor, action, kind, id, before, after)
     SELECT u.at, u.actor, u.action, u.kind, u.id, u.before, u.after
     FROM numbers, unnest($1::timestamptz[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) WITH ORDINALITY AS u(at, actor, action, kind, id, before, after, n)
     ORDER BY u.n`,
    [
      column((e) => e.at),
      column((e) => e.actor),
      column((e) => e.action),
      column((e) => e.kind),
      column((e) => e.id),
      column((e) => e.before),
      column((e) => e.after),
    ],
  );
}

/**
 * Reads the audit log in sequence order, filtered: its rows, an entry that names its version (migration
 * 14) with before and after read from the versions, and the entries of the spans (audit-spans.ts).
 */
export async function readAudit(db: Queryable, query: AuditQuery = {}): Promise<AuditEntry[]> {
  const p = new Params();
  const where: string[] = [];
  if (query.actor !== undefined) where.push(`a.actor = ${p.add(query.actor)}`);
  if (query.since !== undefined) where.push(`a.at >= ${p.add(query.since)}::timestamptz`);
  if (query.until !== undefined) where.push(`a.at <= ${p.add(query.until)}::timestamptz`);
  if (query.kind !== undefined) where.push(`a.kind = ${p.add(query.kind)}`);
  if (query.id !== undefined) where.push(`a.id = ${p.add(query.id)}`);
  if (query.afterSeq !== undefined) where.push(`a.seq > ${p.add(query.afterSeq)}`);
  const limit = query.limit === undefined ? '' : ` LIMIT ${p.add(query.limit)}`;
  const { rows } = await db.query<Omit<AuditEntry, 'at' | 'seq'> & { at: Date; seq: string }>(
    `SELECT a.seq, a.at, a.actor, a.action, a.kind, a.id,
       CASE WHEN a.version IS NULL THEN a.before
         WHEN a.action = 'record.retire' THEN (SELECT r.body FROM records r WHERE r.kind = a.kind AND r.id = a.id AND r.version = a.version)
         WHEN a.version > 1 THEN (SELECT p.body FROM records p WHERE p.kind = a.kind AND p.id = a.id AND p.version = a.version - 1) END AS before,
       CASE WHEN a.version IS NULL OR a.action = 'record.retire' THEN a.after
         ELSE (SELECT r.body FROM records r WHERE r.kind = a.kind AND r.id = a.id AND r.version = a.version) END AS after
     FROM audit_log a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq${limit}`,
    p.values,
  );
  const logged = rows.map((r) => ({ ...r, seq: Number(r.seq), at: r.at.toISOString() }));
  const max = query.limit ?? -1;
  return mergeBySeq(logged, max === 0 ? [] : await spanEntries(db, query, max, cut(logged, max)), max);
}

export async function getUser(db: Queryable, name: string): Promise<User | undefined> {
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE name = $1', [name]);
  return rows[0] ? toUser(rows[0]) : undefined;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  return (await db.query<UserRow>('SELECT * FROM users ORDER BY name')).rows.map(toUser);
}

export async function hasUsers(db: Queryable): Promise<boolean> {
  return (await db.query('SELECT 1 FROM users LIMIT 1')).rows.length > 0;
}

/** Inside a transaction: upsert the user and audit the change. */
export async function putUser(client: pg.PoolClient, user: User, meta: { by: string; at: string }): Promise<void> {
  await client.query('SELECT 1 FROM users WHERE name = $1 FOR UPDATE', [user.name]);
  const before = await getUser(client, user.name);
  await client.query(
    `INSERT INTO users (name, role, password_hash, created_at, disabled_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled_at = excluded.disabled_at`,
    [user.name, user.role, user.passwordHash ?? null, user.createdAt, user.disabledAt ?? null],
  );
  const after = await getUser(client, user.name);
  await appendAudit(client, [
    { at: meta.at, actor: meta.by, action: 'user.put', kind: 'user', id: user.name, before: userAuditView(before), after: userAuditView(after) },
  ]);
}

export async function getCredential(db: Queryable, id: string): Promise<Credential | undefined> {
  const { rows } = await db.query<CredentialRow>('SELECT * FROM credentials WHERE id = $1', [id]);
  return rows[0] ? toCredential(rows[0]) : undefined;
}

export async function listCredentials(db: Queryable, options: { user?: string; kind?: Credential['kind'] } = {}): Promise<Credential[]> {
  const { rows } = await db.query<CredentialRow>(
    'SELECT * FROM credentials WHERE ($1::text IS NULL OR user_name = $1) AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, id',
    [options.user ?? null, options.kind ?? null],
  );
  return rows.map(toCredential);
}

export async function putCredential(client: pg.PoolClient, c: Credential, meta: { by: string; at: string }): Promise<void> {
  if (!(await getUser(client, c.user))) throw new FaultlineError('not_found', `user not found: ${c.user}`);
  const { rowCount } = await client.query(
    `INSERT INTO credentials (id, kind, user_name, name, secret_hash, created_at, expires_at, revoked_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (id) DO NOTHING`,
    [c.id, c.kind, c.user, c.name, c.secretHash, c.createdAt, c.expiresAt ?? null, c.revokedAt ?? null],
  );
  if (rowCount === 0) throw new FaultlineError('conflict', `credential ${c.id} already exists`);
  await appendAudit(client, [
    { at: meta.at, actor: meta.by, action: 'credential.create', kind: c.kind, id: c.id, before: null, after: credentialAuditView(c) },
  ]);
}

export async function revokeCredential(client: pg.PoolClient, id: string, meta: { by: string; at: string }): Promise<boolean> {
  const { rows } = await client.query<CredentialRow>('SELECT * FROM credentials WHERE id = $1 FOR UPDATE', [id]);
  const before = rows[0] ? toCredential(rows[0]) : undefined;
  if (!before || before.revokedAt) return false;
  await client.query('UPDATE credentials SET revoked_at = $1 WHERE id = $2', [meta.at, id]);
  const after = await getCredential(client, id);
  await appendAudit(client, [
    { at: meta.at, actor: meta.by, action: 'credential.revoke', kind: before.kind, id, before: credentialAuditView(before), after: credentialAuditView(after) },
  ]);
  return true;
}
