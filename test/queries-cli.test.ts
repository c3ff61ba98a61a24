// Every query command of the issue runs on the Mali dataset, in tables and as JSON.
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { maliCli } from './support/mali-cli.js';

const COMMANDS = [
  ['snapshot', '--as-of', '2017-06'],
  ['timeline', 'GATIA'],
  ['genealogy', 'JNIM'],
  ['path', 'GATIA', 'CMA', '--as-of', '2016-09'],
  ['diff', '2015-06', '2017-12'],
  ['events', '--actor', 'JNIM', '--from', '2017', '--by', 'month'],
  ['disputes'],
  ['metrics', '--as-of', '2017-06'],
  ['metrics', '--from', '2015', '--to', '2017'],
];

describe('query commands', () => {
  const cli = maliCli();
  const written = cli.written;

  it.each(COMMANDS)('faultline %s … exits 0 with a table and with --json', async (...args) => {
    written.length = 0;
    expect(await main([...args, '--db', cli.db])).toBe(0);
    expect(written.join('').length).toBeGreaterThan(0);
    written.length = 0;
    expect(await main([...args, '--db', cli.db, '--json'])).toBe(0);
    expect(() => JSON.parse(written.join(''))).not.toThrow();
  });

  it("fits every table to the terminal's width, and --wide prints them whole", async () => {
    const tableLines = () =>
      written
        .join('')
        .split('\n')
        .filter((line) => /^[┌│├└]/.test(line));
    vi.stubEnv('COLUMNS', '80');
    try {
      for (const args of COMMANDS) {
        written.length = 0;
        expect(await main([...args, '--db', cli.db])).toBe(0);
        const over = tableLines().filter((line) => stripVTControlCharacters(line).length > 80);
        expect(over, args.join(' ')).toEqual([]);
      }
      written.length = 0;
      expect(await main(['snapshot', '--as-of', '2017-06', '--wide', '--db', cli.db])).toBe(0);
      expect(Math.max(...tableLines().map((line) => stripVTControlCharacters(line).length))).toBeGreaterThan(120);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a bad date exits 2 and an unknown actor 5', async () => {
    expect(await main(['snapshot', '--as-of', 'June', '--db', cli.db])).toBe(2);
    expect(await main(['genealogy', 'no-such-group-anywhere', '--db', cli.db])).toBe(5);
  });
});
