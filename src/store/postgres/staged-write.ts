import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import pgCopy from 'pg-copy-streams';
import type { RecordKind } from '../../core/dataset/kinds.js';
import type { WriteSummary } from '../../core/store-port.js';
import { LIFESPAN_EVENT_TYPES } from '../../core/ties/lifespans.js';
import type { FoundForFolds } from './tie-folds.js';
import type { PreparedChange } from './write-plan.js';
import { versionKey } from './write-plan.js';
import { copyRow } from './copy-rows.js';
import { logSpans } from './audit-spans.js';

/**
 * The write path of a large write (an import's batch): the prepared changes travel once, by COPY, into
 * a temporary staging table, and the server does the rest set-based from there: it finds each record's
 * latest version, leaves out what is unchanged, closes what is replaced and inserts the new versions
 * with their audit entries, participants and names. Nothing comes back but counts and one instant:
 * the per-row path (`writeVersions`) read every stored body back into Node to compare it, planned in
 * JavaScript and sent each new body as JSON text.
 *
 * It gives what `planWrite` gives when every record appears once in the write (the caller checks):
 * an identical current record is unchanged (H2), any other becomes its next version (H1), a retired
 * one comes back as its next version even with the same body, and each new version is audited: by
 * spans when there are many (audit-spans.ts), else by an entry naming it, in the order of the changes.
 */

/** The staging table and the versions found stored, per connection; their rows vanish when the transaction ends. */
const STAGE = 'faultline_stage';
const FOUND = 'faultline_found';

const CREATE_TABLES = `CREATE TEMP TABLE IF NOT EXISTS ${STAGE} (
  n integer NOT NULL, kind text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL, body text NOT NULL,
  lo text COLLATE "C", hi text COLLATE "C", a text COLLATE "C", b text COLLATE "C", c text COLLATE "C",
  f_low integer, f_best integer, f_high integer, participants json, names json
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS ${FOUND} (
  n integer PRIMARY KEY, version integer NOT NULL, body text NOT NULL, standing boolean NOT NULL, same boolean NOT NULL,
  recorded_from timestamptz NOT NULL, a text COLLATE "C", c text COLLATE "C"
) ON COMMIT DELETE ROWS;
TRUNCATE ${STAGE}, ${FOUND}`;

/** The staging table's columns: the change's place in the write, then those of `copyRow`. */
const COLUMNS = 'n, kind, id, body, lo, hi, a, b, c, f_low, f_best, f_high, participants, names';

/** The staged changes that make a new version, with what was found stored of their record. */
const WRITTEN = `(SELECT s.*, f.version AS stored, f.body AS before, coalesce(f.standing, false) AS standing
  FROM ${STAGE} s LEFT JOIN ${FOUND} f USING (n) WHERE f.same IS NOT TRUE)`;

/** Whether every record of the write appears once, which the set-based plan needs. */
export function eachRecordOnce(prepared: readonly PreparedChange[]): boolean {
  const seen = new Set<string>();
  for (const { kind, id } of prepared) {
    const key = versionKey(kind, id);
    if (seen.has(key)) return false;
    seen.add(key);
  }
  return true;
}

/** What a staged write returns: its summary, and what it found for the folds. */
type StagedSummary = WriteSummary & { forFolds: FoundForFolds };

/**
 * Writes prepared changes (each record once) inside an open transaction whose caller already holds
 * the writers' lock. `stamp` receives the latest record time among the current versions.
 */
