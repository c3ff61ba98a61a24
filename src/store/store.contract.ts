// The store contract: one suite that every adapter of the Store port runs (SQLite now, PostgreSQL later).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventFilter, Store, TeamStore } from '../core/store-port.js';
import { buildActor, buildClaim, buildEvent, buildRelation, buildSource, steppingClock } from '../../test/factories.js';
import { runTeamContract } from './team.contract.js';
import { runSummaryContract } from './summary.contract.js';
import { scanAggregateEvents, scanAggregateEventSpans, scanFilterEvents, scanRelationsOf } from './query-oracles.js';
import { scanFoldedTies } from './fold-oracle.js';
import { sha256Hex } from '../core/text/normalise.js';
import { PART_UNITS } from './text-parts.js';

export function runStoreContract(name: string, open: (clock: () => Date) => Promise<TeamStore>): void {
  describe(`store contract: ${name}`, () => {
    let store: TeamStore;
    beforeEach(async () => {
      store = await open(steppingClock());
    });
    afterEach(async () => {
      await store.close();
    });

    it('writes and reads records of every kind', async () => {
      await store.write(
        [
          { kind: 'source', record: buildSource() },
          { kind: 'actor', record: buildActor('b') },
          { kind: 'actor', record: buildActor('c', { kind: 'coalition' }) },
          { kind: 'relation', record: buildRelation('b-in-c') },
          { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
        ],
        { by: 'tester' },
      );
      expect((await store.get('actor', 'actor:b'))?.name).toBe('B');
      expect(await store.get('actor', 'actor:zz')).toBeUndefined();
      expect((await store.list('actor')).map((a) => a.id)).toEqual(['actor:b', 'actor:c']);
      expect((await store.claims({ subjects: ['rel:b-in-c'] })).map((c) => c.id)).toEqual(['rel:b-in-c#1']);
      expect((await store.claims({ ids: ['rel:b-in-c#1', 'rel:none#1'] })).map((c) => c.subject)).toEqual(['rel:b-in-c']);
      expect(await store.claims({ ids: [] })).toEqual([]);
      expect(await store.counts()).toMatchObject({ source: 1, actor: 2, relation: 1, claim: 1, event: 0 });
    });

    it('bulk: a series of writes that fails leaves none of them, though its own reads saw them', async () => {
      await store.write([{ kind: 'actor', record: buildActor('kept') }], { by: 'tester' });
      const before = await store.counts();
      const failing = store.bulk(3, async () => {
        await store.write([{ kind: 'source', record: buildSource() }], { by: 'tester' });
        await store.putSourceText(buildSource().id, 'a text that will not stay');
        await store.write(
          [
            { kind: 'actor', record: buildActor('gone') },
            { kind: 'actor', record: buildActor('kept', { description: 'an edit that will not stay' }) },
          ],
          { by: 'tester' },
        );
        expect((await store.get('actor', 'actor:gone'))?.id).toBe('actor:gone');
        expect(await store.history('actor', 'actor:kept')).toHaveLength(2);
        throw new Error('a later row was bad');
      });
      await expect(failing).rejects.toThrow('a later row was bad');
      expect(await store.counts()).toEqual(before);
      expect(await store.get('actor', 'actor:gone')).toBeUndefined();
      expect(await store.history('actor', 'actor:kept')).toHaveLength(1);
      expect(await store.getSourceText(buildSource().id)).toBeUndefined();
      expect((await store.audit({ id: 'actor:gone' })).length).toBe(0);
    });

    it('bulk: a series that succeeds commits every write, and a failed write inside it fails alone', async () => {
      const summary = await store.bulk(2, async () => {
        await store.write([{ kind: 'actor', record: buildActor('a') }], { by: 'tester' });
        const bad = store.write([{ kind: 'relation', record: buildRelation('a-in-nowhere', { from: 'actor:a', to: 'actor:a', valid: 'not a date' }) }], {
          by: 'tester',
        });
        await expect(bad).rejects.toThrow();
        return store.write([{ kind: 'actor', record: buildActor('b') }], { by: 'tester' });
      });
      expect(summary.inserted).toBe(1);
      expect((await store.list('actor')).map((a) => a.id)).toEqual(['actor:a', 'actor:b']);
      expect(await store.counts()).toMatchObject({ actor: 2, relation: 0 });
    });

    it('bulk into an empty store: a record written again later in the series is unchanged, a next version, or back from retirement', async () => {
      const summaries = await store.bulk(6, async () => [
        await store.write(
          [
            { kind: 'event', record: buildEvent('same') },
            { kind: 'event', record: buildEvent('edited') },
            { kind: 'event', record: buildEvent('back') },
            { kind: 'event', record: buildEvent('same') },
          ],
          { by: 'tester' },
        ),
        await store.write(
          [
            { kind: 'event', record: buildEvent('same') },
            { kind: 'event', record: buildEvent('edited', { description: 'second thoughts' }) },
            { kind: 'event', record: buildEvent('new') },
            { kind: 'event', record: buildEvent('new', { description: 'within one write' }) },
          ],
          { by: 'tester', trusted: true },
        ),
        (await store.retire('event', ['event:back'], { by: 'tester' })).retired,
        await store.write([{ kind: 'event', record: buildEvent('back') }], { by: 'tester' }),
      ]);
      expect(summaries.map((s) => (typeof s === 'number' ? s : [s.inserted, s.updated, s.unchanged]))).toEqual([[3, 0, 1], [1, 2, 1], 1, [0, 1, 0]]);
      expect((await store.history('event', 'event:same')).map((v) => v.recordedTo)).toEqual([null]);
      expect((await store.history('event', 'event:edited')).map((v) => v.record.description)).toEqual([buildEvent('edited').description, 'second thoughts']);
      expect(await store.history('event', 'event:back')).toHaveLength(2);
      expect((await store.get('event', 'event:new'))?.description).toBe('within one write');
      expect((await store.list('event')).map((e) => e.id)).toEqual(['event:back', 'event:edited', 'event:new', 'event:same']);
      expect((await store.audit({ kind: 'event' })).map((a) => `${a.action} ${a.id}`)).toEqual([
        'record.insert event:same',
        'record.insert event:edited',
        'record.insert event:back',
        'record.update event:edited',
        'record.insert event:new',
        'record.update event:new',
        'record.retire event:back',
        'record.update event:back',
      ]);
      expect(await store.aggregateEvents({}, 'year')).toEqual([expect.objectContaining({ events: 4 })]);
    });

    it('retire: a record no longer stands but stays readable as recorded, audited, and comes back when written again', async () => {
      const event = buildEvent('gone', { participants: [{ actor: 'actor:a', role: 'participant' }] });
      await store.write(
        [
          { kind: 'actor', record: buildActor('a') },
          { kind: 'event', record: event },
          { kind: 'event', record: buildEvent('stays') },
        ],
        { by: 'tester' },
      );
      const before = (await store.history('event', 'event:gone'))[0]?.recordedFrom ?? '';
      const { retired, recordedAt } = await store.retire('event', ['event:gone', 'event:gone', 'event:never'], { by: 'withdrawer' });
      expect(retired).toBe(1);
      expect(await store.get('event', 'event:gone')).toBeUndefined();
      expect((await store.list('event')).map((e) => e.id)).toEqual(['event:stays']);
      expect((await store.filterEvents({ from: '2016-01-01', to: '2016-12-31', participants: [{ actor: 'actor:a' }] })).map((e) => e.id)).toEqual([
        'event:stays',
      ]);
      expect(await store.aggregateEvents({}, 'year')).toEqual([expect.objectContaining({ key: '2016', events: 1 })]);
      expect(await store.counts()).toMatchObject({ event: 1 });
      // As recorded before the retirement, the event stood.
      expect(await store.get('event', 'event:gone', { recordedAt: before })).toEqual(event);
      expect(await store.history('event', 'event:gone')).toEqual([expect.objectContaining({ record: event, recordedTo: recordedAt })]);
      expect((await store.audit({ id: 'event:gone' })).at(-1)).toMatchObject({ action: 'record.retire', actor: 'withdrawer', at: recordedAt, after: null });
      expect(JSON.parse((await store.audit({ id: 'event:gone' })).at(-1)?.before ?? '{}')).toEqual(event);
      expect((await store.retire('event', ['event:gone'], { by: 'withdrawer' })).retired).toBe(0);

      // Written again, even unchanged, it stands again as its next version.
      expect(await store.write([{ kind: 'event', record: event }], { by: 'tester' })).toMatchObject({ updated: 1, unchanged: 0 });
      expect(await store.get('event', 'event:gone')).toEqual(event);
      expect((await store.history('event', 'event:gone')).map((v) => v.recordedTo === null)).toEqual([false, true]);
      expect(await store.write([{ kind: 'event', record: event }], { by: 'tester' })).toMatchObject({ unchanged: 1 });
    });

    it('changeMark: the same until a record changes, then another', async () => {
      await store.write([{ kind: 'actor', record: buildActor('marked') }], { by: 't' });
      const first = await store.changeMark();
      expect(await store.changeMark()).toBe(first);
      await store.list('actor');
      expect(await store.changeMark()).toBe(first);
      await store.write([{ kind: 'actor', record: buildActor('marked', { description: 'changed' }) }], { by: 't' });
      expect(await store.changeMark()).not.toBe(first);
    });

    it('H2: writing the same records twice changes nothing', async () => {
      const changes = [{ kind: 'actor' as const, record: buildActor('b') }];
      expect((await store.write(changes, { by: 't' })).inserted).toBe(1);
      const again = await store.write(changes, { by: 't' });
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
      expect(await store.history('actor', 'actor:b')).toHaveLength(1);
    });

    it('H1: an edit is a new version; the earlier one stays readable as recorded', async () => {
      const first = await store.write([{ kind: 'actor', record: buildActor('b') }], { by: 't' });
      await store.write([{ kind: 'actor', record: buildActor('b', { name: 'Renamed' }) }], { by: 'u' });
      expect((await store.get('actor', 'actor:b'))?.name).toBe('Renamed');
      expect((await store.get('actor', 'actor:b', { recordedAt: first.recordedAt }))?.name).toBe('B');
      const history = await store.history('actor', 'actor:b');
      expect(history.map((h) => [h.record.name, h.recordedBy])).toEqual([
        ['B', 't'],
        ['Renamed', 'u'],
      ]);
      expect(history[0]?.recordedTo).toBe(history[1]?.recordedFrom);
    });

    it('finds relations that may be in force within a window', async () => {
      await store.write(
        [
          { kind: 'relation', record: buildRelation('early', { valid: '2012/2013' }) },
          { kind: 'relation', record: buildRelation('late', { valid: '2017-03/..' }) },
          { kind: 'relation', record: buildRelation('ally', { type: 'allied_with', valid: '2016~' }) },
        ],
        { by: 't' },
      );
      const ids = async (from: string, to: string, types?: string[]) => (await store.relationsBetween(from, to, types ? { types } : {})).map((r) => r.id);
      expect(await ids('2012-06-01', '2012-06-01')).toEqual(['rel:early']);
      expect(await ids('2017-06-01', '2017-06-01')).toEqual(['rel:ally', 'rel:late']);
      expect(await ids('2017-06-01', '2017-06-01', ['member_of'])).toEqual(['rel:late']);
    });

    it('foldedTies: the read-time fold of the ties in force, kept through writes, retirements, restricted and redated sources, lifespans and series', async () => {
      const windows: [string, string][] = [
        ['2012-01-01', '2012-12-31'],
        ['2016-06-01', '2016-06-01'],
        ['2017-06-01', '2017-06-30'],
        ['2018-09-01', '2018-09-30'],
        ['2019-01-01', '2019-12-31'],
        ['2022-01-01', '2022-01-01'],
      ];
      const check = async (step: string) => {
        for (const withheld of [false, true])
          for (const [from, to] of windows)
            expect(await store.foldedTies?.(from, to, { withheld }), `${step}: ${from}..${to}${withheld ? ' withheld' : ''}`).toEqual(
              await scanFoldedTies(store, from, to, withheld),
            );
      };
      const secretText = 'A restricted interview.';
      const secret = buildSource({ id: sha256Hex(secretText), title: 'An interview', date: '2018-02', restricted: true });
      const secretEvidence = [{ source: secret.id, start: 2, end: 12, sha256: sha256Hex(secretText.slice(2, 12)) }];
      await store.write(
        [
          { kind: 'source', record: buildSource({ date: '2017-04' }) },
          { kind: 'source', record: secret },
          ...['a', 'b', 'c', 'd'].map((slug) => ({ kind: 'actor' as const, record: buildActor(slug, slug === 'c' ? { kind: 'coalition' } : {}) })),
          { kind: 'relation', record: buildRelation('b-in-c') },
          { kind: 'relation', record: buildRelation('a-b', { type: 'allied_with', from: 'actor:a', to: 'actor:b', valid: '2014/..' }) },
          { kind: 'relation', record: buildRelation('d-in-c', { from: 'actor:d', valid: '2012/..' }) },
          { kind: 'claim', record: buildClaim('rel:b-in-c', 1) },
          { kind: 'claim', record: buildClaim('rel:a-b', 1) },
          { kind: 'claim', record: buildClaim('rel:a-b', 2, { value: { valid: '2013/2015' } }) },
          { kind: 'claim', record: buildClaim('rel:d-in-c', 1, { evidence: secretEvidence }) },
          { kind: 'claim', record: buildClaim('rel:b-in-c', 2, { evidence: secretEvidence, value: { valid: '2016/..' } }) },
        ],
        { by: 't' },
      );
      expect((await store.foldedTies?.('2017-06-01', '2017-06-30'))?.map((t) => t.relation.id)).toEqual(['rel:a-b', 'rel:b-in-c', 'rel:d-in-c']);
      await check('written');
      await store.write([{ kind: 'source', record: buildSource({ date: '2019-05' }) }], { by: 't' });
      await check('a source redated');
      await store.write([{ kind: 'source', record: { ...secret, restricted: false } }], { by: 't' });
      await check('a source no longer restricted');
      await store.write([{ kind: 'source', record: secret }], { by: 't' });
      await check('restricted again');
      await store.write(
        [
          { kind: 'relation', record: buildRelation('e-in-c', { from: 'actor:e', valid: '2010/..' }) },
          { kind: 'relation', record: buildRelation('e-from-c', { type: 'split_from', from: 'actor:e', valid: '2018' }) },
          { kind: 'claim', record: buildClaim('rel:e-in-c', 1) },
        ],
        { by: 't' },
      );
      await check('ties of an actor not yet recorded');
      await store.write([{ kind: 'actor', record: buildActor('e') }], { by: 't' });
      await store.write([{ kind: 'actor', record: buildActor('f') }], { by: 't' });
      await check('the actor recorded: its split begins its lifespan');
      await store.write(
        [
          { kind: 'relation', record: buildRelation('d-from-c', { type: 'split_from', from: 'actor:d', valid: '2018' }) },
          { kind: 'actor', record: buildActor('b', { existed: '2010/2018-06' }) },
        ],
        { by: 't' },
      );
      await check('lifespans from a split and a stated end');
      await store.write([{ kind: 'actor', record: buildActor('b', { existed: '2010/2018-06', description: 'edited' }) }], { by: 't' });
      await store.write([{ kind: 'claim', record: buildClaim('rel:a-b', 2, { value: { valid: '2013/2015' }, status: 'rejected' }) }], { by: 't' });
      await check('a competing reading rejected');
      await store.retire('claim', ['rel:b-in-c#1'], { by: 't' });
      await store.retire('relation', ['rel:d-from-c'], { by: 't' });
      await check('a claim and a split retired');
      await store.retire('actor', ['actor:b'], { by: 't' });
      await store.retire('relation', ['rel:d-in-c'], { by: 't' });
      await check('an actor and a tie retired');
      await store.bulk(4, async () => {
        await store.write([{ kind: 'relation', record: buildRelation('d-in-c', { from: 'actor:d', valid: '2019/..' }) }], { by: 't' });
        await store.write([{ kind: 'actor', record: buildActor('b') }], { by: 't' });
        expect(await store.foldedTies?.('2019-01-01', '2019-12-31')).toBeUndefined();
      });
      await check('a series brought a tie and an actor back');
      expect(await store.foldedTies?.('2017-06-01', '2017-06-30', { recordedAt: '2026-01-02T00:00:00.000Z' })).toBeUndefined();
    });

    it('filters events by window, type, place and participant', async () => {
      await store.write(
        [
          { kind: 'event', record: buildEvent('a', { date: '2016-07-21', place: 'place:kidal' }) },
          {
            kind: 'event',
            record: buildEvent('b', { date: '2019-01-20', type: 'attack_on_civilians', participants: [{ actor: 'actor:x', role: 'perpetrator' }] }),
          },
        ],
        { by: 't' },
      );
      const ids = async (q: Parameters<Store['events']>[0]) => (await store.events(q)).map((e) => e.id);
      expect(await ids({})).toEqual(['event:a', 'event:b']);
      expect(await ids({ from: '2017-01-01' })).toEqual(['event:b']);
      expect(await ids({ types: ['armed_clash'] })).toEqual(['event:a']);
      expect(await ids({ places: ['place:kidal'] })).toEqual(['event:a']);
      expect(await ids({ actors: ['actor:x'] })).toEqual(['event:b']);
    });

    it('searches names and aliases regardless of case and accents', async () => {
      await store.write(
        [
          { kind: 'actor', record: buildActor('ansar-dine', { name: 'Ansar Dine', aliases: [{ name: 'Anṣār ad-Dīn', lang: 'ar', kind: 'transliteration' }] }) },
          { kind: 'actor', record: buildActor('gatia', { name: 'GATIA', aliases: [{ name: 'Groupe autodéfense touareg Imghad et alliés', lang: 'fr' }] }) },
        ],
        { by: 't' },
      );
      const ids = async (q: string) => (await store.searchActors(q)).map((a) => a.id);
      expect(await ids('ansar ad din')).toEqual(['actor:ansar-dine']);
      expect(await ids('AUTODEFENSE')).toEqual(['actor:gatia']);
      expect(await ids('gatia')).toEqual(['actor:gatia']);
      expect(await ids('nothing like it')).toEqual([]);
    });

    // The query layer's indexed methods: each answers what a scan of the basic reads answers (query-oracles.ts).
    it('relationsOf: relations from or to any of the given ids, by type', async () => {
      await store.write(
        [
          { kind: 'relation', record: buildRelation('b-in-c') },
          { kind: 'relation', record: buildRelation('c-ally-d', { type: 'allied_with', from: 'actor:c', to: 'actor:d' }) },
          { kind: 'relation', record: buildRelation('e-in-f', { from: 'actor:e', to: 'actor:f' }) },
        ],
        { by: 't' },
      );
      const ids = async (of: string[], types?: string[]) => (await store.relationsOf(of, types ? { types } : {})).map((r) => r.id);
      expect(await ids(['actor:c'])).toEqual(['rel:b-in-c', 'rel:c-ally-d']);
      expect(await ids(['actor:b', 'actor:f'])).toEqual(['rel:b-in-c', 'rel:e-in-f']);
      expect(await ids(['actor:c'], ['allied_with'])).toEqual(['rel:c-ally-d']);
      expect(await ids([])).toEqual([]);
      for (const of of [['actor:c'], ['actor:b', 'actor:f'], ['actor:zz']])
        expect((await store.relationsOf(of)).map((r) => r.id).sort()).toEqual((await scanRelationsOf(store, of)).map((r) => r.id).sort());
    });

    /** Filters the adapters' indexed answers are compared with the scans on. */
    const FILTERS: EventFilter[] = [
      {},
      { participants: [{ actor: 'actor:b' }] },
      { participants: [{ actor: 'actor:b', from: '2017-01-01', to: '2019-12-31' }] },
      { participants: [{ actor: 'actor:a' }], attributions: ['alleged'] },
      { attributions: ['claimed', 'unspecified'] },
      { from: '2016-07-01', to: '2016-07-31', types: ['armed_clash'] },
      { places: ['place:gao', 'place:kidal'] },
    ];

    const aggregationEvents = () => [
      { kind: 'event' as const, record: buildEvent('a', { date: '2016-07-21', place: 'place:kidal', fatalities: { low: 2, best: 3, high: 5 } }) },
      {
        kind: 'event' as const,
        record: buildEvent('b', {
          date: '2016-07',
          participants: [{ actor: 'actor:a', role: 'perpetrator', attribution: 'alleged' }],
          fatalities: { low: 10 },
        }),
      },
      {
        kind: 'event' as const,
        record: buildEvent('c', {
          date: '2016',
          type: 'attack_on_civilians',
          participants: [{ actor: 'actor:x', role: 'perpetrator', attribution: 'claimed' }],
        }),
      },
      {
        kind: 'event' as const,
        record: buildEvent('d', { date: '2018-02-01', place: 'place:gao', participants: [{ actor: 'actor:b', role: 'participant' }] }),
      },
    ];

    it('filterEvents: participant windows, attributions, window, type and place', async () => {
      await store.write(aggregationEvents(), { by: 't' });
      const ids = async (f: EventFilter) => (await store.filterEvents(f)).map((e) => e.id);
      expect(await ids({})).toEqual(['event:c', 'event:b', 'event:a', 'event:d']);
      expect(await ids({ participants: [{ actor: 'actor:b' }] })).toEqual(['event:a', 'event:d']);
      expect(await ids({ participants: [{ actor: 'actor:b', from: '2017-01-01', to: '2019-12-31' }] })).toEqual(['event:d']);
      expect(await ids({ participants: [{ actor: 'actor:a' }], attributions: ['alleged'] })).toEqual(['event:b']);
      expect(await ids({ attributions: ['claimed'] })).toEqual(['event:c']);
      expect(await ids({ from: '2016-07-01', to: '2016-07-31', types: ['armed_clash'] })).toEqual(['event:b', 'event:a']);
      expect(await ids({ places: ['place:gao'] })).toEqual(['event:d']);
      const oracle = async (f: EventFilter) => (await scanFilterEvents(store, f)).map((e) => e.id).sort();
      for (const f of FILTERS) expect((await ids(f)).sort()).toEqual(await oracle(f));
    });

    it('aggregateEvents: counts, imprecise dates and fatality sums per month, place and actor', async () => {
      await store.write(aggregationEvents(), { by: 't' });
      const month = await store.aggregateEvents({}, 'month');
      expect(month).toEqual([
        { key: '2016-01', events: 1, imprecise: 1, fatalities: { low: 0, best: 0, high: 0 } },
        { key: '2016-07', events: 2, imprecise: 0, fatalities: { low: 12, best: 13, high: 15 } },
        { key: '2018-02', events: 1, imprecise: 0, fatalities: { low: 0, best: 0, high: 0 } },
      ]);
      expect((await store.aggregateEvents({}, 'place')).map((g) => [g.key, g.events])).toEqual([
        ['', 2],
        ['place:gao', 1],
        ['place:kidal', 1],
      ]);
      expect((await store.aggregateEvents({}, 'actor')).map((g) => [g.key, g.events, g.fatalities.best])).toEqual([
        ['actor:a', 2, 13],
        ['actor:b', 2, 3],
        ['actor:x', 1, 0],
      ]);
      expect((await store.aggregateEvents({ participants: [{ actor: 'actor:b', to: '2017-01-01' }] }, 'actor')).map((g) => [g.key, g.events])).toEqual([
        ['actor:b', 1],
      ]);
      expect((await store.aggregateEvents({ from: '2017-01-01' }, 'year')).map((g) => [g.key, g.events])).toEqual([['2018', 1]]);
      for (const by of ['month', 'year', 'place', 'type', 'actor'] as const)
        for (const f of FILTERS) expect(await store.aggregateEvents(f, by)).toEqual(await scanAggregateEvents(store, f, by));
    });

    it('aggregateEventSpans: first and last month of each date, unknown tolls apart from zero, split by type, place, actor and attribution', async () => {
      const zero = { kind: 'event' as const, record: buildEvent('z', { date: '2016-07-30', place: 'place:gao', fatalities: { best: 0 } }) };
      await store.write([...aggregationEvents(), zero], { by: 't' });
      expect(await store.aggregateEventSpans({})).toEqual([
        { first: '2016-01', last: '2016-12', key: '', events: 1, unknown: 1, fatalities: { low: 0, best: 0, high: 0 } },
        { first: '2016-07', last: '2016-07', key: '', events: 3, unknown: 0, fatalities: { low: 12, best: 13, high: 15 } },
        { first: '2018-02', last: '2018-02', key: '', events: 1, unknown: 1, fatalities: { low: 0, best: 0, high: 0 } },
      ]);
      expect((await store.aggregateEventSpans({ participants: [{ actor: 'actor:a' }] }, 'attribution')).map((g) => [g.first, g.key, g.events])).toEqual([
        ['2016-07', 'alleged', 1],
        ['2016-07', 'unspecified', 2],
      ]);
      for (const split of [undefined, 'type', 'place', 'actor', 'attribution'] as const)
        for (const f of FILTERS) expect(await store.aggregateEventSpans(f, split)).toEqual(await scanAggregateEventSpans(store, f, split));
    });

    it('aggregateEvents reads events as recorded at an earlier instant', async () => {
      const first = await store.write([{ kind: 'event', record: buildEvent('a', { date: '2016-07-21', fatalities: { best: 4 } }) }], { by: 't' });
      await store.write(
        [
          {
            kind: 'event',
            record: buildEvent('a', { date: '2016-08-02', fatalities: { best: 6 }, participants: [{ actor: 'actor:z', role: 'participant' }] }),
          },
        ],
        { by: 't' },
      );
      expect((await store.aggregateEvents({}, 'month')).map((g) => [g.key, g.fatalities.best])).toEqual([['2016-08', 6]]);
      expect((await store.aggregateEvents({ recordedAt: first.recordedAt }, 'month')).map((g) => [g.key, g.fatalities.best])).toEqual([['2016-07', 4]]);
      expect((await store.aggregateEvents({ recordedAt: first.recordedAt }, 'actor')).map((g) => g.key)).toEqual(['actor:a', 'actor:b']);
    });

    it('keeps source texts apart from records', async () => {
      await store.putSourceText('a'.repeat(64), 'hello');
      expect(await store.getSourceText('a'.repeat(64))).toBe('hello');
      expect(await store.getSourceText('b'.repeat(64))).toBeUndefined();
    });

    it('stores a text of many parts whole, tabs, backslashes and characters beyond the BMP included, and the empty text', async () => {
      // Longer than two parts (text-parts.ts), with a supplementary character across a part boundary.
      const long = 'x'.repeat(PART_UNITS - 1) + '\u{1F30D}\t\\ \n' + 'Ségou '.repeat(PART_UNITS / 2) + 'end';
      await store.putSourceText('c'.repeat(64), long);
      await store.putSourceText('c'.repeat(64), 'another text under the same id is not stored');
      await store.putSourceText('d'.repeat(64), '');
      expect(await store.getSourceText('c'.repeat(64))).toBe(long);
      expect(await store.getSourceText('d'.repeat(64))).toBe('');
    });

    runSummaryContract(() => store);

    runTeamContract(
      () => store,
      () => open(steppingClock()),
    );
  });
}
