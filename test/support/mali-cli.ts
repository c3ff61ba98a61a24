// The CLI run in process on a fresh SQLite copy of the Mali dataset, with what it prints kept.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { loadDataset } from '../../src/services/dataset/load-dataset.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

export interface MaliCli {
  /** The database file, once the suite has started. */
  readonly db: string;
  /** Everything written to standard output; clear it with `written.length = 0`. */
  readonly written: string[];
}

/** Registers the suite's hooks: load data/mali into a temporary file, capture stdout, silence stderr. */
export function maliCli(): MaliCli {
  const state = { db: '', written: [] as string[] };
  beforeAll(async () => {
    state.db = join(mkdtempSync(join(tmpdir(), 'faultline-cli-')), 'mali.db');
    const store = new SqliteStore({ path: state.db });
    await loadDataset(store, 'data/mali', { by: 'test' });
    await store.close();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      state.written.push(String(chunk));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  });
  afterAll(() => vi.restoreAllMocks());
  return {
    get db() {
      return state.db;
    },
    written: state.written,
  };
}
