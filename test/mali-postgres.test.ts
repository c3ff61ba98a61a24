// The shipped Mali dataset on PostgreSQL: it round-trips byte for byte, and every command, `serve`
// included, works against a postgres:// location through the composition root.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { openStore } from '../src/composition-root.js';
import { DATASET_FILES, RECORD_KINDS } from '../src/core/dataset/kinds.js';
import { dumpDataset } from '../src/services/dataset/dump-dataset.js';
import { loadDataset } from '../src/services/dataset/load-dataset.js';
import { describeWithPostgres } from './support/postgres-cluster.js';

const DATA = 'data/mali';
const SEEDS = '../shared/seeds';

function expectSameFiles(dir: string): void {
  for (const kind of RECORD_KINDS) {
    const file = DATASET_FILES[kind];
    const original = existsSync(join(DATA, file)) ? readFileSync(join(DATA, file), 'utf8') : '';
    expect(readFileSync(join(dir, file), 'utf8'), file).toBe(original);
  }
}

/** Runs the CLI, returning its exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { code: await main(args), stdout };
  } finally {
    spy.mockRestore();
  }
}

describeWithPostgres('the Mali dataset on PostgreSQL', (cluster) => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('loadDataset then dumpDataset reproduces every file byte for byte; a second load changes nothing', async () => {
    const store = await openStore(await cluster().createDatabase());
    try {
      const first = await loadDataset(store, DATA, { by: 'test' });
      expect(first.inserted).toBeGreaterThan(800);
      const out = mkdtempSync(join(tmpdir(), 'faultline-pg-dump-'));
      await dumpDataset(store, out);
      expectSameFiles(out);
      expect(await loadDataset(store, DATA, { by: 'test' })).toMatchObject({ inserted: 0, updated: 0, unchanged: first.inserted });
      const asFirstRecorded = mkdtempSync(join(tmpdir(), 'faultline-pg-dump-'));
      await dumpDataset(store, asFirstRecorded, { recordedAt: first.recordedAt });
      expectSameFiles(asFirstRecorded);
    } finally {
      await store.close();
    }
  });

  it('every command works with --db postgres://…, serve included', async () => {
    const db = await cluster().createDatabase();
    expect((await cli(['init', '--db', db, '--json'])).stdout).not.toContain('/work/');
    expect((await cli(['load', DATA, '--db', db, '--by', 'test'])).code).toBe(0);
    if (existsSync(SEEDS)) {
      const seeds = readdirSync(SEEDS)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(SEEDS, f));
      expect((await cli(['sources', 'add', ...seeds, '--db', db])).code).toBe(0);
      expect((await cli(['validate', '--db', db])).code).toBe(0);
    }
    expect((await cli(['actors', 'abou zeid', '--db', db, '--json'])).stdout).toContain('actor:abdelhamid-abou-zeid');
    expect((await cli(['show', 'actor:abdelhamid-abou-zeid', '--db', db])).code).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'faultline-pg-cli-'));
    expect((await cli(['dump', out, '--db', db])).code).toBe(0);
    expectSameFiles(out);

    let printed = '';
    const listening = new Promise<number>((resolve) => {
      vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed += String(chunk);
        const port = /localhost:(\d+)/.exec(printed)?.[1];
        if (port) resolve(Number(port));
        return true;
      });
    });
    const serving = main(['serve', '--db', db, '--port', '0']);
    const port = await listening;
    const stats = (await (await fetch(`http://127.0.0.1:${port}/api/stats`)).json()) as Record<string, number>;
    expect(stats['actor']).toBeGreaterThan(100);
    const found = (await (await fetch(`http://127.0.0.1:${port}/api/actors?q=ansar`)).json()) as { id: string }[];
    expect(found.map((a) => a.id)).toContain('actor:ansar-dine');
    const bad = await fetch(`http://127.0.0.1:${port}/api/actors?recordedAt=${encodeURIComponent("x'; DROP TABLE records; --")}`);
    expect(bad.status).toBe(400);
    process.emit('SIGTERM');
    expect(await serving).toBe(0);
  });
});
