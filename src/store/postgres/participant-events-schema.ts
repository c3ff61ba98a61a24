/**
 * The participant index of the current events on PostgreSQL, with the same meaning as the embedded
 * adapter's (src/store/sqlite/participant-events-schema.ts): one row per distinct actor and
 * attribution of each current event version, keyed by actor then the event's day bounds. Statement
 * triggers with transition tables keep it in the transaction of every write, retirement and restore.
 * Rows are facts, not counts, so a statement that splits one event's participants (a restore) is harmless.
 */

const TEXT = 'text COLLATE "C" NOT NULL';
const KEY = 'actor, lo, hi, event_id, version, attribution';

/** The row columns of participants `p` in event versions `r` (the unknown-toll rule of event-span-queries.ts). */
const columns = `p.actor, r.lo, r.hi, p.event_id, p.version, p.attribution, r.c, coalesce(r.a, ''),
  CASE WHEN r.f_high > 0 THEN 0 WHEN (r.body::jsonb -> 'fatalities') ?| array['low', 'best', 'high'] THEN 0 ELSE 1 END,
  coalesce(r.f_low, 0), coalesce(r.f_best, 0), coalesce(r.f_high, 0)`;

/** Inserts the rows of participants `participants` whose event version is current. */
const add = (participants: string) => `
  INSERT INTO participant_events
    SELECT ${columns} FROM ${participants} AS p
    JOIN records r ON r.kind = 'event' AND r.id = p.event_id AND r.version = p.version AND r.recorded_to IS NULL
    ON CONFLICT DO NOTHING;`;

/** Table, trigger functions and triggers, and the first build from stored events: migration 8. */
export const PG_PARTICIPANT_EVENTS = `
  CREATE TABLE participant_events (
    actor ${TEXT}, lo ${TEXT}, hi ${TEXT}, event_id ${TEXT}, version integer NOT NULL, attribution ${TEXT},
    type ${TEXT}, place ${TEXT}, unknown integer NOT NULL, f_low integer NOT NULL, f_best integer NOT NULL, f_high integer NOT NULL,
    PRIMARY KEY (${KEY})
  );
  ${add('event_participants')}

  CREATE FUNCTION participant_events_add() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${add('new_rows')}
    RETURN NULL;
  END $$;
  CREATE TRIGGER participant_events_add AFTER INSERT ON event_participants REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION participant_events_add();

  -- Versions closed by this statement (retired or replaced) leave with their participants.
  CREATE FUNCTION participant_events_close() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM participant_events s USING (
      SELECT DISTINCT p.actor, o.lo, o.hi, o.id, o.version FROM old_rows o
      JOIN new_rows n ON n.kind = o.kind AND n.id = o.id AND n.version = o.version
      JOIN event_participants p ON p.event_id = o.id AND p.version = o.version
      WHERE o.kind = 'event' AND o.recorded_to IS NULL AND n.recorded_to IS NOT NULL) c
    WHERE s.actor = c.actor AND s.lo = c.lo AND s.hi = c.hi AND s.event_id = c.id AND s.version = c.version;
    RETURN NULL;
  END $$;
  CREATE TRIGGER participant_events_close AFTER UPDATE ON records REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION participant_events_close();
`;

/**
 * Migration 11: the versions an UPDATE closed are found by looking each old current event version up
 * in the table by its key (it is closed now), as the summaries' close trigger does since migration 10,
 * instead of joining the two transition tables: the planner knows nothing of their sizes and joined
 * them in a nested loop, which took 89 s for one statement when a re-import closed 6,000 events.
 */
export const PG_PARTICIPANT_EVENTS_CLOSED_BY_KEY = `
  CREATE OR REPLACE FUNCTION participant_events_close() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM participant_events s USING (
      SELECT DISTINCT p.actor, o.lo, o.hi, o.id, o.version FROM old_rows o
      JOIN records r ON r.kind = 'event' AND r.id = o.id AND r.version = o.version
      JOIN event_participants p ON p.event_id = o.id AND p.version = o.version
      WHERE o.kind = 'event' AND o.recorded_to IS NULL AND r.recorded_to IS NOT NULL) c
    WHERE s.actor = c.actor AND s.lo = c.lo AND s.hi = c.hi AND s.event_id = c.id AND s.version = c.version;
    RETURN NULL;
  END $$;
`;
