// `npx tsx bench/import-cpu.ts [--rows 100000] [--repeat 3] [--file acled.csv]`: the ACLED import into SQLite
// with the CPU seconds each thread spent (from /proc/self/task, Linux only), beside `sqlite3 .import` of the
// same file in the same rounds. On a loaded machine wall times swing twofold from minute to minute; the
// CPU of the writing (main) and reading (worker) threads is the steadier figure for comparing two versions
// of the code: run this in each checkout on the same --file, alternating.
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateAcledCsv } from '../src/interop/acled/generate-acled.js';
import { importAcled } from '../src/services/interop/import-acled.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const rows = Number(arg('rows', '100000'));
const repeat = Number(arg('repeat', '3'));
const dir = mkdtempSync(join(tmpdir(), 'faultline-import-cpu-'));
const file = arg('file', join(dir, 'acled.csv'));

if (!existsSync(file)) {
  const out = createWriteStream(file);
  for (const chunk of generateAcledCsv(rows)) if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** CPU seconds (user + system) of each live thread of this process, by thread id. */
function threadTimes(): Map<string, { name: string; cpu: number }> {
  const times = new Map<string, { name: string; cpu: number }>();
  if (!existsSync('/proc/self/task')) return times;
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      times.set(tid, { name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), cpu: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const spread = (values: number[]) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
const shell = (process.env['PATH'] ?? '').split(':').find((d) => d && existsSync(join(d, 'sqlite3')));
const runs = { shell: [] as number[], wall: [] as number[], cpu: [] as number[], main: [] as number[], reader: [] as number[] };
try {
  for (let round = 1; round <= repeat; round++) {
    if (shell) {
      const start = performance.now();
      execFileSync(join(shell, 'sqlite3'), [join(dir, 'shell.db')], {
        input: `.mode csv\n.import '${file.replaceAll("'", "''")}' acled\n`,
        stdio: ['pipe', 'ignore', 'inherit'],
      });
      runs.shell.push((performance.now() - start) / 1000);
      rmSync(join(dir, 'shell.db'), { force: true });
    }
    const db = join(dir, 'ours.db');
    const before = threadTimes();
    // Threads end before the import returns (the reading worker): their last reading is kept.
    const last = new Map(before);
    const sample = setInterval(() => threadTimes().forEach((t, tid) => last.set(tid, t)), 100);
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    const store = new SqliteStore({ path: db });
    await importAcled(store, file, { by: 'bench' });
    await store.close();
    const wall = (performance.now() - start) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sample);
    threadTimes().forEach((t, tid) => last.set(tid, t));
    const spent = [...last].map(([tid, t]) => ({ tid, name: t.name, cpu: t.cpu - (before.get(tid)?.cpu ?? 0) }));
    const main = spent.find((t) => t.tid === String(process.pid))?.cpu ?? NaN;
    // The reading worker: the busiest thread other than the main one (V8's helpers take well under a second each).
    const reader = Math.max(...spent.filter((t) => t.tid !== String(process.pid) && !before.has(t.tid)).map((t) => t.cpu), 0);
    for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
    runs.wall.push(wall);
    runs.cpu.push((cpu.user + cpu.system) / 1e6);
    runs.main.push(main);
    runs.reader.push(reader);
    console.log(
      `  round ${round}: sqlite3 .import ${runs.shell.at(-1)?.toFixed(1) ?? '-'} s; ours ${wall.toFixed(1)} s wall, ${runs.cpu.at(-1)?.toFixed(1)} s CPU (main ${main.toFixed(1)}, reader ${reader.toFixed(1)}) (load ${(loadavg()[0] ?? NaN).toFixed(1)})`,
    );
  }
  const line = (label: string, values: number[]) =>
    `  ${label.padEnd(40)} ${median(values).toFixed(1).padStart(6)} s (spread ${spread(values)} over ${values.length})`;
  console.log(`ACLED import into SQLite, ${file}, medians of ${repeat}; load average ${(loadavg()[0] ?? NaN).toFixed(1)} at the end`);
  if (shell) console.log(line('sqlite3 .import, wall', runs.shell));
  else console.log('  !! sqlite3 .import SKIPPED: the sqlite3 shell is not installed (apt-get install sqlite3)');
  console.log(line('ours, wall', runs.wall));
  console.log(line('ours, CPU of every thread', runs.cpu));
  console.log(line('ours, CPU of the main (writing) thread', runs.main));
  // Below some 20,000 rows (WORKER_FROM in import-events.ts) the rows are read in the main thread.
  if (runs.reader.some((cpu) => cpu > 0)) console.log(line('ours, CPU of the reading worker', runs.reader));
  else console.log('  ours, reading worker: none (a file this small is read in the main thread)');
  if (shell) console.log(`  ratio ours / sqlite3 .import (wall): ${(median(runs.wall) / median(runs.shell)).toFixed(1)}× (target ≤ 5× at a million rows)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
