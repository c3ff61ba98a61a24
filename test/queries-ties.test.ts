// ties(): day bounds that let a client decide certainty by comparing ISO days, held to tieCertainty (D3–D7).
import { beforeAll, describe, expect, it } from 'vitest';
import { certaintyDuring } from '../src/core/ties/tie-span.js';
import { dayArg } from '../src/services/queries/dates.js';
import { tieCertainty } from '../src/analysis/tie-certainty.js';
import { tieFact } from '../src/core/ties/tie-facts.js';
import { shiftDay } from '../src/core/dates/bounds.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { buildActor, buildClaim, buildRelation, buildSource, steppingClock } from './factories.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { factsOf } from '../src/services/queries/load.js';
import { snapshot } from '../src/services/queries/snapshot.js';
import { spanCertainty, ties, tieSpan, type TieSpan } from '../src/services/queries/ties.js';
import { parseTemporal } from '../src/core/dates/edtf.js';

const DAYS = Array.from({ length: 26 }, (_, i) => `${2000 + i}-01-01`).flatMap((d) => [d, shiftDay(d, 'month', 6)]);

describe('tie spans on a constructed store', () => {
  it('D7, D8: an open-ended tie is definite up to its latest dated source, presumed for the horizon after it', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await store.write(
      [
        { kind: 'source', record: buildSource({ date: '2016-03' }) },
        { kind: 'actor', record: buildActor('a') },
        { kind: 'actor', record: buildActor('b') },
        { kind: 'relation', record: buildRelation('ally', { type: 'allied_with', from: 'actor:a', to: 'actor:b', valid: '2015/..' }) },
        { kind: 'claim', record: buildClaim('rel:ally', 1) },
      ],
      { by: 't' },
    );
    const [span] = (await ties(store)).ties;
    expect(span).toMatchObject({ id: 'rel:ally', sign: 1, instant: false, startEarliest: '2015-01-01', startLatest: '2015-12-31', endEarliest: '2016-03-01' });
    expect(span && spanCertainty(span, '2016-02-01')).toBe('definite');
    expect(span && spanCertainty(span, '2017-06-01')).toBe('presumed');
    expect(span && spanCertainty(span, '2018-03-02')).toBe('none');
    expect(span && spanCertainty(span, '2014-06-01')).toBe('none');
    await store.close();
  });

  it('competing readings: definite where all agree, possible in the union, absent in a gap between them', () => {
    const relation = buildRelation('x', { type: 'hostile_to', from: 'actor:a', to: 'actor:b', valid: '2012/2013' });
    const fact = tieFact(relation, [buildClaim('rel:x', 1), buildClaim('rel:x', 2, { value: { valid: '2016/2017' } })], () => undefined);
    const span = tieSpan(fact);
    expect(span).toMatchObject({
      disputed: true,
      startEarliest: '2012-01-01',
      endLatest: '2017-12-31',
      windows: [
        ['2012-01-01', '2013-12-31'],
        ['2016-01-01', '2017-12-31'],
      ],
    });
    for (const day of DAYS) expect(span && spanCertainty(span, day), day).toBe(tieCertainty(fact, day));
  });
});

describe('tie spans on the Mali dataset', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore({ path: ':memory:' });
    await loadDataset(store, 'data/mali', { by: 'test' });
  });

  it('agree with tieCertainty for every relation on every half-year from 2000 to 2025', async () => {
    const facts = await factsOf(store, await store.list('relation'), {});
    for (const fact of facts) {
      const span = tieSpan(fact);
      for (const day of DAYS) expect(span ? spanCertainty(span, day) : 'none', `${fact.relation.id} on ${day}`).toBe(tieCertainty(fact, day));
    }
  });

  // Disputed ties, and ties whose refining readings (R1) reach before or after the recorded `valid`, are
  // left out: the snapshot finds candidates by the recorded `valid` only (docs/queries.md, limitation),
  // whereas spans cover every reading, as the test above checks.
  it('give the same undisputed ties as the snapshot on a day', async () => {
    const { ties: spans } = await ties(store);
    const withinRecorded = (s: TieSpan) => {
      const t = parseTemporal(s.valid);
      return t !== undefined && s.startEarliest >= t.start.earliest && s.endLatest <= t.end.latest;
    };
    for (const asOf of ['2012-06', '2015-06', '2017-06', '2020-01']) {
      const snap = await snapshot(store, { asOf });
      const kept = new Set(spans.filter((s) => !s.disputed && withinRecorded(s)).map((s) => s.id));
      // D9: a month's snapshot holds a tie as certain as on its most certain day of the month.
      const fromSpans = spans
        .filter((s) => kept.has(s.id))
        .map((s) => [s.id, certaintyDuring(s, dayArg(asOf), dayArg(asOf, true))] as const)
        .filter(([, c]) => c !== 'none');
      expect(new Map(fromSpans)).toEqual(new Map(snap.ties.filter((t) => kept.has(t.id)).map((t) => [t.id, t.certainty])));
    }
  });
});
