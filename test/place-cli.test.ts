// `faultline place`: the place profile of the API and the web page, in the terminal and as JSON.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { maliCli } from './support/mali-cli.js';
import { placeProfile } from '../src/services/queries/place-profile.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

describe('faultline place', () => {
  const cli = maliCli();
  const written = cli.written;

  it('prints the profile by name, who held the town and when, with footnotes', async () => {
    written.length = 0;
    expect(await main(['place', 'kidal', '--db', cli.db])).toBe(0);
    const text = written.join('');
    expect(text).toMatch(/^Kidal {2}\(place:kidal, town\)\nIn: Kidal Region, Mali\n/);
    expect(text).toMatch(/2014\/2023-11-15: Coordination of Azawad Movements holds or controls Kidal \[\d+, \d+\]/);
    expect(text).toContain('Held by');
    expect(text).toContain('Footnotes');
  });

  it('answers the same profile as the service with --json, and an unknown or ambiguous name fails', async () => {
    written.length = 0;
    expect(await main(['place', 'Région de Kidal', '--json', '--db', cli.db])).toBe(0);
    const store = new SqliteStore({ path: cli.db });
    const expected = await placeProfile(store, 'place:kidal-region');
    await store.close();
    expect(JSON.parse(written.join(''))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await main(['place', 'atlantis', '--db', cli.db])).not.toBe(0);
    expect(await main(['place', 'tombouctou', '--db', cli.db])).not.toBe(0);
  });
});
