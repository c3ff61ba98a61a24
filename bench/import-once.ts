// `node --import tsx [--cpu-prof] bench/import-once.ts <file.csv> [db]`: one ACLED import into a new SQLite
// database, printing its wall time; for profiling each thread with --cpu-prof.
import { rmSync } from 'node:fs';
import { importAcled } from '../src/services/interop/import-acled.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const file = process.argv[2];
if (!file) throw new Error('usage: import-once.ts <file.csv> [db]');
const db = process.argv[3] ?? `/tmp/import-once-${process.pid}.db`;
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
const start = performance.now();
const store = new SqliteStore({ path: db });
const summary = await importAcled(store, file, { by: 'bench' });
await store.close();
console.log(`${summary.events} events in ${((performance.now() - start) / 1000).toFixed(1)} s`);
if (!process.argv[3]) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
