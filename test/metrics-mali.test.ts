// The metric corrections of issue 16 on the shipped Mali dataset: communities inside communities,
// fluidity that counts only dated starts and ends, and events by area that never mix levels.
import { beforeAll, describe, expect, it } from 'vitest';
import { CommunityTree } from '../src/analysis/community-tree.js';
import type { Actor } from '../src/core/model/actor.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { events } from '../src/services/queries/events.js';
import { loadTieFacts } from '../src/services/queries/load.js';
import { metrics } from '../src/services/queries/metrics.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('metric corrections on the Mali dataset', () => {
  let store: SqliteStore;
  let tree: CommunityTree;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
    const actors = new Map((await store.list('actor')).map((a): [string, Actor] => [a.id, a]));
    tree = new CommunityTree(await store.relationsBetween('0000-01-01', '9999-12-31', { types: ['member_of'] }), actors);
  });

  it('the dataset records the Imghad, Ifoghas and Kel Ansar within the Tuareg, and the Berabiche within the Arabs', () => {
    for (const tribe of ['actor:imghad', 'actor:ifoghas', 'actor:kel-ansar', 'actor:idnan']) expect(tree.top(tribe)).toEqual(['actor:tuareg']);
    expect(tree.top('actor:oulad-iche')).toEqual(['actor:arabs']);
  });

  for (const level of ['top', 'recorded'] as const)
    it(`communal violence in June 2017 (${level}): no cell pairs a community with itself or with one that contains it`, async () => {
      const m = await metrics(store, '2017-06', { communityLevel: level });
      expect(m.communal.level).toBe(level);
      expect(m.communal.cells.length).toBeGreaterThan(0);
      for (const c of m.communal.cells) {
        expect(c.a).not.toBe(c.b);
        expect(tree.contains(c.a, c.b) || tree.contains(c.b, c.a)).toBe(false);
      }
      // Fighting between Tuareg groups (GATIA against the CMA's HCUA) is violence inside the Tuareg.
      expect(m.communal.within.map((w) => w.community)).toContain('actor:tuareg');
      if (level === 'top') for (const c of m.communal.cells) expect([c.a, c.b]).not.toContain('actor:imghad');
    });

  it('fluidity in June 2017: a tie the August 2017 report first attests is not counted as formed', async () => {
    const facts = await loadTieFacts(store, '2016-06-01', '2017-06-30', {});
    const fact = (id: string) => facts.find((f) => f.relation.id === id);
    // Recorded "2017/..": the report's own year, so the report dates only when it was known.
    expect(fact('rel:msa.hostile-to.fulani')?.startDated).toBe(false);
    const m = await metrics(store, '2017-06');
    expect(m.fluidity.appeared).toBeGreaterThan(0);
    expect(m.fluidity.formed + m.fluidity.appeared).toBe(m.fluidity.after - (m.fluidity.before - m.fluidity.ended - m.fluidity.lapsed));
    expect(m.fluidity.share).toBe((m.fluidity.formed + m.fluidity.ended + m.fluidity.flipped) / (m.fluidity.before + m.fluidity.formed + m.fluidity.appeared));
  });

  for (const [level, kind] of [
    ['admin1', 'region'],
    ['admin2', 'cercle'],
  ] as const)
    it(`events by ${level}: areas of that level first, then rows for events known only more widely, never a country as an area`, async () => {
      const places = new Map((await store.list('place')).map((p) => [p.id, p]));
      const e = await events(store, { by: level, limit: 0 });
      let seenUnstated = false;
      for (const g of e.groups) {
        if (g.key === '') continue;
        if (g.unstated) {
          seenUnstated = true;
          expect(g.name).toMatch(/\(no (region|cercle or province) stated\)$/);
        } else {
          expect(seenUnstated).toBe(false);
          expect(places.get(g.key)?.kind).toBe(kind);
        }
      }
      expect(e.groups.at(-1)?.key).toBe('');
      expect(e.groups.reduce((n, g) => n + g.events, 0)).toBe(e.total.events);
      if (level === 'admin1') expect(e.groups.find((g) => g.key === 'place:mali>admin1?')).toMatchObject({ name: 'Mali (no region stated)', unstated: true });
      // `region` is admin-1 under its former name: the same rows.
      if (level === 'admin1') expect((await events(store, { by: 'region', limit: 0 })).groups).toEqual(e.groups);
    });
});
