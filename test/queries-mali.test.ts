// The query layer on the shipped Mali dataset: answers checked by hand against data/mali (stable facts only).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { diff } from '../src/services/queries/diff.js';
import { disputes } from '../src/services/queries/disputes.js';
import { events } from '../src/services/queries/events.js';
import { genealogy } from '../src/services/queries/genealogy.js';
import { metrics } from '../src/services/queries/metrics.js';
import { path } from '../src/services/queries/path.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { timeline } from '../src/services/queries/timeline.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('queries on the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  it('genealogy JNIM: Ansar Dine and al-Mourabitoun merged into it in March 2017; they, AQIM and the Katiba Macina are its components from then', async () => {
    const g = await genealogy(store, 'actor:jnim');
    const merged = ['actor:al-mourabitoun', 'actor:ansar-dine'];
    expect(g.ancestors.filter((s) => s.depth === 1 && s.type === 'merged_into' && s.valid === '2017-03').map((s) => s.elder)).toEqual(
      expect.arrayContaining(merged),
    );
    // AQIM remained the parent organisation: its Sahel networks joined as a component, it did not merge.
    expect(g.ancestors.some((s) => s.type === 'merged_into' && s.elder === 'actor:aqim')).toBe(false);
    const components = g.components.filter((c) => c.from === '2017-03-01' && c.to === null).map((c) => c.actor);
    expect(components).toEqual(expect.arrayContaining([...merged, 'actor:aqim']));
    expect(g.components.map((c) => c.actor)).toContain('actor:katiba-macina');
  });

  it('genealogy AQIM: the successor of the GSPC, with MUJAO among the groups that split from it', async () => {
    const g = await genealogy(store, 'actor:aqim');
    expect(g.ancestors).toContainEqual(expect.objectContaining({ elder: 'actor:gspc', younger: 'actor:aqim', type: 'successor_of', depth: 1 }));
    expect(g.descendants).toContainEqual(expect.objectContaining({ elder: 'actor:aqim', younger: 'actor:mujao', type: 'split_from', depth: 1 }));
  });

  it('snapshot: JNIM is absent in June 2016 and present in June 2017; a base dated only to 2017 is merely possible', async () => {
    const before = await snapshot(store, { asOf: '2016-06' });
    expect(before.actors.map((a) => a.id)).not.toContain('actor:jnim');
    const after = await snapshot(store, { asOf: '2017-06' });
    expect(after.actors.map((a) => a.id)).toContain('actor:jnim');
    expect(after.ties.find((t) => t.id === 'rel:ansar-dine.member-of.jnim')).toBeDefined();
    // "2017/.." may begin as late as 31 December 2017, so on 1 June 2017 the tie is only possible (D3).
    expect(after.ties.find((t) => t.id === 'rel:jnim.based-on-community.songhai')?.certainty).toBe('possible');
    const armed = await snapshot(store, { asOf: '2017-06', kinds: ['armed_group', 'coalition'], types: ['hostile_to'] });
    expect(armed.ties.every((t) => t.type === 'hostile_to')).toBe(true);
    expect(armed.actors.every((a) => a.kind === 'armed_group' || a.kind === 'coalition')).toBe(true);
  });

  it('path GATIA → CMA in September 2016: one hop, through their hostility', async () => {
    const p = await path(store, 'actor:gatia', 'actor:cma', '2016-09');
    expect(p.found).toBe(true);
    expect(p.hops).toHaveLength(1);
    expect(p.hops[0]?.ties.map((t) => t.type)).toContain('hostile_to');
  });

  it('diff 2015-06 → 2017-12: JNIM formed, the March 2017 mergers happened, leaders changed, and no person or army is "formed"', async () => {
    const d = await diff(store, '2015-06', '2017-12');
    expect(d.formed.map((c) => c.actor)).toContain('actor:jnim');
    expect(d.happened.map((t) => t.id)).toEqual(expect.arrayContaining(['rel:ansar-dine.merged-into.jnim', 'rel:al-mourabitoun.merged-into.jnim']));
    expect(d.begun.map((t) => t.id)).toContain('rel:iyad-ag-ghali.leads.jnim');
    expect(d.leaders).toContainEqual(expect.objectContaining({ person: 'actor:iyad-ag-ghali', organisation: 'actor:jnim', change: 'began' }));
    const kinds = new Map((await store.list('actor')).map((a) => [a.id, a.kind]));
    for (const change of [...d.formed, ...d.dissolved]) expect(kinds.get(change.actor), change.actor).not.toMatch(/^(person|state|state_force|community)$/);
    for (const change of [...d.persons.appeared, ...d.persons.ended]) expect(kinds.get(change.actor)).toBe('person');
  });

  it('events --actor JNIM --from 2017 --by month: the Zouera market killing of July 2017 counts one death', async () => {
    const e = await events(store, { actors: ['actor:jnim'], from: '2017', by: 'month' });
    expect(e.events.map((x) => x.id)).toContain('event:2017-07-zouera-jnim-market-beheading');
    const july = e.groups.find((g) => g.key === '2017-07');
    expect(july?.events).toBeGreaterThanOrEqual(1);
    expect(july?.fatalities.best).toBeGreaterThanOrEqual(1);
    expect(e.total.events).toBe(e.groups.reduce((n, g) => n + g.events, 0));
    // With its components, JNIM's count can only grow.
    const withComponents = await events(store, { actors: ['actor:jnim'], from: '2017', includeComponents: true, limit: 0 });
    expect(withComponents.total.events).toBeGreaterThanOrEqual(e.total.events);
  });

  it('events in the Mopti region include events placed in its towns, and group under the region', async () => {
    const e = await events(store, { places: ['place:mopti-region'], by: 'region', limit: 0 });
    expect(e.groups.map((g) => g.key)).toEqual(['place:mopti-region']);
    expect(e.filter.places?.length).toBeGreaterThan(1);
  });

  it('places are asked for by name or alias as well as by id; a name that fits several places is refused with their ids', async () => {
    const byName = await events(store, { places: ['kidal'], limit: 0 });
    const byId = await events(store, { places: ['place:kidal'], limit: 0 });
    expect(byName.total.events).toBeGreaterThan(0);
    expect(byName.total.events).toBe(byId.total.events);
    expect((await events(store, { places: ['Région de Mopti'], limit: 0 })).filter.places).toContain('place:mopti-region');
    await expect(events(store, { places: ['Ségou'], limit: 0 })).rejects.toThrow(/place:segou-region/);
    await expect(events(store, { places: ['Nowhere-on-Niger'], limit: 0 })).rejects.toThrow(/no place is named/);
  });

  it('events by admin-1 area never count a country-wide event as a region, nor one country under another', async () => {
    const e = await events(store, { by: 'admin1', limit: 0 });
    const keys = e.groups.map((g) => g.key);
    expect(keys).toContain('place:mopti-region');
    expect(keys).toContain('place:mali>admin1?');
    expect(keys).not.toContain('place:mali');
    expect(e.groups.find((g) => g.key === 'place:mali>admin1?')?.name).toBe('Mali (no region stated)');
    expect(e.groups.reduce((n, g) => n + g.events, 0)).toBe(e.total.events);
    const countries = await events(store, { by: 'country', limit: 0 });
    expect(countries.groups.find((g) => g.key === 'place:mali')?.events).toBeGreaterThan(e.groups.find((g) => g.key === 'place:mopti-region')?.events ?? 0);
    const cercles = await events(store, { by: 'admin2', places: ['place:mopti-region'], limit: 0 });
    expect(cercles.groups.map((g) => g.key)).toEqual(expect.arrayContaining(['place:koro-cercle', 'place:mopti-region>admin2?']));
  });

  it('timeline GATIA lists its membership of the Plateforme', async () => {
    const t = await timeline(store, 'actor:gatia');
    expect(t.entries).toContainEqual(expect.objectContaining({ id: 'rel:gatia.member-of.plateforme', section: 'Member of' }));
  });

  it('disputes lists only disputed facts, each with the claims behind every reading', async () => {
    const list = await disputes(store);
    expect(list.length).toBeGreaterThan(0);
    for (const d of list.slice(0, 20)) expect(d.properties.length + d.disputedBy.length).toBeGreaterThan(0);
  });

  it('metrics in June 2017: balance, blocs and communal violence are computed on the snapshot', async () => {
    const m = await metrics(store, '2017-06');
    expect(m.balance.triads).toBeGreaterThan(0);
    expect(m.balance.balanced).toBeLessThanOrEqual(m.balance.triads);
    expect(m.top.length).toBeGreaterThan(0);
    expect(m.genealogy.find((g) => g.year === 2017)?.counts['merged_into']).toBeGreaterThanOrEqual(3);
  });
});
