import type Database from 'better-sqlite3';
import type { Credential, Role, User } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import type { AuditEntry, AuditQuery } from '../../core/store-port.js';
import { moveMarks, partsOf } from './change-marks.js';
import { credentialAuditView, userAuditView } from '../audit-views.js';
import { cut, mergeBySeq } from '../audit-span-range.js';
import { spanEntries } from './audit-spans.js';
import { whoAndWhen } from './audit-filters.js';

interface UserRow {
  name: string;
  role: Role;
  password_hash: string | null;
  created_at: string;
  disabled_at: string | null;
}

interface CredentialRow {
  id: string;
  kind: Credential['kind'];
  user_name: string;
  name: string;
  secret_hash: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

const toUser = (r: UserRow): User => ({
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  ...(r.password_hash ? { passwordHash: r.password_hash } : {}),
  ...(r.disabled_at ? { disabledAt: r.disabled_at } : {}),
});

const toCredential = (r: CredentialRow): Credential => ({
  id: r.id,
  kind: r.kind,
  user: r.user_name,
  name: r.name,
  secretHash: r.secret_hash,
  createdAt: r.created_at,
  ...(r.expires_at ? { expiresAt: r.expires_at } : {}),
  ...(r.revoked_at ? { revokedAt: r.revoked_at } : {}),
});

/** Appends audit entries; the only statement that touches audit_log (triggers refuse UPDATE and DELETE). */
export function appendAudit(db: Database.Database, entries: readonly Omit<AuditEntry, 'seq'>[]): void {
  const insert = db.prepare('INSERT INTO audit_log (at, actor, action, kind, id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const e of entries) insert.run(e.at, e.actor, e.action, e.kind, e.id, e.before, e.after);
  moveMarks(
    db,
    entries.flatMap((e) => partsOf(e.action)),
  );
}

/** Reads the audit log in sequence order, filtered; every value is a bound parameter. */
export function readAudit(db: Database.Database, query: AuditQuery = {}): AuditEntry[] {
  const { where, params } = whoAndWhen('a', query);
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (query.id !== undefined) add('a.id = ?', query.id);
  if (query.afterSeq !== undefined) add('a.seq > ?', query.afterSeq);
  // Entries of record versions (migration 5) name the version: before and after are read from it.
  // A retirement names the version it closed, which is its before; nothing comes after.
  const sql = `SELECT a.seq, a.at, a.actor, a.action, a.kind, a.id,
      CASE WHEN a.version IS NULL THEN a.before WHEN a.action = 'record.retire' THEN r.body ELSE p.body END AS before,
      CASE WHEN a.version IS NULL THEN a.after WHEN a.action = 'record.retire' THEN NULL ELSE r.body END AS after
    FROM audit_log a
      LEFT JOIN records r ON a.version IS NOT NULL AND r.kind = a.kind AND r.id = a.id AND r.version = a.version
      LEFT JOIN records p ON a.version IS NOT NULL AND p.kind = a.kind AND p.id = a.id AND p.version = a.version - 1
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.seq LIMIT ?`;
  const limit = query.limit ?? -1;
  const logged = db.prepare(sql).all(...params, limit) as AuditEntry[];
  // The entries of large writes, logged as spans (audit-spans.ts), merged in by sequence number.
  return mergeBySeq(logged, limit === 0 ? [] : spanEntries(db, query, limit, cut(logged, limit)), limit);
}

/** The account tables of the embedded store. */
export class SqliteAccounts {
  /** Statements prepared once: authentication reads a credential and a user on every API request. */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {}

  private prepared(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  hasUsers(): boolean {
    return this.prepared('SELECT 1 FROM users LIMIT 1').get() !== undefined;
  }

  getUser(name: string): User | undefined {
    const row = this.prepared('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  listUsers(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[]).map(toUser);
  }

  putUser(user: User, meta: { by: string; at: string }): void {
    this.db.transaction(() => {
      const before = this.getUser(user.name);
      this.db
        .prepare(
          `INSERT INTO users (name, role, password_hash, created_at, disabled_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, disabled_at = excluded.disabled_at`,
        )
        .run(user.name, user.role, user.passwordHash ?? null, user.createdAt, user.disabledAt ?? null);
      const after = this.getUser(user.name);
      appendAudit(this.db, [
        { at: meta.at, actor: meta.by, action: 'user.put', kind: 'user', id: user.name, before: userAuditView(before), after: userAuditView(after) },
      ]);
    })();
  }

  getCredential(id: string): Credential | undefined {
    const row = this.prepared('SELECT * FROM credentials WHERE id = ?').get(id) as CredentialRow | undefined;
    return row ? toCredential(row) : undefined;
  }

  listCredentials(options: { user?: string; kind?: Credential['kind'] } = {}): Credential[] {
    const rows = this.db
      .prepare('SELECT * FROM credentials WHERE (? IS NULL OR user_name = ?) AND (? IS NULL OR kind = ?) ORDER BY created_at, id')
      .all(options.user ?? null, options.user ?? null, options.kind ?? null, options.kind ?? null) as CredentialRow[];
    return rows.map(toCredential);
  }

  putCredential(c: Credential, meta: { by: string; at: string }): void {
    this.db.transaction(() => {
      if (this.getCredential(c.id)) throw new FaultlineError('conflict', `credential ${c.id} already exists`);
      if (!this.getUser(c.user)) throw new FaultlineError('not_found', `user not found: ${c.user}`);
      this.db
        .prepare('INSERT INTO credentials (id, kind, user_name, name, secret_hash, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(c.id, c.kind, c.user, c.name, c.secretHash, c.createdAt, c.expiresAt ?? null, c.revokedAt ?? null);
      appendAudit(this.db, [{ at: meta.at, actor: meta.by, action: 'credential.create', kind: c.kind, id: c.id, before: null, after: credentialAuditView(c) }]);
    })();
  }

  revokeCredential(id: string, meta: { by: string; at: string }): boolean {
    return this.db.transaction(() => {
      const before = this.getCredential(id);
      if (!before || before.revokedAt) return false;
      this.db.prepare('UPDATE credentials SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(meta.at, id);
      const after = this.getCredential(id);
      appendAudit(this.db, [
        {
          at: meta.at,
          actor: meta.by,
          action: 'credential.revoke',
          kind: before.kind,
          id,
          before: credentialAuditView(before),
          after: credentialAuditView(after),
        },
      ]);
      return true;
    })();
  }
}
