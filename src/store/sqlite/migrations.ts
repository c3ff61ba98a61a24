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
];
