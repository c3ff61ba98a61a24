// Migration 12: each secondary index of `records` only on the partitions whose kind reads it, and the
// texts of sources compressed with lz4.
//
// An index created on the parent `records` had a branch on every partition, so each event version
// paid for an entry keyed on the claims' status and each claim version for entries keyed on a day
// range and a type it does not have (NULL keys, still written). Those entries were a third of the
// server's cost of a version during an import. The columns follow `KEYS` (key-columns.ts):
//   - `current` (kind, id): not on events and claims, whose unique version index starts with the id
//     and answers a look-up by id just as well;
//   - `window` (kind, lo, hi): relations and events, the two kinds with a span;
//   - `b`: relations (to) and claims (status);
//   - `c`: relations (type), events (type), actors and places (kind).
// `records_a` and `records_recorded` stay on every partition: every large kind fills `a`, and a read
// as recorded at an instant may ask for any kind. Queries are unchanged: each already names its kind,
// which prunes to the partitions that now hold the index.
//
// A file's text is compressed when stored; lz4 does it about ten times faster than pglz for a
// sixth more space (a million ACLED rows: 370 MB of text). A server built without lz4 keeps pglz.

const current = (partition: string) => `CREATE INDEX ${partition}_current ON ${partition} (kind, id) WHERE recorded_to IS NULL;`;
const window = (partition: string) => `CREATE INDEX ${partition}_window ON ${partition} (kind, lo, hi) WHERE recorded_to IS NULL;`;
const key = (partition: string, column: 'b' | 'c') => `CREATE INDEX ${partition}_${column} ON ${partition} (kind, ${column}) WHERE recorded_to IS NULL;`;

/** Migration 12's SQL. */
export const PG_INDEXES_BY_KIND = `
  DROP INDEX records_current, records_window, records_b, records_c;
  ${['records_source', 'records_actor', 'records_place', 'records_relation'].map(current).join('\n  ')}
  ${['records_relation', 'records_event'].map(window).join('\n  ')}
  ${['records_relation', 'records_claim'].map((p) => key(p, 'b')).join('\n  ')}
  ${['records_relation', 'records_event', 'records_actor', 'records_place'].map((p) => key(p, 'c')).join('\n  ')}
  ${lz4SourceTexts('source_texts')}
`;

/**
 * Source texts compressed with lz4 where the server has it: a sixth more space than pglz, written faster. Migration 12
 * set it on the table, migration 15 on the table of parts that replaced it (source-text-parts.ts).
 */
export function lz4SourceTexts(table: string): string {
  return `DO $migration$
  BEGIN
    -- SET COMPRESSION is PostgreSQL 14 syntax: run as a string so that an older server reads the block at all.
    IF current_setting('server_version_num')::int >= 140000 THEN
      EXECUTE 'ALTER TABLE ${table} ALTER COLUMN text SET COMPRESSION lz4';
    ELSE
      RAISE NOTICE 'PostgreSQL before 14 has no lz4 for columns: source texts stay compressed with pglz';
    END IF;
  EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    RAISE NOTICE 'lz4 unavailable (%): source texts stay compressed with pglz', SQLERRM;
  END
  $migration$;`;
}
