// The events CSV of the whole Mali dataset read back through the ACLED import into fresh databases:
// one holding data/mali without its events (names and places resolve to the recorded ones), and an
// empty one (names come back as proposals). Each exported event must
// come back with its day, type, place, participants and fatalities; what ACLED's columns cannot carry
// is said where it is checked, and in docs/interop.md.
import { parse } from 'csv-parse/sync';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MIN_DAY } from '../src/core/dates/bounds.js';
import { parseTemporal } from '../src/core/dates/edtf.js';
import type { ConflictEvent } from '../src/core/model/event.js';
import type { Place } from '../src/core/model/place.js';
import { locateEvent } from '../src/analysis/places/event-location.js';
import { acledEventId } from '../src/interop/acled/acled-records.js';
import { countryOfRow } from '../src/interop/countries.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { exportTo, type ExportResult } from '../src/services/interop/export-file.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import type { ImportSummary } from '../src/services/interop/import-options.js';
import { loadPublishable } from '../src/services/interop/load-publishable.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { maliStore } from './support/graph-exports.js';

type Row = Record<string, string>;
const options = { by: 'tester', clock: () => new Date('2026-02-01T00:00:00Z') };

/**
 * A fresh database holding data/mali without its events: its sources, actors, places and the
 * relations between them (which place actors in countries, for name resolution), with their claims.
 */
async function maliWithoutEvents(dir: string): Promise<SqliteStore> {
  const copy = join(dir, 'without-events');
  cpSync('data/mali', copy, { recursive: true });
  const lines = (file: string) =>
    readFileSync(join(copy, file), 'utf8')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => ({ line, record: JSON.parse(line) as { id: string; to?: string; subject?: string } }));
  const relations = lines('relations.jsonl').filter(({ record }) => !record.to?.startsWith('event:'));
  const kept = new Set(relations.map(({ record }) => record.id));
  const claims = lines('claims.jsonl').filter(({ record }) => /^(actor|place|source):/.test(record.subject ?? '') || kept.has(record.subject ?? ''));
  writeFileSync(join(copy, 'events.jsonl'), '');
  writeFileSync(join(copy, 'relations.jsonl'), relations.map(({ line }) => line + '\n').join(''));
  writeFileSync(join(copy, 'claims.jsonl'), claims.map(({ line }) => line + '\n').join(''));
  const store = new SqliteStore({ path: ':memory:' });
  await loadDataset(store, copy, { by: 'tester' });
  return store;
}

const bounds = (date: string) => {
  const t = parseTemporal(date);
  if (!t) throw new Error(`not EDTF: ${date}`);
  return { first: t.start.earliest, last: t.end.latest };
};
const actorsOf = (e: ConflictEvent) => [...new Set(e.participants.map((p) => p.actor))].sort();
const namesOf = (row: Row) =>
  [row['actor1'], row['assoc_actor_1'], row['actor2'], row['assoc_actor_2']].flatMap((cell) => (cell ?? '').split('; ')).filter((name) => name !== '');

