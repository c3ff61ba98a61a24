// CLI start-up for `npm run bench`: `faultline --help`, `actors jnim` (the yardstick), `show GATIA` and `npx faultline actors jnim`
// (the way the README calls it) against bare Node (`node -e 0`), each a fresh process, run round by round. About 20 s.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeSideBySide, type Timing } from './stats.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'faultline.mjs');
const ROUNDS = 10;

/** One line of the bench table: a CLI run and the bare Node start it is compared with. */
export interface CliStartRow {
  size: string;
  query: string;
  ours: Timing;
  baseline: { name: string; median: number };
}

const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
const npx = (args: string[]) => execFileSync('npx', args, { cwd: ROOT, stdio: 'ignore' });

/** Loads data/mali into a fresh database in `dir`, then times the two commands and the baseline side by side. */
export async function cliStart(dir: string): Promise<CliStartRow[]> {
  const db = join(dir, 'cli-start.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  // Also rebuilds dist/ when src/ is newer, so that no timed run pays for tsc.
  run([BIN, '--db', db, 'load', 'data/mali']);
  const timings = await timeSideBySide(ROUNDS, {
    node: () => run(['-e', '0']),
    help: () => run([BIN, '--help']),
    actors: () => run([BIN, '--db', db, 'actors', 'jnim']),
    show: () => run([BIN, '--db', db, 'show', 'GATIA']),
    npx: () => npx(['faultline', '--db', db, 'actors', 'jnim']),
  });
  const baseline = { name: 'node -e 0', median: timings.node.median };
  return [
    { size: 'CLI start', query: 'faultline --help', ours: timings.help, baseline },
    { size: 'CLI start, data/mali', query: 'faultline actors jnim', ours: timings.actors, baseline },
    { size: 'CLI start, data/mali', query: 'faultline show GATIA', ours: timings.show, baseline },
    { size: 'CLI start, data/mali', query: 'npx faultline actors jnim', ours: timings.npx, baseline },
  ];
}
