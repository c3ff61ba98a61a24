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
];
