import type pg from 'pg';
import { PART_UNITS, textParts } from '../text-parts.js';
import { MOVE_RECORDS_MARK } from './change-marks.js';
import { copyField } from './copy-rows.js';
import { copy } from './copy-stream.js';
import { lz4SourceTexts } from './kind-indexes.js';

/**
 * Migration 15: source texts in parts (text-parts.ts), the texts stored whole before cut (substr
 * counts characters, so none is split); the parts keep lz4 where the server has it (kind-indexes.ts).
 */
export const PG_SOURCE_TEXT_PARTS = `
  CREATE TABLE source_text_parts (
    id text COLLATE "C" NOT NULL,
    part integer NOT NULL,
    text text NOT NULL,
    PRIMARY KEY (id, part)
  );
  ${lz4SourceTexts('source_text_parts')}
  INSERT INTO source_text_parts (id, part, text)
    SELECT s.id, g.part, substr(s.text, g.part * ${PART_UNITS} + 1, ${PART_UNITS})
    FROM source_texts s, generate_series(0, greatest(0, (length(s.text) - 1) / ${PART_UNITS})) AS g (part);
  DROP TABLE source_texts;
  ALTER TABLE source_text_parts RENAME TO source_texts;
  ALTER TABLE source_texts RENAME CONSTRAINT source_text_parts_pkey TO source_texts_pkey;
`;

/** Stores a text by COPY unless one is stored under its id, moving the records' change mark when it adds one; in the caller's transaction. */
export async function putTextParts(client: pg.PoolClient, id: string, text: string): Promise<void> {
  const stored = await client.query('SELECT 1 FROM source_texts WHERE id = $1 AND part = 0', [id]);
  if ((stored.rowCount ?? 0) > 0) return;
  const head = `${copyField(id)}\t`;
  const parts = textParts(text).map((part, i) => [i, part] as const);
  await copy(client, 'COPY source_texts (id, part, text) FROM STDIN', parts, ([i, part]) => [head, String(i), '\t', copyField(part), '\n']);
  await client.query(`WITH changed AS (SELECT 1) ${MOVE_RECORDS_MARK}`);
}

/** The query that reads a text back, its parts joined in order (NULL when none is stored). */
export const GET_TEXT_PARTS = `SELECT string_agg(text, '' ORDER BY part) AS text FROM source_texts WHERE id = $1`;
