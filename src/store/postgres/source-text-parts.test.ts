// Migration 15 stores source texts in parts: texts stored whole before it read back the same after.
import pg from 'pg';
import { expect, it } from 'vitest';
import { describeWithPostgres } from '../../../test/support/postgres-cluster.js';
import { PART_UNITS } from '../text-parts.js';
import { PostgresStore } from './postgres-store.js';

const BEFORE_15 = `
  DROP TABLE source_texts;
  CREATE TABLE source_texts (id text COLLATE "C" PRIMARY KEY, text text NOT NULL);
  DELETE FROM faultline_migrations WHERE version = 15;`;

describeWithPostgres('source texts in parts (migration 15)', (cluster) => {
  it('cuts texts stored whole into parts that read back as they were', async () => {
    const url = await cluster().createDatabase();
    const sql = new pg.Client({ connectionString: url });
    await sql.connect();
    try {
      const first = await new PostgresStore({ url }).open();
      await first.close();
      await sql.query(BEFORE_15);
      const texts = { ['a'.repeat(64)]: 'Ségou\tMopti', ['b'.repeat(64)]: '', ['c'.repeat(64)]: 'é\u{1F30D}'.repeat(PART_UNITS) + '\\end' };
      for (const [id, text] of Object.entries(texts)) await sql.query('INSERT INTO source_texts VALUES ($1, $2)', [id, text]);
      const upgraded = await new PostgresStore({ url }).open();
      for (const [id, text] of Object.entries(texts)) expect(await upgraded.getSourceText(id)).toBe(text);
      const { rows } = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM source_texts WHERE id = $1`, ['c'.repeat(64)]);
      // 2 × 65,536 characters in PostgreSQL's count, cut every 65,536.
      expect(Number(rows[0]?.n)).toBe(3);
      await upgraded.close();
    } finally {
      await sql.end();
    }
  });
});
