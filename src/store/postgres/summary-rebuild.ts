/**
 * Migration 13: the event summaries rebuilt in one pass over the current events (summary-schema.ts
 * keeps the triggers' meaning; only `rebuild_event_summaries`, which a large series runs before it
 * commits, changes).
 *
 * Before, the rebuild scanned every current event twice (places, then types) and read each body as
 * JSON to tell an unknown toll from zero. Now the type rows are summed from the place rows (the type
 * key is the place key without the place, so the sums are the same), and a body is parsed only when
 * its text does not already show a toll: a canonical body (core/dataset/canonical.ts) has no spaces,
 * a quote inside a string is escaped, and an event's only `fatalities` is its top-level object of
 * `low`, `best` and `high` (strict), so `"fatalities":{"low":` (or `best`, `high`) in its text means
 * that it gives one. Anything else falls back to the JSON test, exactly as before.
 */

/** 1 when an event version `r` gives no fatality estimate at all, as summary-schema.ts's `unknown`. */
export const UNKNOWN_TOLL = (r: string) => `CASE WHEN ${r}.f_high > 0 THEN 0
    WHEN strpos(${r}.body, '"fatalities":{"best":') > 0 OR strpos(${r}.body, '"fatalities":{"high":') > 0 OR strpos(${r}.body, '"fatalities":{"low":') > 0 THEN 0
    WHEN (${r}.body::jsonb -> 'fatalities') ?| array['low', 'best', 'high'] THEN 0 ELSE 1 END`;

const SUMMED = `count(*), sum(u), sum(coalesce(f_low, 0)), sum(coalesce(f_best, 0)), sum(coalesce(f_high, 0))`;

const CURRENT_EVENTS = `(SELECT r.*, ${UNKNOWN_TOLL('r')} AS u FROM records r WHERE r.kind = 'event' AND r.recorded_to IS NULL)`;

/** Migration 13's SQL. The tables are emptied by DELETE (as migration 10), so readers keep the committed rows meanwhile. */
export const PG_SUMMARIES_ONE_PASS = `
  CREATE OR REPLACE FUNCTION rebuild_event_summaries() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM event_type_summary; DELETE FROM event_place_summary; DELETE FROM event_actor_summary;
    INSERT INTO event_place_summary
      SELECT coalesce(a, ''), substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED} FROM ${CURRENT_EVENTS} AS ev GROUP BY 1, 2, 3, 4;
    INSERT INTO event_type_summary
      SELECT first_month, last_month, type, sum(events), sum(unknown), sum(low), sum(best), sum(high) FROM event_place_summary GROUP BY 1, 2, 3;
    INSERT INTO event_actor_summary
      SELECT p.actor, p.attribution, substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), count(*), sum(e.u), sum(coalesce(e.f_low, 0)), sum(coalesce(e.f_best, 0)), sum(coalesce(e.f_high, 0))
      FROM (SELECT DISTINCT event_id, version, actor, '*' AS attribution FROM event_participants
            UNION ALL SELECT DISTINCT event_id, version, actor, attribution FROM event_participants) AS p
      JOIN ${CURRENT_EVENTS} AS e ON e.id = p.event_id AND e.version = p.version
      GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
`;