export async function stagedWrite(
  client: pg.PoolClient,
  prepared: readonly PreparedChange[],
  by: string,
  stamp: (latest: string) => string,
  partition: (kind: RecordKind) => string,
): Promise<StagedSummary> {
  await client.query(CREATE_TABLES);
  await pipeline(Readable.from(copyLines(prepared)), client.query(pgCopy.from(`COPY ${STAGE} (${COLUMNS}) FROM STDIN`)));
  // The latest version of each record, current or retired, looked up by id in its kind's partition
  // (see latestVersions); a new record finds nothing and adds no row.
  const kinds = [...new Set(prepared.map((c) => c.kind))];
  for (const kind of kinds) {
    await client.query(
      `INSERT INTO ${FOUND} SELECT s.n, l.version, l.body, l.recorded_to IS NULL, l.recorded_to IS NULL AND l.body = s.body, l.recorded_from, l.a, l.c
       FROM ${STAGE} s CROSS JOIN LATERAL (SELECT * FROM ${partition(kind)} r WHERE r.id = s.id ORDER BY r.version DESC LIMIT 1) l
       WHERE s.kind = $1`,
      [kind],
    );
  }
  const { rows } = await client.query<{
    latest: Date | null;
    found: number;
    unchanged: number;
    closing: number;
    relations: string[] | null;
    lifespans: boolean;
  }>(
    `SELECT (SELECT max(recorded_from) FROM ${FOUND} WHERE standing) AS latest, (SELECT count(*)::integer FROM ${FOUND}) AS found,
       (SELECT count(*)::integer FROM ${FOUND} WHERE same) AS unchanged, (SELECT count(*)::integer FROM ${FOUND} WHERE standing AND NOT same) AS closing,
       (SELECT array_agg(DISTINCT subject) FROM (SELECT w.a FROM ${WRITTEN} w WHERE w.kind = 'claim'
          UNION ALL SELECT f.a FROM ${FOUND} f JOIN ${STAGE} s USING (n) WHERE s.kind = 'claim' AND NOT f.same) AS x(subject)
        WHERE EXISTS (SELECT 1 FROM ${partition('relation')} r WHERE r.id = x.subject)) AS relations,
       EXISTS (SELECT 1 FROM ${WRITTEN} w WHERE w.kind = 'event' AND w.c = ANY($1::text[]))
         OR EXISTS (SELECT 1 FROM ${FOUND} f JOIN ${STAGE} s USING (n) WHERE s.kind = 'event' AND NOT f.same AND f.c = ANY($1::text[])) AS lifespans`,
    [LIFESPAN_EVENT_TYPES],
  );
  const found = rows[0] ?? { latest: null, found: 0, unchanged: 0, closing: 0, relations: null, lifespans: false };
  const recordedAt = stamp(found.latest?.toISOString() ?? '');
  const summary: StagedSummary = {
    inserted: prepared.length - found.found,
    updated: found.found - found.unchanged,
    unchanged: found.unchanged,
    recordedAt,
    forFolds: { claimRelations: found.relations ?? [], lifespanEvents: found.lifespans },
  };
  if (summary.inserted + summary.updated === 0) return summary;
  // Through the parent table, one kind at a time: the statement triggers that keep the summaries and
  // the participant index are the parent's, and an UPDATE of a partition would not fire them. Without
  // the temporary tables' sizes the planner joined them to the records by scanning these (minutes a batch).
  if (found.closing > 0) await client.query(`ANALYZE ${STAGE}, ${FOUND}`);
  for (const kind of found.closing > 0 ? kinds : []) {
    await client.query(
      `UPDATE records r SET recorded_to = $1 FROM ${WRITTEN} w
       WHERE r.kind = $2 AND w.kind = $2 AND w.standing AND r.id = w.id AND r.version = w.stored AND r.recorded_to IS NULL`,
      [recordedAt, kind],
    );
  }
  await client.query(
    `INSERT INTO records (kind, id, version, body, recorded_from, recorded_to, recorded_by, lo, hi, a, b, c, f_low, f_best, f_high)
     SELECT kind, id, coalesce(stored, 0) + 1, body, $1, NULL, $2, lo, hi, a, b, c, f_low, f_best, f_high FROM ${WRITTEN} w`,
    [recordedAt, by],
  );
  await auditStaged(client, kinds, summary.inserted + summary.updated, recordedAt, by);
  // Participants after their event versions, all of a write in one statement (the summaries' triggers need this order).
  if (prepared.some((c) => c.participants.length > 0)) {
    await client.query(
      `INSERT INTO event_participants (event_id, version, actor, role, attribution)
       SELECT w.id, coalesce(w.stored, 0) + 1, p.actor, p.role, p.attribution
       FROM ${WRITTEN} w CROSS JOIN LATERAL json_to_recordset(w.participants) AS p(actor text, role text, attribution text)
       WHERE w.participants IS NOT NULL ORDER BY w.n`,
    );
  }
  if (prepared.some((c) => c.keys.names.length > 0)) {
    await client.query(
      `INSERT INTO names (kind, id, version, name)
       SELECT DISTINCT w.kind, w.id, coalesce(w.stored, 0) + 1, faultline_fold(u.name)
       FROM ${WRITTEN} w CROSS JOIN LATERAL json_array_elements_text(w.names) AS u(name)
       WHERE w.names IS NOT NULL
       ON CONFLICT DO NOTHING`,
    );
  }
  return summary;
}

/**
 * The audit entries of a staged write's new versions: spans (audit-spans.ts), or one entry per version
 * naming it, in the order of the changes.
 */
async function auditStaged(client: pg.PoolClient, kinds: readonly string[], added: number, recordedAt: string, by: string): Promise<void> {
  if (await logSpans(client, kinds, added, recordedAt, by)) return;
  await client.query(
    `INSERT INTO audit_log (at, actor, action, kind, id, version)
     SELECT $1, $2, CASE WHEN stored IS NULL THEN 'record.insert' ELSE 'record.update' END, kind, id, coalesce(stored, 0) + 1 FROM ${WRITTEN} w ORDER BY n`,
    [recordedAt, by],
  );
}

/** The staged rows as COPY text, in chunks of a few hundred rows. */
function* copyLines(prepared: readonly PreparedChange[]): Generator<string> {
  let chunk = '';
  for (let n = 0; n < prepared.length; n++) {
    const c = prepared[n] as PreparedChange;
    chunk += `${n}\t${copyRow(c)}`;
    if (chunk.length >= 1 << 16) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
