#!/usr/bin/env node
// Runs the compiled CLI; (re)builds it first when dist/ is missing or older than src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'cli', 'main.js');

// The newest modification among the files the build compiles: one recursive listing, and no stat of the
// tests, contract suites and test helpers that tsconfig.build.json leaves out (editing a test must not
// trigger a build either). This runs on every start, so it is kept to what decides.
const NOT_BUILT = /(\.test|\.contract)\.ts$|(^|\/)testing\.ts$/;
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || NOT_BUILT.test(entry.name)) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

if (!existsSync(entry) || newest(join(root, 'src')) > statSync(entry).mtimeMs) {
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
}
const { main } = await import(pathToFileURL(entry).href);
process.exitCode = await main(process.argv.slice(2));
