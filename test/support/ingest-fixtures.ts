// Builders for ingestion tests: a tiny gazetteer and files written into a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../../src/core/model/actor.js';
import type { Place } from '../../src/core/model/place.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

export const FIXTURE_REPORT = new URL('../fixtures/ingest/field-report.md', import.meta.url).pathname;

const actor = (id: string, kind: Actor['kind'], name: string, aliases: string[] = []): Actor => ({
  id: `actor:${id}`,
  kind,
  name,
  ...(aliases.length ? { aliases: aliases.map((a) => ({ name: a, ...(a === a.toUpperCase() ? { kind: 'acronym' as const } : {}) })) } : {}),
  description: `test actor ${id}`,
});

export const GAZETTEER_ACTORS: Actor[] = [
  actor('msa', 'armed_group', 'Movement for the Salvation of Azawad', ['MSA']),
  actor('gatia', 'armed_group', 'Imghad Tuareg and Allies Self-Defence Group', ['GATIA']),
  actor('isgs', 'armed_group', 'Islamic State in the Greater Sahara', ['ISGS']),
  actor('jnim', 'coalition', "Jama'at Nusrat al-Islam wal-Muslimin", ['JNIM']),
  actor('fama', 'state_force', 'Malian Armed Forces', ['FAMa', 'Malian army']),
  actor('mali', 'state', 'Mali'),
];
export const GAZETTEER_PLACES: Place[] = [
  { id: 'place:menaka', kind: 'town', name: 'Ménaka', country: 'ML' },
  { id: 'place:tin-fadimata', kind: 'village', name: 'Tin-Fadimata', country: 'ML', aliases: [{ name: 'Tin Fadimata' }] },
  { id: 'place:boni', kind: 'town', name: 'Boni', country: 'ML' },
];

/** An in-memory store with the small gazetteer, and a fixed clock. */
export async function gazetteerStore(): Promise<SqliteStore> {
  let tick = 0;
  const store = new SqliteStore({ path: ':memory:', clock: () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++)) });
  await store.write(
    [...GAZETTEER_ACTORS.map((record) => ({ kind: 'actor' as const, record })), ...GAZETTEER_PLACES.map((record) => ({ kind: 'place' as const, record }))],
    { by: 'test' },
  );
  return store;
}

/** Writes a file into a fresh temporary folder and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'faultline-ingest-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
