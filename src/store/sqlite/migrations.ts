import { SQLITE_AUDIT_SPANS } from './audit-spans.js';
import { SQLITE_CHANGE_MARKS } from './change-marks.js';
import { SQLITE_SOURCE_TEXT_PARTS } from './source-text-parts.js';
import { PARTICIPANT_EVENTS_TABLE, PARTICIPANT_EVENTS_TRIGGERS, REBUILD_PARTICIPANT_EVENTS } from './participant-events-schema.js';
import { REBUILD_SUMMARIES, SUMMARY_TABLES, SUMMARY_TRIGGERS } from './summary-schema.js';

/**
 * Numbered migrations, applied in order on open. A migration is never edited once released;
 * changes come as a new number.
 */
export const SQLITE_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'versioned records',
    sql: `
      CREATE TABLE records (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        recorded_from TEXT NOT NULL,
        recorded_to TEXT,
        recorded_by TEXT NOT NULL,
        lo TEXT, hi TEXT, a TEXT, b TEXT, c TEXT,
        PRIMARY KEY (kind, id, version)
      );
      CREATE INDEX records_current ON records (kind, id) WHERE recorded_to IS NULL;
      CREATE INDEX records_time ON records (kind, lo, hi) WHERE recorded_to IS NULL;
      CREATE INDEX records_a ON records (kind, a) WHERE recorded_to IS NULL;
      CREATE INDEX records_b ON records (kind, b) WHERE recorded_to IS NULL;
      CREATE INDEX records_recorded ON records (kind, recorded_from, recorded_to);
      CREATE TABLE names (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        name TEXT NOT NULL
      );
      CREATE INDEX names_id ON names (kind, id);
      CREATE TABLE source_texts (
        id TEXT PRIMARY KEY,
        text TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'event participants and fatality columns for the query layer',
    // Backfills from the JSON bodies with the same fallbacks as src/store/event-keys.ts.
    sql: `
      ALTER TABLE records ADD COLUMN f_low INTEGER;
      ALTER TABLE records ADD COLUMN f_best INTEGER;
      ALTER TABLE records ADD COLUMN f_high INTEGER;
      UPDATE records SET
        f_low = coalesce(json_extract(body, '$.fatalities.low'), json_extract(body, '$.fatalities.best'), 0),
        f_best = coalesce(json_extract(body, '$.fatalities.best'), json_extract(body, '$.fatalities.low'), json_extract(body, '$.fatalities.high'), 0),
        f_high = coalesce(json_extract(body, '$.fatalities.high'), json_extract(body, '$.fatalities.best'), json_extract(body, '$.fatalities.low'), 0)
      WHERE kind = 'event';
      CREATE TABLE event_participants (
        event_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        actor TEXT NOT NULL,
        role TEXT NOT NULL,
        attribution TEXT NOT NULL
      );
      INSERT INTO event_participants
        SELECT r.id, r.version, json_extract(p.value, '$.actor'), json_extract(p.value, '$.role'), coalesce(json_extract(p.value, '$.attribution'), 'unspecified')
        FROM records r, json_each(r.body, '$.participants') p WHERE r.kind = 'event';
      CREATE INDEX event_participants_actor ON event_participants (actor, event_id, version);
      CREATE INDEX event_participants_event ON event_participants (event_id, version);
      CREATE INDEX records_event_facts ON records (lo, hi, c, a, f_low, f_best, f_high) WHERE kind = 'event' AND recorded_to IS NULL;
    `,
  },
  {
    version: 3,
    name: 'append-only audit log, users and credentials',
    // Existing versions become the first audit entries; triggers refuse any UPDATE or DELETE of the log.
    sql: `
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        before TEXT,
        after TEXT
      );
      CREATE INDEX audit_log_actor ON audit_log (actor, seq);
      CREATE INDEX audit_log_at ON audit_log (at, seq);
      CREATE INDEX audit_log_subject ON audit_log (kind, id, seq);
      INSERT INTO audit_log (at, actor, action, kind, id, before, after)
        SELECT r.recorded_from, r.recorded_by, CASE WHEN p.body IS NULL THEN 'record.insert' ELSE 'record.update' END, r.kind, r.id, p.body, r.body
        FROM records r LEFT JOIN records p ON p.kind = r.kind AND p.id = r.id AND p.version = r.version - 1
        ORDER BY r.recorded_from, r.kind, r.id, r.version;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'reviewer', 'admin')),
        password_hash TEXT,
        created_at TEXT NOT NULL,
        disabled_at TEXT
      );
      CREATE TABLE credentials (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('token', 'session')),
        user_name TEXT NOT NULL REFERENCES users (name),
        name TEXT NOT NULL,
        secret_hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX credentials_user ON credentials (user_name, kind);
    `,
  },
  {
    version: 4,
    name: 'leaner indexes for bulk writes',
    // Every version used to enter seven indexes. The current-version index repeated the primary key
    // (kind, id, version), and the time, first- and second-reference indexes held a NULL entry for
    // every record without that key (claims have no dates, events no second reference). Queries that
    // use them compare the column, which tells SQLite the partial index applies.
    sql: `
      DROP INDEX records_current;
      DROP INDEX records_time;
      DROP INDEX records_a;
      DROP INDEX records_b;
      CREATE INDEX records_time ON records (kind, lo, hi) WHERE recorded_to IS NULL AND lo IS NOT NULL;
      CREATE INDEX records_a ON records (kind, a) WHERE recorded_to IS NULL AND a IS NOT NULL;
      CREATE INDEX records_b ON records (kind, b) WHERE recorded_to IS NULL AND b IS NOT NULL;
    `,
  },
  {
    version: 5,
    name: 'audit entries of record versions point at the version',
    // A record's audit entry names its version; the reader takes before and after from the versions
    // (immutable, H1) instead of a second copy of each body. Earlier entries keep their copies.
    sql: `
      ALTER TABLE audit_log ADD COLUMN version INTEGER;
    `,
  },
  {
    version: 6,
    name: 'current records by type',
    // Lifespans (L2) read every tie that begins or ends an actor, and every formation and dissolution
    // event, at each snapshot: by type over all time, which neither the time nor the reference index serves.
    sql: `
      CREATE INDEX records_c ON records (kind, c) WHERE recorded_to IS NULL AND c IS NOT NULL;
    `,
  },
  {
    version: 7,
    name: 'saved views',
    // Owners are user names without a foreign key: single-user mode saves views as `local`, who is no user.
    sql: `
      CREATE TABLE saved_views (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        name TEXT NOT NULL,
        hash TEXT NOT NULL,
        note TEXT NOT NULL,
        saved_at TEXT NOT NULL
      );
      CREATE INDEX saved_views_owner ON saved_views (owner, saved_at);
    `,
  },
  {
    version: 8,
    name: 'ties folded on write',
    // Each current relation folded with its accepted claims (docs/decisions/0010), per audience when a
    // restricted source changes the fold; the store fills the tables from the records when it finds
    // them stale (as here: a database may already hold records), in TypeScript, as the fold is.
    sql: `
      CREATE TABLE tie_folds (
        fold INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL,
        audience TEXT NOT NULL CHECK (audience IN ('all', 'open', 'withheld')),
        version INTEGER NOT NULL,
        body TEXT NOT NULL,
        start_earliest TEXT NOT NULL,
        start_latest TEXT NOT NULL,
        end_earliest TEXT NOT NULL,
        end_latest TEXT NOT NULL,
        presumed_from TEXT,
        windows TEXT,
        attested_until TEXT,
        disputed INTEGER NOT NULL,
        UNIQUE (id, audience)
      );
      -- A fold row never changes and its number is never reused (AUTOINCREMENT): readers keep what they parsed by number.
      -- The days each fold may be returned for, as day numbers: an R*Tree finds those that meet a
      -- period in time that grows with what it returns, not with what ended before or starts after.
      CREATE VIRTUAL TABLE tie_folds_span USING rtree_i32(fold, first_day, last_day);
      CREATE TABLE tie_fold_sources (
        source TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (source, id)
      ) WITHOUT ROWID;
      CREATE INDEX tie_fold_sources_id ON tie_fold_sources (id);
      CREATE TABLE actor_lifespans (
        actor TEXT PRIMARY KEY,
        lifespan TEXT NOT NULL
      );
      CREATE TABLE tie_fold_state (
        name TEXT PRIMARY KEY,
        stale INTEGER NOT NULL
      );
      INSERT INTO tie_fold_state VALUES ('ties', 1);
    `,
  },
  {
    version: 9,
    name: 'event summaries maintained on write',
    // Counts per month, type, place and participant for the aggregations (docs/decisions/0011), built
    // from the stored events here and kept by triggers from then on.
    sql: [SUMMARY_TABLES, REBUILD_SUMMARIES, ...SUMMARY_TRIGGERS.map((t) => `${t.sql};`)].join('\n'),
  },
  {
    version: 10,
    name: 'participant index of the current events',
    // Per actor and day bounds, what aggregations read of each current event, so a coalition with its
    // components reads no event body (docs/decisions/0011); built here and kept by triggers from then on.
    sql: [PARTICIPANT_EVENTS_TABLE, REBUILD_PARTICIPANT_EVENTS, ...PARTICIPANT_EVENTS_TRIGGERS.map((t) => `${t.sql};`)].join('\n'),
  },
  {
    version: 11,
    name: 'change marks for records and accounts apart',
    // What reads depend on moves apart from what authentication depends on (change-marks.ts).
    sql: SQLITE_CHANGE_MARKS,
  },
  {
    version: 12,
    name: 'audit entries of a large write as spans that name their versions by key',
    // One row per kind stands for the entries of every version a large write adds (audit-spans.ts);
    // entries logged before stay as they are and read alike.
    sql: SQLITE_AUDIT_SPANS,
  },
  {
    version: 13,
    name: 'source texts in parts',
    // SQLite writes one value of hundreds of megabytes slowly (text-parts.ts).
    sql: SQLITE_SOURCE_TEXT_PARTS,
  },
];