describe('events CSV of data/mali read back through the ACLED import', () => {
  let published: ConflictEvent[];
  let publishedPlaces: Map<string, Place>;
  let result: ExportResult;
  let rows: Row[];
  let leftOut: Row[];
  let world: SqliteStore;
  let worldImport: ImportSummary;
  let emptyImport: ImportSummary;
  let actorNames: Map<string, string>;
  const original = new Map<string, ConflictEvent>();

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faultline-events-round-trip-'));
    const file = join(dir, 'events.csv');
    const source = await maliStore();
    const { records } = await loadPublishable(source);
    actorNames = new Map(records.actors.map((a) => [a.id, a.name]));
    published = records.events;
    publishedPlaces = new Map(records.places.map((p) => [p.id, p]));
    for (const e of published) original.set(e.id, e);
    result = await exportTo(source, 'events-csv', file);
    rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Row[];
    leftOut = parse(readFileSync(result.leftOut?.file ?? '', 'utf8'), { columns: true }) as Row[];
    world = await maliWithoutEvents(dir);
    worldImport = await importAcled(world, file, options);
    emptyImport = await importAcled(new SqliteStore({ path: ':memory:' }), file, options);
  });

  /** Each exported row with the event it came from and the event the import made of it. */
  async function pairs(): Promise<{ row: Row; from: ConflictEvent; back: ConflictEvent | undefined }[]> {
    return Promise.all(
      rows.map(async (row) => {
        const id = row['event_id_cnty'] ?? '';
        const from = original.get(id);
        if (!from) throw new Error(`exported event ${id} is not a published one`);
        return { row, from, back: await world.get('event', acledEventId(id)) };
      }),
    );
  }

  it('writes every published event or lists it as left out with its reasons: nothing is dropped silently', () => {
    expect(rows.length).toBeGreaterThan(200);
    expect(result.leftOut?.count).toBe(leftOut.length);
    const ids = [...rows, ...leftOut].map((r) => r['event_id_cnty'] ?? r['event']);
    expect(ids.sort()).toEqual(published.map((e) => e.id).sort());
    // Only what an ACLED row cannot hold is left out: an event with no place, or a date with no known start.
    for (const l of leftOut) {
      const e = original.get(l['event'] ?? '');
      if (!e) throw new Error(`listed event ${l['event'] ?? ''} is not a published one`);
      const at = locateEvent(e, publishedPlaces);
      const unplaced = at.mapped || at.reason === 'no-coordinates' ? [] : [at.reason];
      expect(l['reasons']?.split(' ').sort(), e.id).toEqual([...(bounds(e.date).first === MIN_DAY ? ['no-known-start'] : []), ...unplaced].sort());
    }
  });

  it('gives every row a day, a country by ISO numeric code and by name, and a location', () => {
    for (const row of rows) {
      expect(row['event_date'], row['event_id_cnty']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['1', '2', '3']).toContain(row['time_precision']);
      const byCode = countryOfRow({ isoNumeric: row['iso'] });
      expect(byCode, row['event_id_cnty']).toBeDefined();
      expect(countryOfRow({ name: row['country'] }), row['event_id_cnty']).toBe(byCode);
      expect(row['location'], row['event_id_cnty']).not.toBe('');
    }
  });

  it('the ACLED import takes every row, into an empty database and into one holding Mali without its events', () => {
    for (const summary of [worldImport, emptyImport]) expect(summary).toMatchObject({ rows: rows.length, events: rows.length });
    // Every name in the file is a recorded actor's name: what the reader proposes is one it declined to
    // resolve (below), never a name garbled on the way.
    const recorded = new Set(actorNames.values());
    expect(worldImport.proposedActors.filter((p) => !recorded.has(p.name))).toEqual([]);
  });

  it('brings every event back with its day, type, place, participants and fatalities', async () => {
    const wrong: Record<'missing' | 'day' | 'type' | 'place' | 'participants' | 'fatalities', string[]> = {
      missing: [],
      day: [],
      type: [],
      place: [],
      participants: [],
      fatalities: [],
    };
    const proposed = new Set(worldImport.proposedActors.map((p) => p.name));
    for (const { row, from, back } of await pairs()) {
      if (!back) {
        wrong.missing.push(from.id);
        continue;
      }
      // The day written lies in the date read back, and so does the day the event may first have happened
      // (ACLED's precision 3 is read as a month: a longer span comes back as the month it starts in).
      const read = bounds(back.date);
      const day = row['event_date'] ?? '';
      const first = bounds(from.date).first;
      const holds = (d: string) => read.first <= d && d <= read.last;
      if (!holds(day) || !holds(first) || (row['time_precision'] === '1' && back.date !== from.date))
        wrong.day.push(`${from.id}: ${from.date} → ${day} → ${back.date}`);
      // Types ACLED lacks travel as its nearest type with the Faultline type in `tags`, which the reader takes back.
      if (back.type !== from.type) wrong.type.push(`${from.id}: ${from.type} → ${back.type}`);
      // A town, village or area is matched to the recorded place, and a region, cercle or country named as
      // the location to that area.
      if (back.place !== from.place) wrong.place.push(`${from.id}: ${from.place ?? ''} → ${back.place ?? ''}`);
      // The reader resolves an armed group's or a community's name only among the actors of the row's
      // country (or placed in it by a tie): one of another country, or a community without a tie to it
      // (Fulani, Dogon), is proposed under its name instead. Any other participant returns.
      const declined = actorsOf(from).filter((a) => !back.participants.some((p) => p.actor === a));
      if (
        back.participants.some((p) => !actorsOf(from).includes(p.actor)) ||
        declined.some((a) => !proposed.has(actorNames.get(a) ?? a) || !namesOf(row).includes(actorNames.get(a) ?? a))
      )
        wrong.participants.push(`${from.id}: ${actorsOf(from).join()} → ${actorsOf(back).join()}`);
      const fatalities = from.fatalities?.best ?? from.fatalities?.low ?? from.fatalities?.high ?? 0;
      if (back.fatalities?.best !== fatalities) wrong.fatalities.push(`${from.id}: ${fatalities} → ${back.fatalities?.best ?? ''}`);
    }
    expect(wrong).toEqual({ missing: [], day: [], type: [], place: [], participants: [], fatalities: [] });
  });

  it('in an empty database, every actor name of the file comes back proposed for review', () => {
    const proposed = new Set(emptyImport.proposedActors.map((p) => p.name));
    const names = new Set(rows.flatMap(namesOf));
    expect(names.size).toBeGreaterThan(50);
    expect([...names].filter((name) => !proposed.has(name))).toEqual([]);
  });
});
