import type { TriggerKept } from './trigger-kept.js';

/**
 * The event summaries (docs/decisions/0011): counts and fatality sums of the current event versions
 * per first month, last month, type and place, and per participant and attribution. Triggers keep
 * them in the transaction of every write, retirement and restore; a large bulk write drops the
 * triggers with the secondary indexes and rebuilds the summaries in one pass at its end.
 */

const SUMS = 'events INTEGER NOT NULL, unknown INTEGER NOT NULL, low INTEGER NOT NULL, best INTEGER NOT NULL, high INTEGER NOT NULL';

/** The tables, created by migration 9. Rows whose counts fell to zero stay; queries keep only groups with events. */
export const SUMMARY_TABLES = `
  CREATE TABLE event_type_summary (
    first_month TEXT NOT NULL, last_month TEXT NOT NULL, type TEXT NOT NULL, ${SUMS},
    PRIMARY KEY (first_month, last_month, type)
  ) WITHOUT ROWID;
  CREATE TABLE event_place_summary (
    place TEXT NOT NULL, first_month TEXT NOT NULL, last_month TEXT NOT NULL, type TEXT NOT NULL, ${SUMS},
    PRIMARY KEY (place, first_month, last_month, type)
  ) WITHOUT ROWID;
  CREATE TABLE event_actor_summary (
    actor TEXT NOT NULL, attribution TEXT NOT NULL, first_month TEXT NOT NULL, last_month TEXT NOT NULL, type TEXT NOT NULL, place TEXT NOT NULL, ${SUMS},
    PRIMARY KEY (actor, attribution, first_month, last_month, type, place)
  ) WITHOUT ROWID;
`;

/** 1 when an event version `r` gives no fatality estimate at all (see event-span-queries.ts for why a substring test is exact). */
const unknown = (r: string) =>
  `CASE WHEN ${r}.f_high > 0 THEN 0 WHEN instr(${r}.body, '"fatalities":') = 0 OR instr(${r}.body, '"fatalities":{}') > 0 THEN 1 ELSE 0 END`;

const ADD =
  'ON CONFLICT DO UPDATE SET events = events + excluded.events, unknown = unknown + excluded.unknown, low = low + excluded.low, best = best + excluded.best, high = high + excluded.high';

/** The summary columns of one event version `r`, each multiplied by `sign`. */
const counts = (r: string, sign: string) => `${sign} * 1, ${sign} * (${unknown(r)}), ${sign} * ${r}.f_low, ${sign} * ${r}.f_best, ${sign} * ${r}.f_high`;

const eventRows = (r: string, sign: string) => `
  INSERT INTO event_type_summary VALUES (substr(${r}.lo, 1, 7), substr(${r}.hi, 1, 7), ${r}.c, ${counts(r, sign)}) ${ADD};
  INSERT INTO event_place_summary VALUES (coalesce(${r}.a, ''), substr(${r}.lo, 1, 7), substr(${r}.hi, 1, 7), ${r}.c, ${counts(r, sign)}) ${ADD};`;

/** Actor rows of one event version `r`: once per distinct actor ('*'), and once per distinct actor and attribution. */
const actorRows = (r: string, sign: string, participants: string) => `
  INSERT INTO event_actor_summary
    SELECT actor, '*', substr(${r}.lo, 1, 7), substr(${r}.hi, 1, 7), ${r}.c, coalesce(${r}.a, ''), ${counts(r, sign)}
    FROM (SELECT DISTINCT actor FROM ${participants}) WHERE true ${ADD};
  INSERT INTO event_actor_summary
    SELECT actor, attribution, substr(${r}.lo, 1, 7), substr(${r}.hi, 1, 7), ${r}.c, coalesce(${r}.a, ''), ${counts(r, sign)}
    FROM (SELECT DISTINCT actor, attribution FROM ${participants}) WHERE true ${ADD};`;

