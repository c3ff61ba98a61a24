// Writes a generated world straight into a SqliteStore's tables: store.write validates every record
// through zod and edtf.js (about half a millisecond each), far too slow for millions of rows. The
// columns are the ones src/store/index-keys.ts and src/store/event-keys.ts derive; a sample is
// checked against them so the shortcut cannot drift.
import Database from 'better-sqlite3';
import { MAX_DAY, MIN_DAY } from '../src/core/dates/bounds.js';
import type { RecordKind } from '../src/core/dataset/kinds.js';
import { parseTemporal } from '../src/core/dates/edtf.js';
import { fatalityEstimates, participantRows } from '../src/store/event-keys.js';
import { indexKeys } from '../src/store/index-keys.js';
import { foldName } from '../src/core/text/normalise.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { EVENT_SUMMARIES } from '../src/store/sqlite/summary-schema.js';
import { dropKeepingTriggers, rebuildWhereTriggersMissing } from '../src/store/sqlite/trigger-kept.js';
import type { World } from './generate.js';

const AT = '2026-01-01T00:00:00.000Z';

interface Keys {
  lo: string | null;
  hi: string | null;
  a: string | null;
  b: string | null;
  c: string | null;
}

function keysOf(kind: RecordKind, record: Record<string, unknown>): Keys {
  const none = { lo: null, hi: null, a: null, b: null, c: null };
  if (kind === 'relation') {
    const t = parseTemporal(record['valid'] as string);
    return {
      lo: t?.start.earliest ?? MIN_DAY,
      hi: t?.end.latest ?? MAX_DAY,
      a: record['from'] as string,
      b: record['to'] as string,
      c: record['type'] as string,
    };
  }
  if (kind === 'event') {
    const t = parseTemporal(record['date'] as string);
    return {
      ...none,
      lo: t?.start.earliest ?? MIN_DAY,
      hi: t?.end.latest ?? MAX_DAY,
      a: (record['place'] as string | undefined) ?? null,
      c: record['type'] as string,
    };
  }
  if (kind === 'claim') return { ...none, a: record['subject'] as string, b: record['status'] as string };
  if (kind === 'actor' || kind === 'place') return { ...none, c: record['kind'] as string };
  return none;
}

/** Creates the database at `path` (migrated by SqliteStore) and fills it with the world. */
export async function bulkLoad(path: string, world: World): Promise<void> {
  await new SqliteStore({ path }).close();
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  // As a bulk write does: the event summaries are built in one pass at the end, not row by row.
  dropKeepingTriggers(db, EVENT_SUMMARIES);
  const insert = db.prepare(
    `INSERT INTO records (kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high) VALUES (?, ?, 1, ?, ?, NULL, 'bench', ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const name = db.prepare('INSERT INTO names (kind, id, name) VALUES (?, ?, ?)');
  const participant = db.prepare('INSERT INTO event_participants (event_id, version, actor, role, attribution) VALUES (?, 1, ?, ?, ?)');
  let checked = 0;
  const put = (kind: RecordKind, record: { id: string }) => {
    const keys = keysOf(kind, record as Record<string, unknown>);
    if (checked < 2000 && (kind === 'relation' || kind === 'event' || kind === 'claim')) {
      checked++;
      const real = indexKeys(kind, record);
      if (real.lo !== keys.lo || real.hi !== keys.hi || real.a !== keys.a || real.b !== keys.b || real.c !== keys.c)
        throw new Error(`bench keys drift from index-keys for ${record.id}`);
    }
    const f = kind === 'event' ? fatalityEstimates(record as never) : undefined;
    insert.run(kind, record.id, JSON.stringify(record), AT, keys.lo, keys.hi, keys.a, keys.b, keys.c, f?.low ?? null, f?.best ?? null, f?.high ?? null);
    if (kind === 'actor' || kind === 'place') name.run(kind, record.id, foldName((record as unknown as { name: string }).name));
    if (kind === 'event') for (const p of participantRows(record as never)) participant.run(record.id, p.actor, p.role, p.attribution);
  };
  const batch = db.transaction((rows: [RecordKind, { id: string }][]) => {
    for (const [kind, record] of rows) put(kind, record);
  });
  let rows: [RecordKind, { id: string }][] = [];
  const flush = () => {
    batch(rows);
    rows = [];
  };
  const push = (kind: RecordKind, record: { id: string }) => {
    rows.push([kind, record]);
    if (rows.length >= 50_000) flush();
  };
  for (const s of world.sources) push('source', s);
  for (const p of world.places) push('place', p);
  for (const a of world.actors) push('actor', a);
  for (const { claims, ...relation } of world.relations) {
    push('relation', relation);
    for (const c of claims) push('claim', c);
  }
  for (const e of world.events) push('event', e);
  flush();
  rebuildWhereTriggersMissing(db, EVENT_SUMMARIES);
  db.close();
}
