// GET /api/ties over HTTP: every relation with its certainty bounds, and reading as recorded.
import { describe, expect, it } from 'vitest';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource, steppingClock } from '../../../test/factories.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { createApp } from '../app.js';

describe('GET /api/ties', () => {
  it('lists relations with day bounds, and none before they were recorded', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    const before = (await store.write([{ kind: 'source', record: buildSource({ date: '2016-03' }) }], { by: 't' })).recordedAt;
    await store.write(
      [
        { kind: 'actor', record: buildActor('a') },
        { kind: 'actor', record: buildActor('b') },
        { kind: 'relation', record: buildRelation('ab', { from: 'actor:a', to: 'actor:b', valid: '2017-03/..' }) },
        { kind: 'claim', record: buildClaim('rel:ab', 1) },
      ],
      { by: 't' },
    );
    const app = createApp(store);
    const response = await app.request('/api/ties');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ties: unknown[] };
    expect(body.ties).toEqual([
      expect.objectContaining({
        id: 'rel:ab',
        type: 'member_of',
        from: 'actor:a',
        to: 'actor:b',
        toKind: 'actor',
        sign: 0,
        startLatest: '2017-03-31',
        // D8: its source (March 2016) predates it, so it is presumed from its start for 24 months.
        presumedFrom: '2017-04-01',
        endLatest: '2019-03-31',
      }),
    ]);
    const old = (await (await app.request(`/api/ties?recordedAt=${encodeURIComponent(before)}`)).json()) as { ties: unknown[] };
    expect(old.ties).toEqual([]);
    await store.close();
  });
});

describe('GET /api/event-spans', () => {
  it('gives each event the day bounds of its date (D1, D2), earliest first', async () => {
    const store = new SqliteStore({ path: ':memory:', clock: steppingClock() });
    await store.write(
      [
        { kind: 'source', record: buildSource() },
        { kind: 'actor', record: buildActor('a') },
        { kind: 'actor', record: buildActor('b') },
        { kind: 'event', record: buildEvent('late', { date: '2016-02' }) },
        { kind: 'event', record: buildEvent('early', { date: '2014~' }) },
      ],
      { by: 't' },
    );
    const response = await createApp(store).request('/api/event-spans');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { events: { id: string; earliest: string; latest: string }[] };
    expect(body.events.map((e) => [e.id, e.earliest, e.latest])).toEqual([
      ['event:early', '2013-01-01', '2015-12-31'],
      ['event:late', '2016-02-01', '2016-02-29'],
    ]);
    await store.close();
  });
});
