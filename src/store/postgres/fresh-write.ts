import type pg from 'pg';
import type { RecordKind } from '../../core/dataset/kinds.js';
import type { WriteSummary } from '../../core/store-port.js';
import { LIFESPAN_EVENT_TYPES } from '../../core/ties/lifespans.js';
import { copyField as field, copyFields } from './copy-rows.js';
import { copy } from './copy-stream.js';
import { logSpans } from './audit-spans.js';
import type { FoundForFolds } from './tie-folds.js';
import type { PreparedChange } from './write-plan.js';

/**
 * The write path of a large write whose records cannot be stored yet (an import's batch into kinds
 * that were empty when its series began, `WrittenIds`), inside a series that defers the summaries:
 * the new versions and their audit entries go by COPY straight into the kind's table and into the
 * log. PostgreSQL inserts a COPY's rows a page at a time (a few WAL records per page, not one per
 * row), where `INSERT … SELECT` through the partitioned parent inserts them one by one: 200,000
 * versions took 3.7 s against 6.2 s, their audit entries 2.6 s against 4.1 s (docs/interop.md).
 *
 * It leaves what `stagedWrite` leaves for the same changes: each record's first version at one
 * instant, its audit entries (spans, or an entry per version in the order of the changes), participants after their events
 * in one statement, names. Going round the parent skips only its insert trigger, the summaries',
 * which steps aside in such a series anyway and is rebuilt before it commits.
 */
export async function freshWrite(
  client: pg.PoolClient,
  prepared: readonly PreparedChange[],
  by: string,
  stamp: (latest: string) => string,
  partition: (kind: RecordKind) => string,
): Promise<WriteSummary & { forFolds: FoundForFolds }> {
  const recordedAt = stamp('');
  // What the folds learn from a staged write's lookups: the relations its claims are about, among
  // those stored before it, and whether it adds events of a type lifespans are derived from.
  const subjects = [...new Set(prepared.filter((c) => c.kind === 'claim' && c.keys.a !== null).map((c) => c.keys.a as string))];
  const { rows: related } = subjects.length
    ? await client.query<{ ids: string[] | null }>(`SELECT array_agg(DISTINCT id) AS ids FROM ${partition('relation')} WHERE id = ANY($1::text[])`, [subjects])
    : { rows: [] };
  const lifespanTypes: readonly string[] = LIFESPAN_EVENT_TYPES;
  const forFolds = {
    claimRelations: related[0]?.ids ?? [],
    lifespanEvents: prepared.some((c) => c.kind === 'event' && c.keys.c !== null && lifespanTypes.includes(c.keys.c)),
  };
  const at = field(recordedAt);
  const actor = field(by);
  // The fields between a version's body and its keys, and before an audit entry's kind.
  const stamped = `\t${at}\t\\N\t${actor}\t`;
  const audited = `${at}\t${actor}\trecord.insert\t`;
  const rows = prepared.map(copyFieldsOf);
  const kinds = [...new Set(prepared.map((c) => c.kind))];
  for (const kind of kinds) {
    await copy(
      client,
      `COPY ${partition(kind)} (kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high) FROM STDIN`,
      rows,
      (r) => (r.kind === kind ? [r.head, '\t1\t', r.body, stamped, r.keys, '\n'] : undefined),
    );
  }
  // The audit entries: spans (audit-spans.ts), or one entry per version naming it (version 1).
  if (!(await logSpans(client, kinds, prepared.length, recordedAt, by)))
    await copy(client, 'COPY audit_log (at, actor, action, kind, id, version) FROM STDIN', rows, (r) => [audited, r.head, '\t1\n']);
  // Participants after their event versions, all of a write in one statement (the participant index's trigger needs this order).
  const participants = prepared.flatMap((c) => c.participants.map((p) => `${field(c.id)}\t1\t${field(p.actor)}\t${field(p.role)}\t${field(p.attribution)}\n`));
  if (participants.length > 0)
    await copy(client, 'COPY event_participants (event_id, version, actor, role, attribution) FROM STDIN', participants, (line) => [line]);
  const names = prepared.flatMap((c) => c.keys.names.map((name) => ({ kind: c.kind, id: c.id, name })));
  if (names.length > 0) {
    await client.query(
      `INSERT INTO names (kind, id, version, name)
       SELECT DISTINCT u.kind, u.id, 1, faultline_fold(u.name) FROM json_to_recordset($1::json) AS u(kind text, id text, name text)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(names)],
    );
  }
  return { inserted: prepared.length, updated: 0, unchanged: 0, recordedAt, forFolds };
}

/** The escaped fields of a change that its version and audit entry repeat. */
interface CopyFields {
  kind: RecordKind;
  /** Kind and id, with the tab between them. */
  head: string;
  body: string;
  /** From lo to f_high. */
  keys: string;
}

/**
 * A change's fields from those escaped ahead (prepare-ahead.ts), or escaped now, written part by part:
 * building its whole staging row and cutting it up again copied every body once more (0.6 s of the main
 * thread's 7 s per 100,000 imported rows in a CPU profile, and the garbage it left).
 */
function copyFieldsOf(c: PreparedChange): CopyFields {
  const { body, keys } = c.copied ?? copyFields(c);
  return { kind: c.kind, head: `${c.kind}\t${field(c.id)}`, body, keys };
}
