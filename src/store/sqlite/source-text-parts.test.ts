import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from './migrations.js';
import { PART_UNITS } from '../text-parts.js';
import { getTextParts, putTextParts } from './source-text-parts.js';

const migrated = (upTo: number) => {
  const db = new Database(':memory:');
  for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version <= upTo)) db.exec(migration.sql);
  return db;
};

describe('source texts stored in parts', () => {
  it('stores and reads texts of any length, the empty one included, and keeps the first text stored under an id', () => {
    const db = migrated(Infinity);
    const long = 'ç\u{10348}'.repeat(PART_UNITS) + 'end';
    expect(putTextParts(db, 'long', long)).toBe(true);
    expect(putTextParts(db, 'empty', '')).toBe(true);
    expect(putTextParts(db, 'long', 'another')).toBe(false);
    expect(getTextParts(db, 'long')).toBe(long);
    expect(getTextParts(db, 'empty')).toBe('');
    expect(getTextParts(db, 'missing')).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM source_texts WHERE id = ?').pluck().get('long')).toBe(4);
  });

  it('migrates texts stored whole into parts that join back to them', () => {
    const db = migrated(12);
    const texts = { short: 'Ségou, Mopti', empty: '', long: 'x\u{1F30D}'.repeat(PART_UNITS) + 'y' };
    for (const [id, text] of Object.entries(texts)) db.prepare('INSERT INTO source_texts (id, text) VALUES (?, ?)').run(id, text);
    for (const migration of SQLITE_MIGRATIONS.filter((m) => m.version > 12)) db.exec(migration.sql);
    for (const [id, text] of Object.entries(texts)) expect(getTextParts(db, id)).toBe(text);
  });
});
