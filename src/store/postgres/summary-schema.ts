/**
 * The event summaries on PostgreSQL (docs/decisions/0011), with the same meaning as the embedded
 * adapter's (src/store/sqlite/summary-schema.ts). Statement-level triggers with transition tables keep
 * them in the transaction of every write, retirement and restore: one grouped upsert per statement,
 * not one per row.
 */

// Keys sort as the records' columns do, so groups come out in the scan's order.
const TEXT = 'text COLLATE "C" NOT NULL';
const SUMS = 'events integer NOT NULL, unknown integer NOT NULL, low bigint NOT NULL, best bigint NOT NULL, high bigint NOT NULL';

/** 1 when an event version `r` gives no fatality estimate at all (as event-span-queries.ts). */
const unknown = (r: string) => `CASE WHEN ${r}.f_high > 0 THEN 0 WHEN (${r}.body::jsonb -> 'fatalities') ?| array['low', 'best', 'high'] THEN 0 ELSE 1 END`;

const SUMMED = (sign: string) =>
  `${sign} count(*), ${sign} sum(u), ${sign} sum(coalesce(f_low, 0)), ${sign} sum(coalesce(f_best, 0)), ${sign} sum(coalesce(f_high, 0))`;

const ADD = (key: string) =>
  `ON CONFLICT (${key}) DO UPDATE SET events = s.events + excluded.events, unknown = s.unknown + excluded.unknown,
     low = s.low + excluded.low, best = s.best + excluded.best, high = s.high + excluded.high`;

const PLACE_KEY = 'place, first_month, last_month, type';
const TYPE_KEY = 'first_month, last_month, type';
const ACTOR_KEY = 'actor, attribution, first_month, last_month, type, place';

/** Upserts the type and place rows of the event versions `rows` (with a column `u`), each counted with `sign`. */
const eventRows = (rows: string, sign: string) => `
  INSERT INTO event_place_summary AS s
    SELECT coalesce(a, ''), substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED(sign)} FROM ${rows} AS ev GROUP BY 1, 2, 3, 4 ${ADD(PLACE_KEY)};
  INSERT INTO event_type_summary AS s
    SELECT substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED(sign)} FROM ${rows} AS ev GROUP BY 1, 2, 3 ${ADD(TYPE_KEY)};`;

/** Upserts actor rows from `pairs` (event_id, version, actor, attribution: one row per distinct pair) joined to event versions `rows`. */
const actorRows = (pairs: string, rows: string, sign: string) => `
  INSERT INTO event_actor_summary AS s
    SELECT p.actor, p.attribution, substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), ${SUMMED(sign)}
    FROM ${pairs} AS p JOIN ${rows} AS e ON e.id = p.event_id AND e.version = p.version
    GROUP BY 1, 2, 3, 4, 5, 6 ${ADD(ACTOR_KEY)};`;

/** Distinct (event, actor) pairs with '*', and distinct (event, actor, attribution) triples, of participant rows `from`. */
const pairsOf = (from: string, where = '') => `(
  SELECT DISTINCT event_id, version, actor, '*' AS attribution FROM ${from} ${where}
  UNION ALL SELECT DISTINCT event_id, version, actor, attribution FROM ${from} ${where})`;

/** The event versions an UPDATE statement closed (retired or replaced), from its transition tables. */
const CLOSED = `(SELECT o.*, ${unknown('o')} AS u FROM old_rows o JOIN new_rows n ON n.kind = o.kind AND n.id = o.id AND n.version = o.version
  WHERE o.kind = 'event' AND o.recorded_to IS NULL AND n.recorded_to IS NOT NULL)`;

const current = (rows: string) => `(SELECT r.*, ${unknown('r')} AS u FROM ${rows} r WHERE r.kind = 'event' AND r.recorded_to IS NULL)`;

/** Builds every summary from the stored events; `clear` empties the tables first. */
const rebuildBody = (clear: string) => `
  BEGIN
    ${clear}
    ${eventRows(current('records'), '')}
    ${actorRows(pairsOf('event_participants'), current('records'), '')}
  END`;

// Inside a large series of writes (PostgresStore.bulk) the trigger functions return at once and the
// series rebuilds the summaries before it commits: one pass instead of a grouped upsert per statement.
const UNLESS_DEFERRED = `IF current_setting('faultline.summaries_deferred', true) = 'on' THEN RETURN NULL; END IF;`;

const openBody = (guard: string) => `
  BEGIN
    ${guard}
    ${eventRows(current('new_rows'), '')}
    RETURN NULL;
  END`;

