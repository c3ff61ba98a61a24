import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditQuery, TeamStore } from '../../core/store-port.js';
import { buildActor, buildEvent, steppingClock } from '../../../test/factories.js';
import { SqliteStore } from './sqlite-store.js';

/** Small and large writes by two people, a retirement and an account change in between. */
async function history(store: TeamStore): Promise<void> {
  const events = (from: number, n: number, note = '') =>
    Array.from({ length: n }, (_, i) => ({ kind: 'event' as const, record: buildEvent(`e${from + i}`, note ? { description: note } : {}) }));
  await store.write([{ kind: 'actor', record: buildActor('a') }], { by: 'ana' });
  await store.write(events(0, 40), { by: 'ben' });
  await store.putUser({ name: 'ana', role: 'editor', createdAt: '2026-01-01T00:00:00.000Z' }, { by: 'root', at: '2026-01-01T00:00:00.000Z' });
  await store.write([...events(20, 40, 'edited'), { kind: 'actor', record: buildActor('b') }], { by: 'ana' });
  await store.retire('event', ['event:e3', 'event:e30'], { by: 'ben' });
  await store.write(events(3, 2), { by: 'ben' });
}

/** Queries over the whole log and its pages: every filter, and pages that cut through spans. */
async function answers(store: TeamStore): Promise<unknown[]> {
  const all = await store.audit();
  const at = all.map((e) => e.at);
  const queries: AuditQuery[] = [
    {},
    { actor: 'ben' },
    { actor: 'ana', kind: 'event' },
    { kind: 'actor' },
    { id: 'event:e30' },
    { kind: 'event', id: 'event:e3' },
    { since: at[50] ?? '' },
    { until: at[10] ?? '' },
    { limit: 7 },
    { afterSeq: all[45]?.seq ?? 0, limit: 9 },
    { actor: 'ana', afterSeq: all[2]?.seq ?? 0, limit: 5 },
  ];
  const pages: unknown[] = [];
  for (let after: number | undefined = undefined, n = 0; n < 20; n++) {
    const page = await store.audit({ limit: 11, ...(after === undefined ? {} : { afterSeq: after }) });
    pages.push(page);
    if (page.length < 11) break;
    after = page.at(-1)?.seq;
  }
  return [all, ...(await Promise.all(queries.map((q) => store.audit(q)))), pages];
}

describe('audit entries of large writes as spans (migration 12)', () => {
  it('reads the same entries, filters and pages as one row per entry', async () => {
    const rows = new SqliteStore({ path: ':memory:', clock: steppingClock(), auditSpansFrom: Number.POSITIVE_INFINITY });
    const spans = new SqliteStore({ path: ':memory:', clock: steppingClock(), auditSpansFrom: 10 });
    await history(rows);
    await history(spans);
    const expected = await answers(rows);
    expect((expected[0] as unknown[]).length).toBe(1 + 40 + 1 + 41 + 2 + 1);
    expect(await answers(spans)).toEqual(expected);
    // Two writes took the span path: 40 and 41 versions.
    const db = (spans as unknown as { db: Database.Database }).db;
    expect(db.prepare('SELECT last_seq - seq + 1 AS n FROM audit_spans ORDER BY seq').pluck().all()).toEqual([40, 41]);
    expect(() => db.prepare(`UPDATE audit_spans SET actor = 'mallory'`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_spans').run()).toThrow(/append-only/);
  });

  it('upgrades a database of migration 11: the log reads the same before and after, and writes after it log spans', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'faultline-spans-')), 'old.db');
    // The database as the code before migration 12 left it: one entry per version, no span table.
    const old = new SqliteStore({ path, clock: steppingClock(), auditSpansFrom: Number.POSITIVE_INFINITY });
    await history(old);
    const before = await answers(old);
    await old.close();
    const raw = new Database(path);
    raw.exec('DROP TABLE audit_spans; DELETE FROM migrations WHERE version = 12');
    raw.close();

    const upgraded = new SqliteStore({ path, clock: steppingClock(), auditSpansFrom: 10 });
    expect(await answers(upgraded)).toEqual(before);
    const twin = new SqliteStore({ path: ':memory:', clock: steppingClock(), auditSpansFrom: Number.POSITIVE_INFINITY });
    await history(twin);
    // A large write after the upgrade: a span, read as the twin's rows are.
    const late = Array.from({ length: 30 }, (_, i) => ({ kind: 'event' as const, record: buildEvent(`late${i}`) }));
    await upgraded.write(late, { by: 'cy' });
    await twin.write(late, { by: 'cy' });
    const strip = (entries: unknown[]) => JSON.parse(JSON.stringify(entries, (key, value: unknown) => (key === 'at' ? undefined : value))) as unknown;
    // The clocks of the two stores differ after the reopening; all else is equal.
    expect(strip(await upgraded.audit())).toEqual(strip(await twin.audit()));
    expect((await upgraded.audit({ actor: 'cy' })).map((e) => e.id)).toEqual(late.map((c) => c.record.id));
    await upgraded.close();
    await twin.close();
  });
});
