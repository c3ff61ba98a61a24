// The store contract's part for teams: the audit log that every write appends to, and accounts.
// Called from runStoreContract, so every adapter runs it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Credential, User } from '../core/accounts.js';
import type { SavedView } from '../core/saved-views.js';
import type { TeamStore } from '../core/store-port.js';
import { buildActor } from '../../test/factories.js';
import { runChangeMarksContract } from './change-marks.contract.js';

const user = (name: string, extra: Partial<User> = {}): User => ({ name, role: 'editor', createdAt: '2026-01-01T00:00:00.000Z', ...extra });
const token = (id: string, extra: Partial<Credential> = {}): Credential => ({
  id,
  kind: 'token',
  user: 'ana',
  name: 'script',
  secretHash: 'f'.repeat(64),
  createdAt: '2026-01-02T00:00:00.000Z',
  ...extra,
});

const view = (id: string, extra: Partial<SavedView> = {}): SavedView => ({
  id,
  owner: 'ana',
  name: 'Kidal in 2017',
  hash: '#/network?date=2017-06',
  note: '',
  savedAt: '2026-01-03T00:00:00.000Z',
  ...extra,
});
const at = (savedAt: string) => ({ by: 'ana', at: savedAt });

export function runTeamContract(store: () => TeamStore, openFresh: () => Promise<TeamStore>): void {
  runChangeMarksContract(store, openFresh);

  it('audit: every new version is logged with who, when, before and after; unchanged writes log nothing', async () => {
    const first = await store().write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
    await store().write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
    const second = await store().write([{ kind: 'actor', record: buildActor('b', { name: 'Renamed' }) }], { by: 'ben' });
    const log = await store().audit({ kind: 'actor' });
    expect(log.map((e) => [e.action, e.actor, e.id, e.at])).toEqual([
      ['record.insert', 'ana', 'actor:b', first.recordedAt],
      ['record.update', 'ben', 'actor:b', second.recordedAt],
    ]);
    expect(log[0]?.before).toBeNull();
    expect(JSON.parse(log[1]?.before ?? '{}').name).toBe('B');
    expect(JSON.parse(log[1]?.after ?? '{}').name).toBe('Renamed');
    expect(log[0]!.seq).toBeLessThan(log[1]!.seq);
  });

  it('audit: filters by actor, time and subject, and pages by sequence', async () => {
    await store().write([{ kind: 'actor', record: buildActor('a') }], { by: 'ana' });
    const later = await store().write([{ kind: 'actor', record: buildActor('c') }], { by: 'ben' });
    expect((await store().audit({ actor: 'ben' })).map((e) => e.id)).toEqual(['actor:c']);
    expect((await store().audit({ since: later.recordedAt })).map((e) => e.id)).toEqual(['actor:c']);
    expect((await store().audit({ id: 'actor:a' })).map((e) => e.actor)).toEqual(['ana']);
    const [firstEntry] = await store().audit({ limit: 1 });
    expect((await store().audit({ afterSeq: firstEntry!.seq })).map((e) => e.id)).toEqual(['actor:c']);
    expect(await store().audit({ actor: "x' OR '1'='1" })).toEqual([]);
  });

  it('accounts: users are created, replaced and listed; every change is audited without secrets', async () => {
    expect(await store().hasUsers()).toBe(false);
    await store().putUser(user('ana', { passwordHash: 'scrypt$secret' }), { by: 'root', at: '2026-01-01T00:00:00.000Z' });
    await store().putUser(user('ana', { role: 'reviewer', passwordHash: 'scrypt$secret' }), { by: 'root', at: '2026-01-01T00:00:01.000Z' });
    await store().putUser(user('ben', { role: 'viewer' }), { by: 'root', at: '2026-01-01T00:00:02.000Z' });
    expect(await store().hasUsers()).toBe(true);
    expect(await store().getUser('ana')).toEqual(user('ana', { role: 'reviewer', passwordHash: 'scrypt$secret' }));
    expect(await store().getUser('nobody')).toBeUndefined();
    expect((await store().listUsers()).map((u) => [u.name, u.role])).toEqual([
      ['ana', 'reviewer'],
      ['ben', 'viewer'],
    ]);
    const log = await store().audit({ kind: 'user' });
    expect(log.map((e) => [e.action, e.actor, e.id])).toEqual([
      ['user.put', 'root', 'ana'],
      ['user.put', 'root', 'ana'],
      ['user.put', 'root', 'ben'],
    ]);
    expect(JSON.stringify(log)).not.toContain('scrypt$secret');
    expect(JSON.parse(log[1]?.after ?? '{}')).toMatchObject({ role: 'reviewer', password: 'set' });
  });

  it('accounts: credentials are added once, listed and revoked; revocation is audited', async () => {
    await store().putUser(user('ana'), { by: 'root', at: '2026-01-01T00:00:00.000Z' });
    await store().putCredential(token('t1'), { by: 'ana', at: '2026-01-02T00:00:00.000Z' });
    await store().putCredential(token('s1', { kind: 'session', name: 'login', expiresAt: '2026-01-03T00:00:00.000Z' }), {
      by: 'ana',
      at: '2026-01-02T00:00:00.000Z',
    });
    await expect(store().putCredential(token('t1'), { by: 'ana', at: '2026-01-02T00:00:00.000Z' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(store().putCredential(token('t2', { user: 'ghost' }), { by: 'ana', at: '2026-01-02T00:00:00.000Z' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await store().getCredential('t1')).toEqual(token('t1'));
    expect((await store().listCredentials({ kind: 'token' })).map((c) => c.id)).toEqual(['t1']);
    expect((await store().listCredentials({ user: 'ana' })).map((c) => c.id)).toEqual(['s1', 't1']);
    expect(await store().revokeCredential('t1', { by: 'ana', at: '2026-01-04T00:00:00.000Z' })).toBe(true);
    expect(await store().revokeCredential('t1', { by: 'ana', at: '2026-01-05T00:00:00.000Z' })).toBe(false);
    expect(await store().revokeCredential('nope', { by: 'ana', at: '2026-01-05T00:00:00.000Z' })).toBe(false);
    expect((await store().getCredential('t1'))?.revokedAt).toBe('2026-01-04T00:00:00.000Z');
    const log = await store().audit({ actor: 'ana' });
    expect(log.map((e) => [e.action, e.kind, e.id])).toEqual([
      ['credential.create', 'token', 't1'],
      ['credential.create', 'session', 's1'],
      ['credential.revoke', 'token', 't1'],
    ]);
    expect(JSON.stringify(log)).not.toContain('f'.repeat(64));
  });

  it('saved views: put, replaced by their owner, listed newest first, deleted; every change audited', async () => {
    const first = view('a'.repeat(24), { note: 'ties before the\nsplit' });
    const second = view('b'.repeat(24), { name: 'Timeline', hash: '#/timeline?from=2012', savedAt: '2026-01-04T00:00:00.000Z' });
    await store().putView(first, at(first.savedAt));
    await store().putView(second, at(second.savedAt));
    expect(await store().listViews('ana')).toEqual([second, first]);
    const edited = { ...first, note: 'after the split', savedAt: '2026-01-05T00:00:00.000Z' };
    await store().putView(edited, at(edited.savedAt));
    expect(await store().listViews('ana')).toEqual([edited, second]);
    expect(await store().getView('ana', first.id)).toEqual(edited);
    expect(await store().deleteView('ana', second.id, at('2026-01-06T00:00:00.000Z'))).toBe(true);
    expect(await store().deleteView('ana', second.id, at('2026-01-06T00:00:00.000Z'))).toBe(false);
    expect(await store().listViews('ana')).toEqual([edited]);
    const log = await store().audit({ kind: 'view' });
    expect(log.map((e) => [e.action, e.actor, e.id])).toEqual([
      ['view.put', 'ana', first.id],
      ['view.put', 'ana', second.id],
      ['view.put', 'ana', first.id],
      ['view.delete', 'ana', second.id],
    ]);
    expect(JSON.parse(log[2]?.before ?? '{}')).toMatchObject({ note: 'ties before the\nsplit' });
    expect(JSON.parse(log[2]?.after ?? '{}')).toMatchObject({ note: 'after the split' });
    expect(log[3]?.after).toBeNull();
  });

  it("saved views: a user never lists, reads, replaces or deletes another user's view", async () => {
    const mine = view('c'.repeat(24));
    await store().putView(mine, at(mine.savedAt));
    expect(await store().listViews('ben')).toEqual([]);
    expect(await store().getView('ben', mine.id)).toBeUndefined();
    await expect(store().putView({ ...mine, owner: 'ben', name: 'taken' }, { by: 'ben', at: '2026-01-04T00:00:00.000Z' })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await store().deleteView('ben', mine.id, { by: 'ben', at: '2026-01-04T00:00:00.000Z' })).toBe(false);
    expect(await store().listViews('ana')).toEqual([mine]);
    expect((await store().audit({ kind: 'view' })).map((e) => e.actor)).toEqual(['ana']);
    expect(await store().listViews("ana' OR '1'='1")).toEqual([]);
  });

  it('backup and restore: history, texts, accounts and the audit log round-trip into an empty database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-backup-'));
    const other = await openFresh();
    try {
      const first = await store().write([{ kind: 'actor', record: buildActor('b') }], { by: 'ana' });
      await store().write([{ kind: 'actor', record: buildActor('b', { name: 'Renamed' }) }], { by: 'ben' });
      await store().putSourceText('a'.repeat(64), 'some text');
      await store().putUser(user('ana'), { by: 'root', at: '2026-01-01T00:00:00.000Z' });
      await store().putCredential(token('t1'), { by: 'ana', at: '2026-01-02T00:00:00.000Z' });
      await store().putView(view('d'.repeat(24), { note: 'kept' }), at('2026-01-03T00:00:00.000Z'));
      const file = join(dir, 'backup');
      const made = await store().backupTo(file);
      expect(made.rows).toMatchObject({ records: 2, users: 1, credentials: 1, saved_views: 1, audit_log: 5 });
      await expect(store().backupTo(file)).rejects.toMatchObject({ code: 'conflict' });

      const restored = await other.restoreFrom(file, { by: 'root', at: '2026-02-01T00:00:00.000Z' });
      expect(restored.rows).toMatchObject({ records: 2, users: 1, credentials: 1, saved_views: 1 });
      expect(await other.listViews('ana')).toEqual(await store().listViews('ana'));
      expect(await other.history('actor', 'actor:b')).toEqual(await store().history('actor', 'actor:b'));
      expect((await other.get('actor', 'actor:b', { recordedAt: first.recordedAt }))?.name).toBe('B');
      expect(await other.getSourceText('a'.repeat(64))).toBe('some text');
      expect(await other.listUsers()).toEqual(await store().listUsers());
      expect(await other.getCredential('t1')).toEqual(token('t1'));
      const log = await other.audit();
      expect(log.slice(0, -1)).toEqual(await store().audit());
      expect(log.at(-1)).toMatchObject({ action: 'backup.restore', actor: 'root', kind: 'database' });
      await other.write([{ kind: 'actor', record: buildActor('c') }], { by: 'ana' });
      expect((await other.audit()).at(-1)).toMatchObject({ action: 'record.insert', id: 'actor:c' });

      await expect(other.restoreFrom(file, { by: 'root', at: '2026-02-01T00:00:00.000Z' })).rejects.toMatchObject({ code: 'conflict' });
      const junk = join(dir, 'junk');
      writeFileSync(junk, 'not a backup\n');
      const empty = await openFresh();
      await expect(empty.restoreFrom(junk, { by: 'root', at: '2026-02-01T00:00:00.000Z' })).rejects.toMatchObject({ code: 'invalid_input' });
      await empty.close();
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('values with SQL metacharacters are data in every filter', async () => {
    const hostile = "x'); DROP TABLE records; --";
    await store().write([{ kind: 'actor', record: buildActor('b', { name: hostile }) }], { by: hostile });
    expect((await store().searchActors('drop table records; --')).map((a) => a.id)).toEqual(['actor:b']);
    expect(await store().searchActors("' OR '1'='1")).toEqual([]);
    expect(await store().claims({ subjects: ["actor:b' OR '1'='1"] })).toEqual([]);
    expect(await store().events({ actors: ["x') OR 1=1 --"], types: ["' OR ''='"] })).toEqual([]);
    expect(await store().get('actor', "actor:b' --")).toBeUndefined();
    expect(await store().getUser("' OR '1'='1")).toBeUndefined();
    expect((await store().audit({ actor: hostile })).map((e) => e.id)).toEqual(['actor:b']);
    expect(await store().counts()).toMatchObject({ actor: 1 });
  });
}
