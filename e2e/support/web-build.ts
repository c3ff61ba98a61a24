// Builds the web app into web/dist for the browser suites and the browser benchmark.
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Always React's production build: vitest sets NODE_ENV=test, which would make Vite bundle the
 * development build; `npm start` serves whatever is in web/dist, and the browser benchmark measures it.
 */
export function buildWeb(): void {
  execSync('npm run build:web', { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}
