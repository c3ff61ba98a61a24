import type pg from 'pg';
import { ACTOR_KEY, ADD, PLACE_KEY, SUMMED, TYPE_KEY, unknown } from './summary-schema.js';

/**
 * Adds the events of one fresh write (fresh-write.ts) to the event summaries, in the series' transaction,
 * with the meaning of the insert triggers (summary-schema.ts) the series has set aside.
 *
 * A large series used to rebuild every summary from every stored event before it committed: at a million
 * imported rows that was seconds of server work with the Node side idle, after the last batch. A fresh
 * write only adds first versions of records nobody stored before (no version closes, none is replaced),
 * so the summaries at the series' end are those at its start plus each fresh write's events: summed here
 * batch by batch, while the Node side makes the next batch. A series that changes events any other way
 * still rebuilds (`PostgresStore.bulk`).
 *
 * The write's versions are found by id and version 1, which only this write can have given them (their
 * ids were unknown to the series, `WrittenIds`), not by record time, which another writer's clock could share.
 */
export async function addFreshEventSummaries(client: pg.PoolClient, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await client.query(ADD_FRESH_EVENTS, [ids]);
}

const ADD_FRESH_EVENTS = `
  WITH ev AS MATERIALIZED (
    SELECT e.id, e.version, e.lo, e.hi, e.a, e.c, e.f_low, e.f_best, e.f_high, ${unknown('e')} AS u
    FROM records_event e WHERE e.id = ANY($1::text[]) AND e.version = 1 AND e.recorded_to IS NULL
  ), places AS (
    INSERT INTO event_place_summary AS s
      SELECT coalesce(a, ''), substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED('')} FROM ev GROUP BY 1, 2, 3, 4 ${ADD(PLACE_KEY)}
  ), types AS (
    INSERT INTO event_type_summary AS s
      SELECT substr(lo, 1, 7), substr(hi, 1, 7), c, ${SUMMED('')} FROM ev GROUP BY 1, 2, 3 ${ADD(TYPE_KEY)}
  ), pairs AS (
    SELECT DISTINCT event_id, version, actor, '*' AS attribution FROM event_participants WHERE event_id = ANY($1::text[]) AND version = 1
    UNION ALL SELECT DISTINCT event_id, version, actor, attribution FROM event_participants WHERE event_id = ANY($1::text[]) AND version = 1
  )
  INSERT INTO event_actor_summary AS s
    SELECT p.actor, p.attribution, substr(e.lo, 1, 7), substr(e.hi, 1, 7), e.c, coalesce(e.a, ''), ${SUMMED('')}
    FROM pairs p JOIN ev e ON e.id = p.event_id AND e.version = p.version
    GROUP BY 1, 2, 3, 4, 5, 6 ${ADD(ACTOR_KEY)}`;