const closeBody = (guard: string, closed: string) => `
  BEGIN
    ${guard}
    ${eventRows(closed, '-')}
    ${actorRows(pairsOf('event_participants', `WHERE (event_id, version) IN (SELECT id, version FROM ${closed} AS c)`), closed, '-')}
    RETURN NULL;
  END`;

/**
 * The event versions an UPDATE statement closed, found by looking each old current version up in the
 * table by its key (it is closed now) rather than by joining the two transition tables: the planner
 * knows nothing of their sizes and joined them in a nested loop, which took 42 s per statement when a
 * re-import closed 6,000 events.
 */
const CLOSED_BY_KEY = `(SELECT o.*, ${unknown('o')} AS u FROM old_rows o JOIN records r ON r.kind = 'event' AND r.id = o.id AND r.version = o.version
  WHERE o.kind = 'event' AND o.recorded_to IS NULL AND r.recorded_to IS NOT NULL)`;

const participantsBody = (guard: string) => `
  BEGIN
    ${guard}
    ${actorRows(pairsOf('new_rows'), current('records'), '')}
    RETURN NULL;
  END`;

/** Tables, trigger functions and triggers, and the first build from stored events: migration 7. */
export const PG_SUMMARIES = `
  CREATE TABLE event_type_summary (first_month ${TEXT}, last_month ${TEXT}, type ${TEXT}, ${SUMS}, PRIMARY KEY (${TYPE_KEY}));
  CREATE TABLE event_place_summary (place ${TEXT}, first_month ${TEXT}, last_month ${TEXT}, type ${TEXT}, ${SUMS}, PRIMARY KEY (${PLACE_KEY}));
  CREATE TABLE event_actor_summary (actor ${TEXT}, attribution ${TEXT}, first_month ${TEXT}, last_month ${TEXT}, type ${TEXT}, place ${TEXT}, ${SUMS},
    PRIMARY KEY (${ACTOR_KEY}));

  CREATE FUNCTION rebuild_event_summaries() RETURNS void LANGUAGE plpgsql AS $$${rebuildBody('TRUNCATE event_type_summary, event_place_summary, event_actor_summary;')} $$;
  SELECT rebuild_event_summaries();

  CREATE FUNCTION event_summary_open() RETURNS trigger LANGUAGE plpgsql AS $$${openBody('')} $$;
  CREATE TRIGGER event_summary_open AFTER INSERT ON records REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_summary_open();

  -- Versions closed by this statement (retired or replaced) leave the summaries with their participants.
  CREATE FUNCTION event_summary_close() RETURNS trigger LANGUAGE plpgsql AS $$${closeBody('', CLOSED)} $$;
  CREATE TRIGGER event_summary_close AFTER UPDATE ON records REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_summary_close();

  -- Participants come after their event version, all of one version in one statement (write-versions.ts);
  -- a restore, which may split them, rebuilds the summaries at its end (rebuild_event_summaries).
  CREATE FUNCTION event_summary_participants() RETURNS trigger LANGUAGE plpgsql AS $$${participantsBody('')} $$;
  CREATE TRIGGER event_summary_participants AFTER INSERT ON event_participants REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION event_summary_participants();
`;

/**
 * Migration 10: the trigger functions step aside while the transaction's setting
 * `faultline.summaries_deferred` is on (a large series of writes, which rebuilds the summaries before
 * it commits); the rebuild deletes rather than truncates, so that readers keep the committed
 * summaries meanwhile instead of waiting on TRUNCATE's exclusive lock; and closed versions are found
 * by key (CLOSED_BY_KEY).
 */
export const PG_SUMMARIES_DEFERRABLE = `
  CREATE OR REPLACE FUNCTION rebuild_event_summaries() RETURNS void LANGUAGE plpgsql AS $$${rebuildBody(
    'DELETE FROM event_type_summary; DELETE FROM event_place_summary; DELETE FROM event_actor_summary;',
  )} $$;
  CREATE OR REPLACE FUNCTION event_summary_open() RETURNS trigger LANGUAGE plpgsql AS $$${openBody(UNLESS_DEFERRED)} $$;
  CREATE OR REPLACE FUNCTION event_summary_close() RETURNS trigger LANGUAGE plpgsql AS $$${closeBody(UNLESS_DEFERRED, CLOSED_BY_KEY)} $$;
  CREATE OR REPLACE FUNCTION event_summary_participants() RETURNS trigger LANGUAGE plpgsql AS $$${participantsBody(UNLESS_DEFERRED)} $$;
`;
