// Starts Faultline in-process for browser tests: a fresh SQLite file, data/mali, one seed text, the built web app.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/services/dataset/load-dataset.js';
import { registerSource } from '../../src/services/register-source.js';
import { serveApp } from '../../src/server/serve.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { buildWeb } from './web-build.js';

export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
/** "The risks of deeper engagement in Mali", cited by GATIA's profile. */
export const SEED_TEXT = resolve(ROOT, '..', 'shared', 'seeds', '004_612a64505dfc431d.txt');

export interface RunningApp {
  baseUrl: string;
  store: SqliteStore;
  /** The database file the app serves, for the CLI to read the same data. */
  dbPath: string;
  /** Registers a document's text, as `faultline sources add` would, and returns its id. */
  register: (name: string, text: string, title: string) => Promise<string>;
  stop: () => Promise<void>;
}

/** The web app is built by the global setup (e2e/support/global-setup.ts); a suite run alone still needs it. */
export function ensureWebBuild(): void {
  if (existsSync(join(ROOT, 'web', 'dist', 'index.html'))) return;
  buildWeb();
}

export async function startApp(): Promise<RunningApp> {
  ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'faultline-e2e-'));
  const store = new SqliteStore({ path: join(dir, 'e2e.db') });
  await loadDataset(store, join(ROOT, 'data', 'mali'), { by: 'e2e' });
  if (existsSync(SEED_TEXT)) await registerSource(store, SEED_TEXT, {}, 'e2e');
  const server = await serveApp(store, { port: 0, host: '127.0.0.1' });
  return {
    baseUrl: `http://127.0.0.1:${server.port}`,
    store,
    dbPath: join(dir, 'e2e.db'),
    register: async (name, text, title) => {
      const file = join(dir, name);
      writeFileSync(file, text);
      return (await registerSource(store, file, { title, reliability: 'F', reliabilityReason: 'a hostile test document' }, 'e2e')).source.id;
    },
    stop: async () => {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
