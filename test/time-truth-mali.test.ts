// Truth over time on the shipped Mali dataset (rules L1–L3, D8, D9): what the graph says on a date
// must be true on that date.
import { beforeAll, describe, expect, it } from 'vitest';
import { deriveLifespans } from '../src/core/ties/lifespans.js';
import { shiftDay } from '../src/core/dates/bounds.js';
import { parseTemporal } from '../src/core/dates/edtf.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { path } from '../src/services/queries/path.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

/** Months from January of `first` to December of `last`, as `YYYY-MM`. */
const months = (first: number, last: number) =>
  Array.from({ length: (last - first + 1) * 12 }, (_, i) => `${first + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);

describe('the Mali graph tells the truth on every date', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  it('L3: no CMA in January 2013 (it was formed in 2014), and no actor in any snapshot outside its lifespan', async () => {
    const january2013 = await snapshot(store, { asOf: '2013-01' });
    expect(january2013.actors.map((a) => a.id)).not.toContain('actor:cma');
    const lifespans = deriveLifespans(await store.list('actor'), await store.list('relation'), await store.events());
    for (const asOf of ['2012-06', '2013-01', '2015-06', '2017-06', '2020-01', '2024-01']) {
      const snap = await snapshot(store, { asOf });
      for (const actor of snap.actors) {
        const life = lifespans.get(actor.id);
        if (!life) continue;
        expect(life.start.earliest <= snap.until && life.end.latest >= snap.day, `${actor.id} in ${asOf}`).toBe(true);
      }
    }
  });

  it('D8: in January 2024, nothing whose end the documents state, and ties last attested long before are presumed or gone', async () => {
    const snap = await snapshot(store, { asOf: '2024-01' });
    const ids = snap.actors.map((a) => a.id);
    for (const ended of ['actor:operation-barkhane', 'actor:operation-serval', 'actor:mujao', 'actor:ansiprj', 'actor:ibrahim-boubacar-keita'])
      expect(ids).not.toContain(ended);
    const relations = new Map((await store.list('relation')).map((r) => [r.id, r]));
    for (const tie of snap.ties) {
      const t = parseTemporal(relations.get(tie.id)?.valid ?? '');
      // A stated end before January 2024 keeps a tie out.
      expect(t && t.end.latest >= '2024-01-01', tie.id).toBe(true);
      // Definite only where a stated interval covers the month or a document of late 2023 or after attests it.
      if (tie.certainty === 'definite' && t && t.end.earliest > '2024-01-31' && t.start.latest <= '2024-01-31') {
        expect(tie.lastAttested && tie.lastAttested >= '2023-01-01', `${tie.id} definite though last attested ${tie.lastAttested}`).toBe(true);
      }
      if (tie.lastAttested && tie.lastAttested < shiftDay('2024-01-01', 'month', -24)) expect(tie.certainty, tie.id).not.toBe('definite');
    }
    expect(snap.counts.ties).toBeLessThan(200);
  });

  it('D10: a group first attested in late 2016 (Ansarul Islam) is not in the 2012 network, and no tie with an unknown start reaches back beyond the horizon', async () => {
    const ids = (await snapshot(store, { asOf: '2012-06' })).actors.map((a) => a.id);
    for (const later of ['actor:ansarul-islam', 'actor:katiba-macina', 'actor:katibat-aaa']) expect(ids).not.toContain(later);
    const relations = new Map((await store.list('relation')).map((r) => [r.id, r]));
    for (const asOf of ['2008', '2012-06', '2014-06', '2016-06']) {
      const snap = await snapshot(store, { asOf });
      for (const tie of snap.ties) {
        const t = parseTemporal(relations.get(tie.id)?.valid ?? '');
        // `/..` (a standing tie nothing dates) keeps D4: only an unknown start with a known latest day is bounded.
        if (!t || !relations.get(tie.id)?.valid.startsWith('/') || relations.get(tie.id)?.valid === '/..') continue;
        expect(shiftDay(t.start.latest, 'month', -24) <= snap.until, `${tie.id} in ${asOf}`).toBe(true);
      }
    }
  });

  it('GATIA and the CMA are never both definitely allied and definitely hostile on the same day', async () => {
    // Days, not months: a month may hold the day their hostility ended and their alliance began (May 2021).
    for (const day of months(2014, 2025).flatMap((m) => [`${m}-01`, `${m}-15`])) {
      const snap = await snapshot(store, { asOf: day, minCertainty: 'definite' });
      const pair = snap.ties.filter((t) => [t.from, t.to].sort().join('|') === 'actor:cma|actor:gatia');
      const types = new Set(pair.map((t) => t.type));
      expect(types.has('allied_with') && types.has('hostile_to'), `GATIA–CMA on ${day}`).toBe(false);
    }
  });

  it('L2: no group that merged into another has a tie in force after the merger, unless it lives on as a component', async () => {
    const relations = await store.list('relation');
    const lifespans = deriveLifespans(await store.list('actor'), relations, await store.events());
    for (const merger of relations.filter((r) => r.type === 'merged_into')) {
      const life = lifespans.get(merger.from);
      const when = parseTemporal(merger.valid);
      if (!when || !life || life.end.latest === '9999-12-31') continue; // lives on as a component: its own lane continues
      const after = shiftDay(when.end.latest, 'month', 13).slice(0, 7);
      const snap = await snapshot(store, { asOf: after });
      expect(
        snap.ties.filter((t) => t.from === merger.from || t.to === merger.from).map((t) => t.id),
        `${merger.from} after ${merger.valid}`,
      ).toEqual([]);
    }
  });

  it('D9: GATIA and the CMA were definitely hostile in September 2016, the month of their recorded fighting', async () => {
    const p = await path(store, 'actor:gatia', 'actor:cma', '2016-09');
    expect(p.certainty).toBe('definite');
    expect(p.hops).toHaveLength(1);
    expect(p.hops[0]?.ties).toContainEqual(expect.objectContaining({ type: 'hostile_to', certainty: 'definite' }));
  });
});
