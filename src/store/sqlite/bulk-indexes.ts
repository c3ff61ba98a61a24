import type Database from 'better-sqlite3';
import { PARTICIPANT_EVENTS } from './participant-events-schema.js';
import { EVENT_SUMMARIES } from './summary-schema.js';
import { dropKeepingTriggers, rebuildWhereTriggersMissing } from './trigger-kept.js';

/** The tables triggers keep on every write, which a bulk write rebuilds at its end instead. */
const TRIGGER_KEPT = [EVENT_SUMMARIES, PARTICIPANT_EVENTS];

/**
 * The secondary indexes as the migrations leave them (a test keeps this list equal to what they
 * create). None enforces a constraint: the primary keys stay, so a bulk write may drop these and
 * build them again afterwards, each in one sorted pass rather than row by row at random places.
 */
export const SECONDARY_INDEXES: readonly { name: string; sql: string }[] = [
  { name: 'records_recorded', sql: 'CREATE INDEX records_recorded ON records (kind, recorded_from, recorded_to)' },
  { name: 'names_id', sql: 'CREATE INDEX names_id ON names (kind, id)' },
  { name: 'event_participants_actor', sql: 'CREATE INDEX event_participants_actor ON event_participants (actor, event_id, version)' },
  { name: 'event_participants_event', sql: 'CREATE INDEX event_participants_event ON event_participants (event_id, version)' },
  {
    name: 'records_event_facts',
    sql: `CREATE INDEX records_event_facts ON records (lo, hi, c, a, f_low, f_best, f_high) WHERE kind = 'event' AND recorded_to IS NULL`,
  },
  { name: 'audit_log_actor', sql: 'CREATE INDEX audit_log_actor ON audit_log (actor, seq)' },
  { name: 'audit_log_at', sql: 'CREATE INDEX audit_log_at ON audit_log (at, seq)' },
  { name: 'audit_log_subject', sql: 'CREATE INDEX audit_log_subject ON audit_log (kind, id, seq)' },
  { name: 'records_time', sql: 'CREATE INDEX records_time ON records (kind, lo, hi) WHERE recorded_to IS NULL AND lo IS NOT NULL' },
  { name: 'records_a', sql: 'CREATE INDEX records_a ON records (kind, a) WHERE recorded_to IS NULL AND a IS NOT NULL' },
  { name: 'records_b', sql: 'CREATE INDEX records_b ON records (kind, b) WHERE recorded_to IS NULL AND b IS NOT NULL' },
  { name: 'records_c', sql: 'CREATE INDEX records_c ON records (kind, c) WHERE recorded_to IS NULL AND c IS NOT NULL' },
];

/** Drops the secondary indexes for a bulk write, and the triggers of the summaries and the participant index. */
export function dropSecondaryIndexes(db: Database.Database): void {
  db.transaction(() => {
    for (const { name } of SECONDARY_INDEXES) db.exec(`DROP INDEX IF EXISTS ${name}`);
    // Row by row, these triggers would look each participant up in a table without its index.
    for (const kept of TRIGGER_KEPT) dropKeepingTriggers(db, kept);
  })();
}

/**
 * Builds whichever secondary index is missing: after a bulk write, and on opening a database that a
 * bulk write left without them (the process was killed before it could build them again); then the
 * event summaries and the participant index, when their triggers are missing.
 */
export function ensureSecondaryIndexes(db: Database.Database): void {
  const present = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).all() as { name: string }[]).map((r) => r.name));
  const missing = SECONDARY_INDEXES.filter((index) => !present.has(index.name));
  if (missing.length > 0)
    db.transaction(() => {
      for (const { sql } of missing) db.exec(sql);
    })();
  for (const kept of TRIGGER_KEPT) rebuildWhereTriggersMissing(db, kept);
}
