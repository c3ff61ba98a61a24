import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commandWord, main } from './main.js';

const SRC = join(import.meta.dirname, '..');

/**
 * Every file and package that `entry` (under src/) reaches through static imports (type-only imports are erased), and,
 * from the CLI's entry, through the dynamic imports of its command table, which registering every command runs.
 */
function staticGraph(entry = 'cli/main.ts'): { files: string[]; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const [, clause, from] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s+([^;]*?)\s*from\s+'([^']+)'/gms)) {
      if (!from || clause?.startsWith('type ')) continue;
      if (from.startsWith('.')) visit(join(dirname(file), from.replace(/\.js$/, '.ts')));
      else packages.add(from);
    }
    if (file.endsWith(join('cli', 'main.ts'))) {
      for (const [, from] of readFileSync(file, 'utf8').matchAll(/await import\('(\.\/commands\/[^']+)'\)/g)) {
        if (from) visit(join(dirname(file), from.replace(/\.js$/, '.ts')));
      }
    }
  };
  visit(join(SRC, entry));
  return { files: [...files].map((f) => relative(SRC, f)), packages };
}

describe('CLI start', () => {
  afterEach(() => vi.restoreAllMocks());

  it('registers every command without loading a service, a store or a heavy library', () => {
    const { files, packages } = staticGraph();
    expect(files.filter((f) => /^(services|store|server|interop|ingest)\/|^composition-root/.test(f))).toEqual([]);
    expect([...packages].filter((p) => !p.startsWith('node:')).sort()).toEqual(['cli-table3', 'commander']);
  });

  it('reads through the embedded store and the restricted view without loading zod or the EDTF parser', () => {
    // Both load only on a first write (the record schemas, the canonical form, the index keys' dates).
    for (const entry of ['store/sqlite/sqlite-store.ts', 'services/visibility.ts']) {
      expect([...staticGraph(entry).packages].filter((p) => !p.startsWith('node:')).sort(), entry).toEqual(entry.startsWith('store') ? ['better-sqlite3'] : []);
    }
  });

  it('registers every command module it names (and none is missed by the test above)', () => {
    expect(staticGraph().files.filter((f) => f.startsWith('cli/commands/')).length).toBeGreaterThanOrEqual(27);
  });

  it('finds the command word past the global options and the value of --db', () => {
    expect(commandWord(['--db', 'actors', 'show', 'GATIA'])).toBe('show');
    expect(commandWord(['--json', '--db=x.db', 'actors', 'jnim'])).toBe('actors');
    expect(commandWord(['--help'])).toBeUndefined();
  });

  it('registers one command for a query and every command for help or an unknown word', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    expect(await main(['--help'])).toBe(0);
    for (const name of ['init', 'actors', 'restore', 'backup', 'users', 'draw']) expect(printed.join('')).toMatch(new RegExp(`^ +${name}\\b`, 'm'));
    printed.length = 0;
    expect(await main(['actrs', 'jnim'])).toBe(2);
    expect(printed.join('')).toMatch(/unknown command 'actrs'[\s\S]*Did you mean actors\?/);
    printed.length = 0;
    expect(await main(['restore', '--help'])).toBe(0);
    expect(printed.join('')).toMatch(/Usage: faultline restore/);
  });

  it('still lists what a command reads from its service when that command is asked about', async () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (printed.push(String(chunk)), true));
    expect(await main(['help', 'export'])).toBe(0);
    expect(await main(['events', '--help'])).toBe(0);
    expect(printed.join('')).toMatch(/one of: dataset, gexf/);
    expect(printed.join('')).toMatch(/Formats:\n {2}dataset/);
    expect(printed.join('')).toMatch(/--by <grouping> +month \| quarter \| year/);
  });
});
