// `faultline check` end to end: a made-up dataset with one example of each integrity finding (C1–C9),
// read as a folder and from a database, and a clean one that passes.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { normaliseText } from '../src/core/text/normalise.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const FIX = 'test/fixtures/check';
const SEEDS = '../shared/seeds';
const RULES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8', 'C9'];

describe('faultline check', () => {
  const written: string[] = [];
  const run = async (...args: string[]) => {
    written.length = 0;
    const code = await main(args);
    return { code, output: written.join('') };
  };
  beforeAll(() => {
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(() => vi.restoreAllMocks());

  it.each(RULES)('%s: the fixture folder example is reported with its rule id (--json)', async (rule) => {
    const { code, output } = await run('check', `${FIX}/findings`, '--sources', `${FIX}/sources`, '--json');
    expect(code).toBe(3);
    const report = JSON.parse(output) as { findings: { rule: string; code: string; records: string[]; claims: string[] }[]; counts: Record<string, number> };
    const found = report.findings.filter((f) => f.rule === rule);
    expect(found.length).toBeGreaterThan(0);
    expect(report.counts[rule]).toBe(found.length);
    for (const f of found) expect(f.claims.length).toBeGreaterThan(0);
  });

  it('C1–C9: the text report prints one line per finding, led by its rule id', async () => {
    const { code, output } = await run('check', `${FIX}/findings`, '--sources', `${FIX}/sources`);
    expect(code).toBe(3);
    const lines = output.split('\n').filter((l) => /^C\d /.test(l));
    expect(new Set(lines.map((l) => l.slice(0, 2)))).toEqual(new Set(RULES));
  });

  it('a clean dataset exits 0, with and without source texts (C9 then skipped, said in one line)', async () => {
    expect((await run('check', `${FIX}/clean`, '--sources', `${FIX}/sources`)).code).toBe(0);
    const { code, output } = await run('check', `${FIX}/clean`);
    expect(code).toBe(0);
    expect(output.split('\n').filter((l) => l.startsWith('C9 skipped'))).toHaveLength(1);
  });

  it.skipIf(!existsSync(SEEDS))('C1–C9: `faultline check data/mali --sources ../shared/seeds` exits 0 with nothing to report', async () => {
    const { code, output } = await run('check', 'data/mali', '--sources', SEEDS, '--json');
    const report = JSON.parse(output) as { findings: { rule: string; message: string }[] };
    expect(report.findings.map((f) => `${f.rule} ${f.message}`)).toEqual([]);
    expect(code).toBe(0);
  });

  it('C1–C9: the database is checked with the texts it stores; C9 is skipped until it has them', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'faultline-check-')), 'check.db');
    const store = new SqliteStore({ path: db });
    await loadDataset(store, `${FIX}/findings`, { by: 'test' });
    await store.close();
    const before = JSON.parse((await run('check', '--db', db, '--json')).output) as { counts: Record<string, number>; notes: string[] };
    expect(Object.keys(before.counts).sort()).toEqual(RULES.filter((r) => r !== 'C9'));
    expect(before.notes.join('\n')).toContain('C9 skipped');
    const reopened = new SqliteStore({ path: db });
    const [source] = await reopened.list('source');
    await reopened.putSourceText(source!.id, normaliseText(readFileSync(`${FIX}/sources/report.txt`, 'utf8')));
    await reopened.close();
    const { code, output } = await run('check', '--db', db, '--json');
    expect(code).toBe(3);
    expect(Object.keys((JSON.parse(output) as { counts: Record<string, number> }).counts).sort()).toEqual(RULES);
  });
});
