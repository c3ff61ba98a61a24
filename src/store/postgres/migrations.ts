import { PG_AUDIT_SPANS } from './audit-spans.js';
import { PG_CHANGE_MARKS, PG_MARKS_BY_ROW } from './change-marks.js';
import { PG_INDEXES_BY_KIND } from './kind-indexes.js';
import { PG_PARTICIPANT_EVENTS, PG_PARTICIPANT_EVENTS_CLOSED_BY_KEY } from './participant-events-schema.js';
import { PG_SUMMARIES_ONE_PASS } from './summary-rebuild.js';
import { PG_SUMMARIES, PG_SUMMARIES_DEFERRABLE } from './summary-schema.js';
import { PG_SOURCE_TEXT_PARTS } from './source-text-parts.js';

/**
 * Numbered migrations, applied in order on open inside one transaction. A migration is never edited
 * once released; changes come as a new number. Partitioning is explained in docs/decisions/0004.
 */
export const POSTGRES_MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'versioned records, partitioned by kind; events by day range, claims by subject',
    sql: `
      CREATE TABLE records (
        kind text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        body text NOT NULL,
        recorded_from timestamptz NOT NULL,
        recorded_to timestamptz,
        recorded_by text NOT NULL,
        lo text COLLATE "C",
        hi text COLLATE "C",
        a text COLLATE "C",
        b text COLLATE "C",
        c text COLLATE "C",
        f_low integer,
        f_best integer,
        f_high integer,
        CHECK (recorded_to IS NULL OR recorded_to >= recorded_from)
      ) PARTITION BY LIST (kind);

      CREATE TABLE records_source PARTITION OF records FOR VALUES IN ('source');
      CREATE TABLE records_actor PARTITION OF records FOR VALUES IN ('actor');
      CREATE TABLE records_place PARTITION OF records FOR VALUES IN ('place');
      CREATE TABLE records_relation PARTITION OF records FOR VALUES IN ('relation');

      CREATE TABLE records_event PARTITION OF records FOR VALUES IN ('event') PARTITION BY RANGE (lo);
      CREATE TABLE records_event_before_2000 PARTITION OF records_event FOR VALUES FROM (MINVALUE) TO ('2000-01-01');
      CREATE TABLE records_event_2000s PARTITION OF records_event FOR VALUES FROM ('2000-01-01') TO ('2010-01-01');
      CREATE TABLE records_event_2010s PARTITION OF records_event FOR VALUES FROM ('2010-01-01') TO ('2020-01-01');
      CREATE TABLE records_event_2020s PARTITION OF records_event FOR VALUES FROM ('2020-01-01') TO ('2030-01-01');
      CREATE TABLE records_event_after_2030 PARTITION OF records_event FOR VALUES FROM ('2030-01-01') TO (MAXVALUE);
      CREATE TABLE records_event_undated PARTITION OF records_event DEFAULT;

      CREATE TABLE records_claim PARTITION OF records FOR VALUES IN ('claim') PARTITION BY HASH (a);
      CREATE TABLE records_claim_h0 PARTITION OF records_claim FOR VALUES WITH (MODULUS 4, REMAINDER 0);
      CREATE TABLE records_claim_h1 PARTITION OF records_claim FOR VALUES WITH (MODULUS 4, REMAINDER 1);
      CREATE TABLE records_claim_h2 PARTITION OF records_claim FOR VALUES WITH (MODULUS 4, REMAINDER 2);
      CREATE TABLE records_claim_h3 PARTITION OF records_claim FOR VALUES WITH (MODULUS 4, REMAINDER 3);

      -- A unique index on a partitioned table must contain its partition keys, hence one per branch.
      CREATE UNIQUE INDEX records_source_version ON records_source (id, version);
      CREATE UNIQUE INDEX records_actor_version ON records_actor (id, version);
      CREATE UNIQUE INDEX records_place_version ON records_place (id, version);
      CREATE UNIQUE INDEX records_relation_version ON records_relation (id, version);
      CREATE UNIQUE INDEX records_event_version ON records_event (id, version, lo);
      CREATE UNIQUE INDEX records_claim_version ON records_claim (id, version, a);

      CREATE INDEX records_current ON records (kind, id) WHERE recorded_to IS NULL;
      CREATE INDEX records_window ON records (kind, lo, hi) WHERE recorded_to IS NULL;
      CREATE INDEX records_a ON records (kind, a) WHERE recorded_to IS NULL;
      CREATE INDEX records_b ON records (kind, b) WHERE recorded_to IS NULL;
      CREATE INDEX records_recorded ON records (kind, recorded_from, recorded_to);

      -- Who took part in each event version, for the participant filters and per-actor counts.
      CREATE TABLE event_participants (
        event_id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        actor text COLLATE "C" NOT NULL,
        role text NOT NULL,
        attribution text COLLATE "C" NOT NULL
      );
      CREATE INDEX event_participants_actor ON event_participants (actor, event_id, version);
      CREATE INDEX event_participants_event ON event_participants (event_id, version);

      -- One row per name of each version, so a search as recorded at an instant sees the names of then.
      CREATE TABLE names (
        kind text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        name text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, id, version, name)
      );

      CREATE TABLE source_texts (
        id text COLLATE "C" PRIMARY KEY,
        text text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'accent-insensitive search with unaccent and pg_trgm when the server has them',
    sql: `
      DO $migration$
      DECLARE
        unaccent_schema text;
      BEGIN
        BEGIN
          CREATE EXTENSION IF NOT EXISTS unaccent;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'unaccent unavailable (%): names are folded by the application only', SQLERRM;
        END;
        BEGIN
          CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
          RAISE NOTICE 'pg_trgm unavailable (%): substring search scans the names table', SQLERRM;
        END;

        SELECT extnamespace::regnamespace::text INTO unaccent_schema FROM pg_extension WHERE extname = 'unaccent';
        IF unaccent_schema IS NOT NULL THEN
          EXECUTE format(
            'CREATE FUNCTION faultline_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE '
            'AS $fold$ SELECT lower(%1$s.unaccent(%2$L::regdictionary, $1)) $fold$',
            unaccent_schema, unaccent_schema || '.unaccent');
        ELSE
          CREATE FUNCTION faultline_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $fold$ SELECT $1 $fold$;
        END IF;

        IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
          EXECUTE 'CREATE INDEX names_trigrams ON names USING gin (name gin_trgm_ops)';
        END IF;
      END
      $migration$;
    `,
  },
  {
    version: 3,
    name: 'append-only audit log, users and credentials',
    // Existing versions become the first audit entries; a trigger refuses UPDATE, DELETE and TRUNCATE of the log.
    sql: `
      CREATE TABLE audit_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor text COLLATE "C" NOT NULL,
        action text COLLATE "C" NOT NULL,
        kind text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        before text,
        after text
      );
      CREATE INDEX audit_log_actor ON audit_log (actor, seq);
      CREATE INDEX audit_log_at ON audit_log (at, seq);
      CREATE INDEX audit_log_subject ON audit_log (kind, id, seq);
      INSERT INTO audit_log (at, actor, action, kind, id, before, after)
        SELECT r.recorded_from, r.recorded_by, CASE WHEN p.body IS NULL THEN 'record.insert' ELSE 'record.update' END, r.kind, r.id, p.body, r.body
        FROM records r LEFT JOIN records p ON p.kind = r.kind AND p.id = r.id AND p.version = r.version - 1
        ORDER BY r.recorded_from, r.kind, r.id, r.version;
      CREATE FUNCTION faultline_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END
      $fn$;
      CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION faultline_audit_append_only();
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION faultline_audit_append_only();
      CREATE TABLE users (
        name text COLLATE "C" PRIMARY KEY,
        role text NOT NULL CHECK (role IN ('viewer', 'editor', 'reviewer', 'admin')),
        password_hash text,
        created_at timestamptz NOT NULL,
        disabled_at timestamptz
      );
      CREATE TABLE credentials (
        id text COLLATE "C" PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('token', 'session')),
        user_name text COLLATE "C" NOT NULL REFERENCES users (name),
        name text NOT NULL,
        secret_hash text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz,
        revoked_at timestamptz
      );
      CREATE INDEX credentials_user ON credentials (user_name, kind);
    `,
  },
  {
    version: 4,
    name: 'current records by type',
    // Lifespans (L2) read every tie that begins or ends an actor, and every formation and dissolution
    // event, at each snapshot: by type over all time, which neither the window nor the reference index serves.
    sql: `
      CREATE INDEX records_c ON records (kind, c) WHERE recorded_to IS NULL;
    `,
  },
  {
    version: 5,
    name: 'saved views',
    // Owners are user names without a foreign key: single-user mode saves views as `local`, who is no user.
    sql: `
      CREATE TABLE saved_views (
        id text COLLATE "C" PRIMARY KEY,
        owner text COLLATE "C" NOT NULL,
        name text NOT NULL,
        hash text NOT NULL,
        note text NOT NULL,
        saved_at timestamptz NOT NULL
      );
      CREATE INDEX saved_views_owner ON saved_views (owner, saved_at);
    `,
  },
  {
    version: 6,
    name: 'ties folded on write',
    // Each current relation folded with its accepted claims (docs/decisions/0010), per audience when a
    // restricted source changes the fold; the store fills the tables from the records when it finds
    // them stale (as here: a database may already hold records), in TypeScript, as the fold is.
    sql: `
      CREATE TABLE tie_folds (
        id text COLLATE "C" NOT NULL,
        audience text NOT NULL CHECK (audience IN ('all', 'open', 'withheld')),
        version integer NOT NULL,
        first_day integer NOT NULL,
        last_day integer NOT NULL,
        start_earliest text COLLATE "C" NOT NULL,
        start_latest text COLLATE "C" NOT NULL,
        end_earliest text COLLATE "C" NOT NULL,
        end_latest text COLLATE "C" NOT NULL,
        presumed_from text,
        windows text,
        attested_until text,
        disputed boolean NOT NULL,
        PRIMARY KEY (id, audience)
      );
      -- The days each fold may be returned for, as day numbers: a GiST index on their range finds those
      -- that meet a period in time that grows with what it returns, not with what ended before or starts after.
      CREATE INDEX tie_folds_span ON tie_folds USING gist (int4range(first_day, last_day, '[]'));
      CREATE TABLE tie_fold_sources (
        source text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        PRIMARY KEY (source, id)
      );
      CREATE INDEX tie_fold_sources_id ON tie_fold_sources (id);
      CREATE TABLE actor_lifespans (
        actor text COLLATE "C" PRIMARY KEY,
        lifespan text NOT NULL
      );
      CREATE TABLE tie_fold_state (
        name text PRIMARY KEY,
        stale boolean NOT NULL
      );
      INSERT INTO tie_fold_state VALUES ('ties', true);
    `,
  },
  {
    version: 7,
    name: 'event summaries maintained on write',
    // Counts per month, type, place and participant for the aggregations (docs/decisions/0011), built
    // from the stored events here and kept by statement triggers from then on.
    sql: PG_SUMMARIES,
  },
  {
    version: 8,
    name: 'participant index of the current events',
    // Per actor and day bounds, what aggregations read of each current event, so a coalition with its
    // components reads no event body (docs/decisions/0011); built here and kept by statement triggers.
    sql: PG_PARTICIPANT_EVENTS,
  },
  {
    version: 9,
    name: 'change marks for records and accounts apart',
    // What reads depend on moves apart from what authentication depends on (change-marks.ts).
    sql: PG_CHANGE_MARKS,
  },
  {
    version: 10,
    name: 'event summaries deferred in a large series of writes',
    // A large import rebuilds the summaries once before it commits instead of upserting them per statement.
    sql: PG_SUMMARIES_DEFERRABLE,
  },
  {
    version: 11,
    name: 'participant index: versions closed found by key',
    // A re-import closing thousands of events no longer joins the close trigger's transition tables row by row.
    sql: PG_PARTICIPANT_EVENTS_CLOSED_BY_KEY,
  },
  {
    version: 12,
    name: 'secondary indexes on the partitions whose kind reads them; source texts in lz4',
    // An imported event or claim no longer writes index entries for keys its kind does not have.
    sql: PG_INDEXES_BY_KIND,
  },
  {
    version: 13,
    name: 'event summaries rebuilt in one pass; change marks noted without copying the audit entries',
    // A large import's rebuild before it commits scans the current events once and parses few bodies,
    // and its audit entries are no longer copied into a transition table (change-marks.ts).
    sql: PG_SUMMARIES_ONE_PASS + PG_MARKS_BY_ROW,
  },
  {
    version: 14,
    name: 'audit entries name their versions; a large write logs spans that name them by key',
    // Entries logged before keep their bodies and read as they did (audit-spans.ts).
    sql: PG_AUDIT_SPANS,
  },
  {
    version: 15,
    name: 'source texts in parts',
    // PostgreSQL writes one value of hundreds of megabytes slowly (text-parts.ts).
    sql: PG_SOURCE_TEXT_PARTS,
  },
];
