/**
 * Migration 13: the event summaries rebuilt in one pass over the current events (summary-schema.ts
 * keeps the triggers' meaning; only `rebuild_event_summaries`, which a large series runs before it
 * commits, changes).
 *
 * Before, the rebuild scanned every current event twice, for the place rows and again for the type
 * rows, and sorted the events with their bodies to group them. Now the type rows are summed from the
 * place rows (the type key is the place key without the place, so the sums are the same), and the
 * place rows are grouped from the few columns they need, in the order of their key.
 */

/** 1 when an event version `r` gives no fatality estimate at all, as summary-schema.ts's `unknown`. */
const UNKNOWN_TOLL = (r: string) =>
  `CASE WHEN ${r}.f_high > 0 THEN 0 WHEN (${r}.body::jsonb -> 'fatalities') ?| array['low', 'best', 'high'] THEN 0 ELSE 1 END`;

const SUMMED = `count(*), sum(u), sum(coalesce(f_low, 0)), sum(coalesce(f_best, 0)), sum(coalesce(f_high, 0))`;

const CURRENT_EVENTS = `(SELECT r.*, ${UNKNOWN_TOLL('r')} AS u FROM records r WHERE r.kind = 'event' AND r.recorded_to IS NULL)`;

// The toll's flag worked out before the rows are sorted to be grouped, so that the sort carries no
// body (OFFSET 0 keeps the planner from merging the subquery into the grouping): sorted with their
// bodies, 100,000 events spilled 39 MB to disk. Grouped in key order, the rows go into the key's
// index at its end rather than all over it.
const CURRENT_EVENT_KEYS = `(SELECT r.lo, r.hi, r.a, r.c, r.f_low, r.f_best, r.f_high, ${UNKNOWN_TOLL('r')} AS u
  FROM records r WHERE r.kind = 'event' AND r.recorded_to IS NULL OFFSET 0)`;

/** Migration 13's SQL. The tables are emptied by DELETE (as migration 10), so readers keep the committed rows meanwhile. */
export const PG_SUMMARIES_ONE_PASS = `
  CREATE OR REPLACE FUNCTION rebuild_event_summaries() RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    DELETE FROM event_type_summary; DELETE FROM event_place_summary; DELETE FROM event_actor_summary;
    INSERT INTO event_place_summary
      SELECT coalesce(a, ''), substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED} FROM ${CURRENT_EVENT_KEYS} AS ev GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4;
    INSERT INTO event_type_summary
      SELECT first_month, last_month, type, sum(events), sum(unknown), sum(low), sum(best), sum(high) FROM event_place_summary GROUP BY 1, 2, 3 ORDER BY 1, 2, 3;
    INSERT INTO event_actor_summary
      SELECT p.actor, p.attribution, substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), count(*), sum(e.u), sum(coalesce(e.f_low, 0)), sum(coalesce(e.f_best, 0)), sum(coalesce(e.f_high, 0))
      FROM (SELECT DISTINCT event_id, version, actor, '*' AS attribution FROM event_participants
            UNION ALL SELECT DISTINCT event_id, version, actor, attribution FROM event_participants) AS p
      JOIN ${CURRENT_EVENTS} AS e ON e.id = p.event_id AND e.version = p.version
      GROUP BY 1, 2, 3, 4, 5, 6;
  END $$;
`;
