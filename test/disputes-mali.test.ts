// Disputes that mean disagreement (R1–R5, N1) on the shipped Mali dataset.
import { beforeAll, describe, expect, it } from 'vitest';
import { actorProfile } from '../src/services/actor-profile.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { disputes } from '../src/services/queries/disputes.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('disputes on the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  it('R1: JNIM’s founders, leaders and founding components carry no dispute badge; their sources differ only in precision', async () => {
    const profile = await actorProfile(store, 'actor:jnim');
    const statements = profile.sections.flatMap((s) => s.statements);
    const about = (pattern: RegExp) => statements.filter((s) => pattern.test(s.text));
    const founding = [
      ...about(/Iyad Ag Ghaly (leads|founded) Jama'at/),
      ...about(/^(Ansar Dine|al-Mourabitoun|al-Qaeda in the Islamic Maghreb) is a member or component of Jama'at/),
    ];
    expect(founding.length).toBeGreaterThanOrEqual(4);
    for (const s of founding) expect(s.status, s.text).not.toBe('disputed');
    expect(founding.some((s) => s.differs === 'precision')).toBe(true);
  });

  it('lists contradictions only by default, and refinements and near misses with --all', async () => {
    const contradictions = await disputes(store);
    for (const d of contradictions) for (const p of d.properties) expect(['contradiction', 'disputed']).toContain(p.difference);
    const all = await disputes(store, { all: true });
    const kinds = new Set(all.flatMap((d) => d.properties.map((p) => p.difference)));
    expect(kinds).toContain('refinement');
    expect(all.length).toBeGreaterThan(contradictions.length);
  });

  it('M7: an allegation and its denial are one dispute, each side naming who says what', async () => {
    const [dispute] = await disputes(store, { subject: 'rel:hcua.allied-with.iyad-ag-ghali' });
    expect(dispute?.disputedBy.map((c) => c.voice)).toEqual([{ actor: 'actor:hcua', name: expect.any(String), says: 'denies' }]);
    const alleged = dispute?.properties.length ? dispute.properties.flatMap((p) => p.readings.flatMap((r) => r.supports)) : [];
    const profile = await actorProfile(store, 'actor:hcua');
    expect(profile.notes.some((n) => n.voice?.says === 'alleges' && n.voice.actor === 'actor:jean-yves-le-drian')).toBe(true);
    expect(alleged.every((c) => c.voice?.says !== 'denies')).toBe(true);
  });

  it('--subject actor:jnim finds the disputes about its components, through the ties it is an end of', async () => {
    const found = await disputes(store, { subject: 'actor:jnim' });
    expect(found.map((d) => d.subject)).toContain('rel:mujao.merged-into.jnim');
  });
});
