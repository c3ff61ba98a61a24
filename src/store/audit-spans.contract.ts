// The audit log of large writes, logged as spans (sqlite/audit-spans.ts, postgres/audit-spans.ts), read
// back as the entries they stand for: one per version, with every filter and page, after the records
// they name are edited again, and (SQLite) after VACUUM. The expected entries are built from the
// records' histories, not from the log, so the suite holds whatever the log stores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditQuery, Change, TeamStore } from '../core/store-port.js';
import type { RecordKind } from '../core/dataset/kinds.js';
import { buildActor, buildEvent, steppingClock } from '../../test/factories.js';

/** Enough versions in one write for both stores' span paths (PostgreSQL's staged write starts at 2,000 changes). */
const LARGE = 2100;

export interface SpanContractHooks {
  /** How many span rows the store holds (a write below AUDIT_SPAN_FROM logs none). */
  spans(store: TeamStore): Promise<number>;
  /** Rewrites the database file as SQLite's VACUUM does (row ids may change), when the store has one. */
  compact?: (store: TeamStore) => Promise<void>;
}

const events = (from: number, n: number, note?: string): Change[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'event' as const, record: buildEvent(`s${from + i}`, note ? { description: note } : {}) }));
const actors = (from: number, n: number): Change[] => Array.from({ length: n }, (_, i) => ({ kind: 'actor' as const, record: buildActor(`s${from + i}`) }));

/** Small and large writes by two people, an account change, a retirement, and an edit of a spanned record. */
async function history(store: TeamStore): Promise<void> {
  await store.write([{ kind: 'actor', record: buildActor('first') }], { by: 'ana' });
  // Two kinds in one large write: one span each. Interleaved, as an import writes an event and its claim.
  const mixed = events(0, LARGE).flatMap((e, i) => (i < 40 ? [e, ...actors(i, 1)] : [e]));
  await store.write(mixed, { by: 'ben' });
  await store.putUser({ name: 'ana', role: 'editor', createdAt: '2026-01-01T00:00:00.000Z' }, { by: 'root', at: '2026-01-01T00:00:30.000Z' });
  // Updates and inserts in one large write: half the events again, edited, and new ones after them.
  await store.write([...events(LARGE / 2, LARGE, 'edited'), ...actors(3, 1)], { by: 'ana' });
  await store.retire('event', ['event:s3', 'event:s2000'], { by: 'ben' });
  await store.write(events(5, 2, 'small'), { by: 'ben' });
}

/** Every entry the log should hold for the records, from their histories: versions, then retirements. */
async function expectedRecordEntries(store: TeamStore): Promise<Omit<AuditEntry, 'seq'>[]> {
  const out: Omit<AuditEntry, 'seq'>[] = [];
  const ids: [RecordKind, string][] = [
    ['actor', 'actor:first'],
    ...Array.from({ length: 40 }, (_, i) => ['actor', `actor:s${i}`] as [RecordKind, string]),
    ...Array.from({ length: LARGE + LARGE / 2 }, (_, i) => ['event', `event:s${i}`] as [RecordKind, string]),
  ];
  for (const [kind, id] of ids) {
    const versions = await store.history(kind, id);
    versions.forEach((v, i) => {
      const before = i > 0 ? JSON.stringify(versions[i - 1]?.record) : null;
      out.push({
        at: v.recordedFrom,
        actor: v.recordedBy,
        action: i > 0 ? 'record.update' : 'record.insert',
        kind,
        id,
        before,
        after: JSON.stringify(v.record),
      });
    });
  }
  return out;
}

const key = (e: Omit<AuditEntry, 'seq'>) => `${e.kind} ${e.id} ${e.at} ${e.action}`;
/** Bodies compared as parsed JSON: a body's text is the store's canonical form, the history's the record's. */
const comparable = (e: Omit<AuditEntry, 'seq'>) => ({
  ...e,
  seq: undefined,
  before: e.before === null ? null : (JSON.parse(e.before) as unknown),
  after: e.after === null ? null : (JSON.parse(e.after) as unknown),
});

/** Every filter of the audit query, answered from the whole log in JavaScript. */
function queries(all: readonly AuditEntry[]): AuditQuery[] {
  const mid = all.findIndex((e) => e.actor === 'ben' && e.kind === 'event') + 700;
  return [
    { actor: 'ben' },
    { actor: 'ana', kind: 'event' },
    { kind: 'actor' },
    { id: 'event:s1500' },
    { id: 'event:s3', kind: 'event' },
    { id: 'actor:s3' },
    { since: all[mid]?.at ?? '' },
    { until: all[mid]?.at ?? '' },
    { limit: 7 },
    { limit: 0 },
    { afterSeq: all[mid]?.seq ?? 0, limit: 9 },
    { afterSeq: all[mid]?.seq ?? 0, kind: 'event', actor: 'ben', limit: 5 },
    { actor: 'ana', afterSeq: all[2]?.seq ?? 0, limit: 5 },
    { afterSeq: all[mid]?.seq ?? 0, id: 'event:s1999' },
  ];
}

