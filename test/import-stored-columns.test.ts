import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storedColumns } from '../src/core/dataset/stored-columns.js';
import type { Claim } from '../src/core/model/claim.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import type { Change } from '../src/core/store-port.js';
import { ImportedEvents } from '../src/services/interop/imported-events.js';
import { fromWire, toWire } from '../src/services/interop/row-job.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { steppingClock } from './factories.js';

// An import's reading thread derives each event's and claim's stored columns and sends them with the
// lines; the SQLite writer then stores them without parsing the events back. These tests hold that
// fast path equal to the general one: the columns to `storedColumns` of the record, and what a store
// holds after writing the batch both ways, table by table and row by row.

const SOURCE = 'c'.repeat(64);
const common = { source: SOURCE, method: 'import:acled', by: 'importer', at: '2026-12-06' };

/** Events of every shape the columns depend on: dates of each precision, with and without a place, tolls in part or none, participants with and without attributions, one actor twice. */
function events(edited = false): ConflictEvent[] {
  const dates = ['2019-03-10', '2019-03', '2019', '2019-03-10/2019-03-16', '2018-12-30/2019-01-05', '2020-02-29'];
  const tolls: ConflictEvent['fatalities'][] = [undefined, {}, { best: 4 }, { low: 2 }, { high: 9 }, { low: 1, best: 3, high: 7 }, { best: 0 }];
  const out: ConflictEvent[] = [];
  for (let n = 0; n < 42; n++) {
    const fatalities = tolls[(n + (edited ? 1 : 0)) % tolls.length];
    const participants: ConflictEvent['participants'] = [];
    if (n % 3 !== 0) participants.push({ actor: `actor:a${n % 5}`, role: 'perpetrator', attribution: 'claimed' });
    if (n % 2 === 0) participants.push({ actor: `actor:b${n % 4}`, role: 'victim' });
    if (edited && n % 3 === 2) participants.push({ actor: 'actor:c', role: 'target', attribution: 'attributed' });
    if (n % 7 === 1) participants.push({ actor: `actor:a${n % 5}`, role: 'participant', attribution: 'alleged' });
    out.push({
      id: `event:acled-mli${n}`,
      type: n % 4 === 0 ? 'armed_clash' : 'attack_on_civilians',
      date: dates[(n + (edited && n % 2 === 0 ? 1 : 0)) % dates.length] as string,
      ...(n % 5 === 0 ? {} : { place: `place:acled-ml-p${n % 6}`, placePrecision: ((n % 3) + 1) as 1 | 2 | 3 }),
      participants,
      ...(fatalities === undefined ? {} : { fatalities }),
      description: `row ${n}${edited && n % 2 === 1 ? ' (corrected)' : ''}, "quoted"\nsecond line \u2028 é`,
    });
  }
  return out;
}

function claimFor(event: ConflictEvent, n: number): Claim {
  return {
    id: `${event.id}#1`,
    subject: event.id,
    stance: n % 11 === 5 ? 'disputes' : 'supports',
    evidence: [{ source: SOURCE, start: n * 100, end: n * 100 + 99, sha256: String(n % 10).repeat(64) }],
    credibility: ((n % 6) + 1) as Claim['credibility'],
    method: 'import:acled',
    status: 'accepted',
    by: 'importer',
    at: '2026-12-06',
    ...(n % 4 === 3 ? {} : { note: `ACLED ${n}` }),
  };
}

/** A batch as the writing thread receives it from the reading one. */
function received(edited = false): ImportedEvents {
  const held = new ImportedEvents(common);
  events(edited).forEach((event, n) => held.add(event, claimFor(event, n)));
  const back = fromWire(structuredClone(toWire({ type: 'batch', places: [], events: held.data(), end: 0 })));
  if (back.type !== 'batch') throw new Error('expected a batch');
  return ImportedEvents.of(back.events);
}

const TABLES: Record<string, string> = {
  records: 'SELECT kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high FROM records ORDER BY rowid',
  names: 'SELECT * FROM names ORDER BY rowid',
  event_participants: 'SELECT * FROM event_participants ORDER BY rowid',
  participant_events: 'SELECT * FROM participant_events',
  audit_log: 'SELECT * FROM audit_log ORDER BY seq',
  event_type_summary: 'SELECT * FROM event_type_summary',
  event_place_summary: 'SELECT * FROM event_place_summary',
  event_actor_summary: 'SELECT * FROM event_actor_summary',
};

/** Writes the changes, the same again (nothing changes), then their edited form (a new version of most events), in a series, bulk or not, and reads every table back. */
async function stored(changes: (edited: boolean) => Change[], bulk: boolean, trusted: boolean): Promise<Record<string, unknown[]>> {
  const file = join(mkdtempSync(join(tmpdir(), 'faultline-columns-')), 'x.db');
  const store = new SqliteStore({ path: file, clock: steppingClock(), bulkWhen: () => bulk });
  await store.bulk(200, async () => {
    await store.write(changes(false), { by: 'importer', trusted });
    await store.write(changes(false), { by: 'importer', trusted });
    await store.write(changes(true), { by: 'importer', trusted });
  });
  await store.close();
  const db = new Database(file, { readonly: true });
  const out = Object.fromEntries(Object.entries(TABLES).map(([name, sql]) => [name, db.prepare(sql).all()]));
  db.close();
  return out;
}

describe('stored columns derived by the reading thread', () => {
  it('equal what the store derives from each record, and each record read back equals the one given', () => {
    const batch = received();
    const changes = batch.slice(0, batch.length);
    expect(changes).toHaveLength(84);
    const given = events();
    changes.forEach((change, i) => {
      if (change.kind === 'event') expect(change.record).toEqual(given[i >> 1]);
      if (change.kind === 'claim' && (change.record as Claim).stance === 'supports') expect(change.columns).toBeDefined();
      if (change.columns) expect(change.columns).toEqual(storedColumns(change.kind, change.record));
    });
    expect(changes.filter((c) => c.kind === 'event').every((c) => c.columns !== undefined)).toBe(true);
  });

  it('spare the SQLite writer every record: it reads none of an event or standard claim it stores', async () => {
    let read = 0;
    const counted = (edited: boolean) =>
      received(edited)
        .slice(0, 84)
        .map((change): Change => {
          if (!change.columns) return change;
          const { kind, line, columns } = change;
          return {
            kind,
            ...(line === undefined ? {} : { line }),
            columns,
            get record() {
              read++;
              return change.record;
            },
          };
        });
    for (const bulk of [true, false]) {
      read = 0;
      await stored(counted, bulk, true);
      expect(read).toBe(0);
    }
  });

  it('store every table row for row as the general path does, bulk or not', async () => {
    for (const bulk of [true, false]) {
      const fast = await stored((edited) => received(edited).slice(0, 84), bulk, true);
      // The general path: the records alone, serialised and derived by the writer.
      const general = await stored(
        (edited) =>
          received(edited)
            .slice(0, 84)
            .map(({ kind, record }) => ({ kind, record }) as Change),
        bulk,
        false,
      );
      expect((fast.records ?? []).length).toBeGreaterThan(84 + 40);
      expect((fast.event_participants ?? []).length).toBeGreaterThan(40);
      expect(fast).toEqual(general);
    }
  });
});
