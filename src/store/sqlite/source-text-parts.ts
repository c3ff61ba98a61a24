import type Database from 'better-sqlite3';
import { PART_UNITS, textParts } from '../text-parts.js';

/** Migration 13: source texts in parts (text-parts.ts), the texts stored whole before cut (SQL's substr counts characters, so none is split). */
export const SQLITE_SOURCE_TEXT_PARTS = `
  CREATE TABLE source_text_parts (id TEXT NOT NULL, part INTEGER NOT NULL, text TEXT NOT NULL, PRIMARY KEY (id, part));
  INSERT INTO source_text_parts (id, part, text)
    WITH RECURSIVE cut (id, part) AS (
      SELECT id, 0 FROM source_texts
      UNION ALL
      SELECT c.id, c.part + 1 FROM cut c JOIN source_texts s ON s.id = c.id WHERE (c.part + 1) * ${PART_UNITS} < length(s.text)
    )
    SELECT c.id, c.part, substr(s.text, c.part * ${PART_UNITS} + 1, ${PART_UNITS}) FROM cut c JOIN source_texts s ON s.id = c.id;
  DROP TABLE source_texts;
  ALTER TABLE source_text_parts RENAME TO source_texts;
`;

/** Stores a text unless one is stored under its id; true when it was added. */
export function putTextParts(db: Database.Database, id: string, text: string): boolean {
  if (db.prepare('SELECT 1 FROM source_texts WHERE id = ? AND part = 0').get(id) !== undefined) return false;
  const insert = db.prepare('INSERT INTO source_texts (id, part, text) VALUES (?, ?, ?)');
  textParts(text).forEach((part, i) => insert.run(id, i, part));
  return true;
}

/** The text stored under an id, its parts joined. */
export function getTextParts(db: Database.Database, id: string): string | undefined {
  const parts = db.prepare('SELECT text FROM source_texts WHERE id = ? ORDER BY part').pluck().all(id) as string[];
  return parts.length === 0 ? undefined : parts.join('');
}