/** The triggers, by name. Participants are written after their event version, so the version's actor rows come with them. */
export const SUMMARY_TRIGGERS: readonly { name: string; sql: string }[] = [
  {
    name: 'event_summary_open',
    sql: `CREATE TRIGGER event_summary_open AFTER INSERT ON records WHEN new.kind = 'event' AND new.recorded_to IS NULL
      BEGIN ${eventRows('new', '1')} END`,
  },
  {
    name: 'event_summary_close',
    sql: `CREATE TRIGGER event_summary_close AFTER UPDATE OF recorded_to ON records
      WHEN new.kind = 'event' AND old.recorded_to IS NULL AND new.recorded_to IS NOT NULL
      BEGIN ${eventRows('old', '-1')}
      ${actorRows('old', '-1', 'event_participants WHERE event_id = old.id AND version = old.version')} END`,
  },
  {
    // A participant adds its event once per actor (and per actor and attribution): only when no earlier row of that event version named them.
    name: 'event_summary_participant',
    sql: `CREATE TRIGGER event_summary_participant AFTER INSERT ON event_participants BEGIN
      INSERT INTO event_actor_summary
        SELECT new.actor, '*', substr(r.lo, 1, 7), substr(r.hi, 1, 7), r.c, coalesce(r.a, ''), ${counts('r', '1')}
        FROM records r WHERE r.kind = 'event' AND r.id = new.event_id AND r.version = new.version AND r.recorded_to IS NULL
          AND NOT EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = new.event_id AND q.version = new.version AND q.actor = new.actor AND q.rowid <> new.rowid)
        ${ADD};
      INSERT INTO event_actor_summary
        SELECT new.actor, new.attribution, substr(r.lo, 1, 7), substr(r.hi, 1, 7), r.c, coalesce(r.a, ''), ${counts('r', '1')}
        FROM records r WHERE r.kind = 'event' AND r.id = new.event_id AND r.version = new.version AND r.recorded_to IS NULL
          AND NOT EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = new.event_id AND q.version = new.version AND q.actor = new.actor
            AND q.attribution = new.attribution AND q.rowid <> new.rowid)
        ${ADD};
      END`,
  },
];

const SUMMED = 'count(*), sum(u), sum(f_low), sum(f_best), sum(f_high)';
const CURRENT_EVENTS = `SELECT r.*, ${unknown('r')} AS u FROM records r WHERE r.kind = 'event' AND r.recorded_to IS NULL`;

/** Builds every summary from the stored events in one pass each (migration 9, and after a bulk write). */
export const REBUILD_SUMMARIES = `
  DELETE FROM event_type_summary;
  DELETE FROM event_place_summary;
  DELETE FROM event_actor_summary;
  INSERT INTO event_place_summary
    SELECT coalesce(a, ''), substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED} FROM (${CURRENT_EVENTS}) GROUP BY 1, 2, 3, 4;
  INSERT INTO event_type_summary
    SELECT first_month, last_month, type, sum(events), sum(unknown), sum(low), sum(best), sum(high) FROM event_place_summary GROUP BY 1, 2, 3;
  INSERT INTO event_actor_summary
    SELECT p.actor, '*', substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), ${SUMMED}
    FROM (SELECT DISTINCT event_id, version, actor FROM event_participants) p JOIN (${CURRENT_EVENTS}) e ON e.id = p.event_id AND e.version = p.version
    GROUP BY 1, 2, 3, 4, 5, 6;
  INSERT INTO event_actor_summary
    SELECT p.actor, p.attribution, substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), ${SUMMED}
    FROM (SELECT DISTINCT event_id, version, actor, attribution FROM event_participants) p JOIN (${CURRENT_EVENTS}) e ON e.id = p.event_id AND e.version = p.version
    GROUP BY 1, 2, 3, 4, 5, 6;
`;

/** What a bulk write drops and rebuilds (trigger-kept.ts); a database without the summary tables (not yet migrated) is left alone. */
export const EVENT_SUMMARIES: TriggerKept = { table: 'event_actor_summary', triggers: SUMMARY_TRIGGERS, rebuild: REBUILD_SUMMARIES };
