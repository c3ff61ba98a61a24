// Called from runStoreContract, so every adapter runs it: the aggregations read from the event
// summaries and the participant index (src/store/summary-plan.ts) must equal the scanning oracles on a generated world, after
// edits, retirements, returns and series of writes (test/summary-visibility.test.ts adds restricted
// sources and the Mali dataset).
import { expect, it } from 'vitest';
import type { ConflictEvent, Participant } from '../core/model/event.js';
import type { Change, EventFilter, EventSplit, Store, TeamStore } from '../core/store-port.js';
import { ATTRIBUTIONS, EVENT_TYPE_NAMES } from '../core/vocab/event-types.js';
import { buildEvent } from '../../test/factories.js';
import { scanAggregateEvents, scanAggregateEventSpans } from './query-oracles.js';
import { readsParticipantEvents, summaryPlan } from './summary-plan.js';

const ACTORS = ['actor:a', 'actor:b', 'actor:c', 'actor:d'];
const PLACES = ['place:gao', 'place:kidal', 'place:menaka'];
const TYPES = EVENT_TYPE_NAMES.slice(0, 3);

/** A seeded world of events: day, month, year and interval dates, unknown, zero and partial tolls, repeated participants. */
function summaryWorld(count: number, seed: number, prefix = 'g'): ConflictEvent[] {
  // A small linear congruential generator: the store layer may not import analysis' seeded random.
  let state = seed;
  const rnd = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: count }, (_, i) => {
    const y = 2014 + Math.floor(rnd() * 4);
    const m = pad(1 + Math.floor(rnd() * 12));
    const r = rnd();
    const date = r < 0.4 ? `${y}-${m}-${pad(1 + Math.floor(rnd() * 28))}` : r < 0.7 ? `${y}-${m}` : r < 0.85 ? `${y}` : `${y}-${m}/${y + 1}-03`;
    const participants: Participant[] = [];
    // Some events name nobody: they still count, though under no actor.
    for (let k = Math.floor(rnd() * 4); k > 0; k--) {
      const attribution = pick([undefined, ...ATTRIBUTIONS]);
      participants.push({ actor: pick(ACTORS), role: pick(['perpetrator', 'target'] as const), ...(attribution ? { attribution } : {}) });
    }
    const f = rnd();
    const fatalities = f < 0.3 ? undefined : f < 0.45 ? { best: 0 } : f < 0.6 ? { best: 1 + Math.floor(rnd() * 5) } : { low: 1, best: 3, high: 9 };
    return buildEvent(`${prefix}${i}`, {
      type: pick(TYPES),
      date,
      ...(rnd() < 0.85 ? { place: pick(PLACES) } : {}),
      participants,
      ...(fatalities ? { fatalities } : {}),
    });
  });
}

/** Filters the summaries answer (month bounds, one participant, one attribution), and two they leave to the scan. */
const SUMMARY_FILTERS: EventFilter[] = [
  {},
  { from: '2015-01-01', to: '2016-06-30' },
  { to: '2016-02-29' },
  { types: [TYPES[0] as string], places: ['place:gao', 'place:kidal'] },
  { places: ['place:menaka'], from: '2015-03-01' },
  { participants: [{ actor: 'actor:a' }] },
  { participants: [{ actor: 'actor:b', from: '2015-04-01', to: '2016-09-30' }], types: [TYPES[1] as string] },
  { participants: [{ actor: 'actor:c' }], attributions: ['claimed'] },
  { participants: [{ actor: 'actor:d' }], attributions: ['unspecified'], places: ['place:gao'] },
  // Left to the scan: a day inside a month, and a coalition of two.
  { from: '2015-03-14' },
  { participants: [{ actor: 'actor:a' }, { actor: 'actor:b', from: '2016-01-01' }] },
];

/**
 * Filters the summaries leave to the participant index (participant_events): coalitions whose
 * members count in day windows that start and end inside months and share events, a single actor in
 * a day window, several attributions, and the other conditions on top.
 */
