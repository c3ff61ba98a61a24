// Vitest global setup: builds the web app once, before any browser suite starts, when web/dist is
// missing or older than web/src or the pure src/ code it bundles (src/analysis, src/core) — parallel
// suites must not each run a build into the same folder. Likewise the compiled CLI and server in
// dist/, which bin/faultline.mjs and npm start run (and would otherwise each rebuild when stale).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWeb } from './web-build.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

export default function setup(): void {
  const cli = join(ROOT, 'dist', 'cli', 'main.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(ROOT, 'src'))) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  }
  const index = join(ROOT, 'web', 'dist', 'index.html');
  const sources = [join(ROOT, 'web', 'src'), join(ROOT, 'src', 'analysis'), join(ROOT, 'src', 'core')];
  // docs/queries.md is bundled too: the app's methods reader shows it.
  const docs = statSync(join(ROOT, 'docs', 'queries.md')).mtimeMs;
  if (existsSync(index) && sources.every((dir) => statSync(index).mtimeMs >= newest(dir)) && statSync(index).mtimeMs >= docs) return;
  buildWeb();
}
