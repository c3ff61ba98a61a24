// `npm start`: builds what is missing, creates the embedded database, loads data/mali when the
// database is empty, registers the seed documents' texts when ../shared/seeds is present, and serves
// http://localhost:8080. Options: PORT, FAULTLINE_DB, FAULTLINE_HOST, and FAULTLINE_TRUST_PROXY=1 behind a
// reverse proxy (serve --trust-proxy, docs/security.md).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

function newestMtime(dir) {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestMtime(path) : stat.mtimeMs);
  }
  return newest;
}
const stale = (output, sources) => !existsSync(output) || sources.some((s) => existsSync(s) && newestMtime(s) > statSync(output).mtimeMs);
// The web app is always built for production: a NODE_ENV left at test or development would bundle React's development build.
const npm = (script) =>
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });

if (stale(join(root, 'dist', 'cli', 'main.js'), [join(root, 'src')])) {
  console.log('building the server (tsc)…');
  npm('build:server');
}
// The web app bundles pure code from src/analysis and src/core (tie certainty, lifespans, genealogy lanes).
if (stale(join(root, 'web', 'dist', 'index.html'), [join(root, 'web', 'src'), join(root, 'src', 'analysis'), join(root, 'src', 'core')])) {
  console.log('building the web app (vite)…');
  npm('build:web');
}

const { main } = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href);
const run = async (args) => {
  const code = await main(args);
  if (code !== 0) process.exit(code);
};
await run(['init']);
const { openStore } = await import(pathToFileURL(join(root, 'dist', 'composition-root.js')).href);
const store = await openStore();
const counts = await store.counts();
await store.close();
if (counts.actor === 0) {
  console.log('empty database: loading data/mali…');
  await run(['load', 'data/mali', '--by', 'npm-start']);
}
const seeds = join(root, '..', 'shared', 'seeds');
if (existsSync(seeds)) {
  const files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(seeds, f));
  if (files.length) await run(['sources', 'add', ...files]);
}
const trustProxy = ['1', 'true', 'yes'].includes((process.env.FAULTLINE_TRUST_PROXY ?? '').toLowerCase()) ? ['--trust-proxy'] : [];
await run(['serve', '--port', process.env.PORT ?? '8080', '--host', process.env.FAULTLINE_HOST ?? 'localhost', ...trustProxy]);
