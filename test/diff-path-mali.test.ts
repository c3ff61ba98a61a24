import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { diff, type DiffResult } from '../src/services/queries/diff.js';
import { path } from '../src/services/queries/path.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

// Each line of the diff and the path asked "is this true on that date?" against the Mali dataset.
describe('what changed and how actors are connected, on the Mali dataset', () => {
  let store: SqliteStore;
  let d: DiffResult;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
    d = await diff(store, '2015-06', '2017-12');
  });
  const ids = (list: { id: string }[]) => list.map((t) => t.id);

  it('a tie whose start is only the date of the document that reports it is first attested, not begun (Ban Ki-moon led the UN long before May 2016)', () => {
    expect(ids(d.firstAttested)).toContain('rel:ban-ki-moon.leads.united-nations');
    expect(ids(d.begun)).not.toContain('rel:ban-ki-moon.leads.united-nations');
    expect(d.leaders.map((l) => l.relation)).not.toContain('rel:ban-ki-moon.leads.united-nations');
  });

  it('a start a later document dates is a beginning: the CMA–GATIA fighting of July 2016', () => {
    const tie = d.begun.find((t) => t.id === 'rel:cma.hostile-to.gatia.2');
    expect(tie?.when).toEqual({ earliest: '2016-07-01', latest: '2016-07-31' });
    expect(tie?.footnotes.length).toBeGreaterThan(0);
  });

  it('a tie stated for one date is an episode, neither begun nor ended (al-Baghdadi named as leader in October 2016)', () => {
    expect(ids(d.episodes)).toContain('rel:abu-bakr-al-baghdadi.leads.islamic-state');
    expect(ids(d.ended)).not.toContain('rel:abu-bakr-al-baghdadi.leads.islamic-state');
    expect(d.leaders.map((l) => l.relation)).not.toContain('rel:abu-bakr-al-baghdadi.leads.islamic-state');
  });

  it('an unknown start is no beginning: Alghabass Ag Intalla did not begin leading the CMA in the window', () => {
    expect(d.leaders.filter((l) => l.change === 'began').map((l) => l.person)).not.toContain('actor:alghabass-ag-intalla');
  });

  it('territory: GATIA lost Ménaka in June 2015 and held the Ménaka region from November 2016; each change cites its claims', () => {
    expect(ids(d.territory.lost)).toContain('rel:gatia.controls.menaka');
    expect(ids(d.territory.gained)).toContain('rel:gatia.controls.menaka-region');
    for (const t of [...d.territory.gained, ...d.territory.lost]) expect(t.type).toBe('controls');
    const cited = new Set(d.notes.map((n) => n.n));
    for (const t of [...d.begun, ...d.ended, ...d.episodes, ...d.firstAttested, ...d.happened]) for (const n of t.footnotes) expect(cited.has(n)).toBe(true);
    for (const c of [...d.formed, ...d.dissolved]) expect(c.footnotes.length, c.actor).toBeGreaterThan(0);
  });

  it('path GATIA–CMA in September 2016: their hostility first, then the chains through a third actor, definite before possible', async () => {
    const p = await path(store, 'actor:gatia', 'actor:cma', '2016-09');
    expect(p.routes[0]?.hops.map((h) => h.ties.map((t) => t.id))).toEqual([['rel:cma.hostile-to.gatia.2']]);
    expect(p.routes.map((r) => r.actors.map((a) => a.id).join('>'))).toContain('actor:gatia>actor:msa>actor:cma');
    const ranks = p.routes.map((r) => ['definite', 'possible', 'presumed'].indexOf(r.certainty));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const r of p.routes) for (const h of r.hops) for (const t of h.ties) expect(t.footnotes.length, t.id).toBeGreaterThan(0);
  });
});