function answer(all: readonly AuditEntry[], q: AuditQuery): AuditEntry[] {
  const found = all.filter(
    (e) =>
      (q.actor === undefined || e.actor === q.actor) &&
      (q.since === undefined || e.at >= q.since) &&
      (q.until === undefined || e.at <= q.until) &&
      (q.kind === undefined || e.kind === q.kind) &&
      (q.id === undefined || e.id === q.id) &&
      (q.afterSeq === undefined || e.seq > q.afterSeq),
  );
  return q.limit === undefined ? found : found.slice(0, q.limit);
}

export function runAuditSpanContract(name: string, open: (clock: () => Date) => Promise<TeamStore>, hooks: SpanContractHooks): void {
  describe(`audit spans: ${name}`, () => {
    let store: TeamStore;
    beforeEach(async () => {
      store = await open(steppingClock());
    });
    afterEach(async () => {
      await store.close();
    });

    it('reads a large write back as one entry per version, with every filter and page', { timeout: 60_000 }, async () => {
      await history(store);
      expect(await hooks.spans(store)).toBeGreaterThanOrEqual(3);
      const all = await store.audit();
      const seqs = all.map((e) => e.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
      // Exactly the entries of the records' versions and retirements, and the account change.
      const records = all.filter((e) => e.action === 'record.insert' || e.action === 'record.update');
      const expected = await expectedRecordEntries(store);
      const byKey = (list: Omit<AuditEntry, 'seq'>[]) => [...list].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0)).map(comparable);
      expect(byKey(records)).toEqual(byKey(expected));
      expect(all.filter((e) => e.action === 'record.retire').map((e) => e.id)).toEqual(['event:s3', 'event:s2000']);
      expect(all.filter((e) => e.action === 'user.put')).toHaveLength(1);
      // Each write's entries together and in the order of the writes; a large write's in (kind, id, version) order within a kind.
      const ats = all.filter((e) => e.kind === 'event' || e.kind === 'actor').map((e) => e.at);
      expect([...ats].sort()).toEqual(ats);
      const second = all.filter((e) => e.at === all.find((x) => x.id === 'event:s0')?.at && e.kind === 'event').map((e) => e.id);
      expect(second).toEqual([...second].sort());
      expect(second).toHaveLength(LARGE);
      // Every filter and page gives what filtering the whole log gives.
      for (const q of queries(all)) expect(await store.audit(q), JSON.stringify(q)).toEqual(answer(all, q));
      const pages: AuditEntry[] = [];
      for (let after: number | undefined; ;) {
        const page = await store.audit({ limit: 997, ...(after === undefined ? {} : { afterSeq: after }) });
        pages.push(...page);
        if (page.length < 997) break;
        after = page.at(-1)?.seq;
      }
      expect(pages).toEqual(all);
    });

    it('a spanned entry keeps its version after the record is edited again, and after the file is compacted', { timeout: 60_000 }, async () => {
      await history(store);
      const all = await store.audit();
      const entry = all.find((e) => e.id === 'event:s1500' && e.action === 'record.insert');
      expect(entry).toBeDefined();
      await store.write([{ kind: 'event', record: buildEvent('s1500', { description: 'edited once more' }) }], { by: 'cy' });
      const later = await store.audit();
      expect(later.slice(0, all.length)).toEqual(all);
      expect(later.slice(all.length).map((e) => `${e.action} ${e.id} ${e.actor}`)).toEqual(['record.update event:s1500 cy']);
      if (hooks.compact) {
        await hooks.compact(store);
        expect(await store.audit()).toEqual(later);
        expect(await store.audit({ id: 'event:s1500' })).toEqual(later.filter((e) => e.id === 'event:s1500'));
      }
    });

    it('a backup carries the spans: restored, the log reads the same and later writes number after it', { timeout: 60_000 }, async () => {
      await history(store);
      const all = await store.audit();
      const dir = mkdtempSync(join(tmpdir(), 'faultline-span-backup-'));
      const other = await open(steppingClock('2026-03-01T00:00:00.000Z'));
      try {
        const file = join(dir, 'backup');
        await store.backupTo(file);
        await other.restoreFrom(file, { by: 'root', at: '2026-04-01T00:00:00.000Z' });
        const restored = await other.audit();
        expect(restored.slice(0, -1)).toEqual(all);
        expect(restored.at(-1)).toMatchObject({ action: 'backup.restore' });
        expect(await hooks.spans(other)).toBe(await hooks.spans(store));
        // A large write after the restore: new numbers after every restored one, its own spans.
        await other.write(events(10_000, LARGE), { by: 'dee' });
        const later = await other.audit({ afterSeq: restored.at(-1)?.seq ?? 0 });
        expect(later).toHaveLength(LARGE);
        expect(later.every((e) => e.actor === 'dee' && e.action === 'record.insert')).toBe(true);
        expect(await other.audit()).toEqual([...restored, ...later]);
      } finally {
        await other.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
