import type Database from 'better-sqlite3';

/**
 * A table kept by triggers in every write's transaction (the event summaries, the participant index),
 * which a large bulk write drops the triggers of and rebuilds in one pass at its end.
 */
export interface TriggerKept {
  /** A table the migration creates: without it the database is not yet migrated and is left alone. */
  table: string;
  triggers: readonly { name: string; sql: string }[];
  /** Empties the table(s) and builds them from the stored events. */
  rebuild: string;
}

/** Drops the triggers for a bulk write (its end rebuilds: see rebuildWhereTriggersMissing). */
export function dropKeepingTriggers(db: Database.Database, kept: TriggerKept): void {
  for (const { name } of kept.triggers) db.exec(`DROP TRIGGER IF EXISTS ${name}`);
}

/**
 * Rebuilds and creates the triggers again when one is missing: after a bulk write that dropped them,
 * or on opening a database a killed bulk write left without them.
 */
export function rebuildWhereTriggersMissing(db: Database.Database, kept: TriggerKept): void {
  const present = new Set((db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('trigger', 'table')`).all() as { name: string }[]).map((r) => r.name));
  if (!present.has(kept.table) || kept.triggers.every((t) => present.has(t.name))) return;
  db.transaction(() => {
    dropKeepingTriggers(db, kept);
    db.exec(kept.rebuild);
    for (const { sql } of kept.triggers) db.exec(sql);
  })();
}
