// `faultline place`: the place profile of the API and the web page, in the terminal and as JSON.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { placeProfile } from '../src/services/queries/place-profile.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('faultline place', () => {
  let db: string;
  const written: string[] = [];
  beforeAll(async () => {
    db = join(mkdtempSync(join(tmpdir(), 'faultline-place-')), 'mali.db');
    const store = new SqliteStore({ path: db });
    await loadDataset(store, 'data/mali', { by: 'test' });
    await store.close();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(() => vi.restoreAllMocks());

  it('prints the profile by name, who held the town and when, with footnotes', async () => {
    written.length = 0;
    expect(await main(['place', 'kidal', '--db', db])).toBe(0);
    const text = written.join('');
    expect(text).toMatch(/^Kidal {2}\(place:kidal, town\)\nIn: Kidal Region, Mali\n/);
    expect(text).toMatch(/2014\/2023-11-15: Coordination of Azawad Movements holds or controls Kidal \[\d+, \d+\]/);
    expect(text).toContain('Held by');
    expect(text).toContain('Footnotes');
  });

  it('answers the same profile as the service with --json, and an unknown or ambiguous name fails', async () => {
    written.length = 0;
    expect(await main(['place', 'Région de Kidal', '--json', '--db', db])).toBe(0);
    const store = new SqliteStore({ path: db });
    const expected = await placeProfile(store, 'place:kidal-region');
    await store.close();
    expect(JSON.parse(written.join(''))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await main(['place', 'atlantis', '--db', db])).not.toBe(0);
    expect(await main(['place', 'tombouctou', '--db', db])).not.toBe(0);
  });
});