const COALITION_FILTERS: EventFilter[] = [
  {
    participants: [
      { actor: 'actor:a' },
      { actor: 'actor:b', from: '2015-03-14', to: '2016-08-09' },
      { actor: 'actor:c', from: '2014-06-15', to: '2015-01-20' },
    ],
  },
  {
    participants: ACTORS.map((actor, i) => ({ actor, from: `201${4 + i}-02-11`, to: `201${5 + i}-11-03` })),
    from: '2015-02-11',
    to: '2016-11-03',
    types: TYPES.slice(0, 2),
    places: ['place:gao', 'place:menaka'],
  },
  { participants: [{ actor: 'actor:b' }, { actor: 'actor:d', to: '2015-12-31' }], attributions: ['claimed', 'unspecified'] },
  { participants: [{ actor: 'actor:c', from: '2015-05-17' }] },
  { participants: ACTORS.map((actor) => ({ actor })), attributions: ['alleged'], from: '2014-03-01', to: '2017-06-30' },
];

const SPLITS: readonly (EventSplit | undefined)[] = [undefined, 'type', 'place', 'actor', 'attribution'];
const GROUPINGS = ['month', 'year', 'place', 'type', 'actor'] as const;

/** Every filter and split of SUMMARY_FILTERS, read from the store and from the oracles. */
async function expectOracles(store: Store, oracleStore: Store = store): Promise<void> {
  for (const filter of [...SUMMARY_FILTERS, ...COALITION_FILTERS]) {
    for (const split of SPLITS) {
      expect(await store.aggregateEventSpans(filter, split), `${JSON.stringify(filter)} split ${split}`).toEqual(
        await scanAggregateEventSpans(oracleStore, filter, split),
      );
    }
    for (const by of GROUPINGS) {
      expect(await store.aggregateEvents(filter, by), `${JSON.stringify(filter)} by ${by}`).toEqual(await scanAggregateEvents(oracleStore, filter, by));
    }
  }
}

const write = (events: readonly ConflictEvent[]): Change[] => events.map((record) => ({ kind: 'event', record }));

export function runSummaryContract(store: () => TeamStore): void {
  it('summaries: the filters they answer are the ones meant', () => {
    const answered = SUMMARY_FILTERS.map((f) => summaryPlan(f, undefined) !== undefined);
    expect(answered).toEqual([true, true, true, true, true, true, true, true, true, false, false]);
  });

  it('participant index: answers every filter with participants that the summaries leave to the scan', () => {
    const left = [...SUMMARY_FILTERS, ...COALITION_FILTERS].filter((f) => summaryPlan(f, undefined) === undefined);
    expect(left.map((f) => f.participants !== undefined && readsParticipantEvents(f))).toEqual([false, true, true, true, true, true, true]);
    expect(readsParticipantEvents({ ...COALITION_FILTERS[0], recordedAt: '2026-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('summaries: aggregations equal the scan on a generated world', async () => {
    await store().write(write(summaryWorld(160, 11)), { by: 't' });
    await expectOracles(store());
  });

  it('summaries: aggregations equal the scan after edits, retirements, returns and writes in one series', async () => {
    const world = summaryWorld(120, 12);
    await store().write(write(world), { by: 't' });
    // Edits move events to other months, types, places and participants, and change their tolls.
    const edited = summaryWorld(40, 13).map((e, i) => ({ ...e, id: world[i * 3]?.id ?? e.id }));
    await store().write(write(edited), { by: 't' });
    await store().retire(
      'event',
      world.filter((_, i) => i % 5 === 1).map((e) => e.id),
      { by: 't' },
    );
    await expectOracles(store());
    // A retired event written again comes back; a series adds more and edits some twice.
    await store().write(write([world[1] as ConflictEvent, world[6] as ConflictEvent]), { by: 't' });
    await store().bulk(60, async () => {
      await store().write(write(summaryWorld(30, 14, 'h')), { by: 't' });
      await store().write(write(summaryWorld(20, 15).map((e, i) => ({ ...e, id: world[i * 2 + 1]?.id ?? e.id }))), { by: 't' });
    });
    await expectOracles(store());
  });
}
