import type { TriggerKept } from './trigger-kept.js';

/**
 * The participant index of the current events (docs/decisions/0011, "Coalitions"): one row per
 * distinct actor and attribution of each current event version, keyed by actor then the event's day
 * bounds, holding what an aggregation reads of the event (type, place, tolls, unknown flag). A filter
 * on several actors, each in its own day window (a coalition with its components), reads one index
 * range per actor and never an event body. Triggers keep it in the transaction of every write,
 * retirement and restore; a large bulk write drops them and rebuilds the table at its end.
 */

/** The table, created by migration 10. */
export const PARTICIPANT_EVENTS_TABLE = `
  CREATE TABLE participant_events (
    actor TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL, event_id TEXT NOT NULL, version INTEGER NOT NULL, attribution TEXT NOT NULL,
    type TEXT NOT NULL, place TEXT NOT NULL, unknown INTEGER NOT NULL, f_low INTEGER NOT NULL, f_best INTEGER NOT NULL, f_high INTEGER NOT NULL,
    PRIMARY KEY (actor, lo, hi, event_id, version, attribution)
  ) WITHOUT ROWID;
`;

/** The row columns of participant `p` in event version `r` (the unknown-toll rule of event-span-queries.ts). */
const columns = (p: string, r: string) =>
  `${p}.actor, ${r}.lo, ${r}.hi, ${p}.event_id, ${p}.version, ${p}.attribution, ${r}.c, coalesce(${r}.a, ''),
   CASE WHEN ${r}.f_high > 0 THEN 0 WHEN instr(${r}.body, '"fatalities":') = 0 OR instr(${r}.body, '"fatalities":{}') > 0 THEN 1 ELSE 0 END,
   ${r}.f_low, ${r}.f_best, ${r}.f_high`;

/** The triggers, by name. Participants are written after their event version, so rows come with them. */
export const PARTICIPANT_EVENTS_TRIGGERS: readonly { name: string; sql: string }[] = [
  {
    // An actor named twice with one attribution (two roles) is one row: OR IGNORE.
    name: 'participant_events_add',
    sql: `CREATE TRIGGER participant_events_add AFTER INSERT ON event_participants BEGIN
      INSERT OR IGNORE INTO participant_events SELECT ${columns('new', 'r')}
        FROM records r WHERE r.kind = 'event' AND r.id = new.event_id AND r.version = new.version AND r.recorded_to IS NULL;
      END`,
  },
  {
    name: 'participant_events_close',
    sql: `CREATE TRIGGER participant_events_close AFTER UPDATE OF recorded_to ON records
      WHEN new.kind = 'event' AND old.recorded_to IS NULL AND new.recorded_to IS NOT NULL BEGIN
      DELETE FROM participant_events WHERE actor IN (SELECT actor FROM event_participants WHERE event_id = old.id AND version = old.version)
        AND lo = old.lo AND hi = old.hi AND event_id = old.id AND version = old.version;
      END`,
  },
];

/** Builds the table from the stored events in one pass (migration 10, and after a bulk write); sorted as the key, to append. */
export const REBUILD_PARTICIPANT_EVENTS = `
  DELETE FROM participant_events;
  INSERT OR IGNORE INTO participant_events SELECT ${columns('p', 'r')}
    FROM event_participants p JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version AND r.recorded_to IS NULL
    ORDER BY 1, 2, 3, 4, 5, 6;
`;

/** What a bulk write drops and rebuilds (trigger-kept.ts); a database before migration 10 is left alone. */
export const PARTICIPANT_EVENTS: TriggerKept = { table: 'participant_events', triggers: PARTICIPANT_EVENTS_TRIGGERS, rebuild: REBUILD_PARTICIPANT_EVENTS };
