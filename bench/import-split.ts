// `node --import tsx bench/import-split.ts <file.csv>`: the CPU seconds of the two sides of an ACLED import
// into SQLite, each run alone in this one thread: reading (`runRowJob` over the whole file, as the worker
// runs it, with the batches put on the wire) and then writing those batches into a new database (a series,
// as the import writes them, secondary indexes and summaries rebuilt at its end). With both threads of a
// real import competing for two shared cores, each thread's CPU swings with the load; one thread at a time
// swings less, and says which side is the longer path. The file's text is taken as it is (generated files
// are already in normal form) and the wire messages are not cloned between threads.
// `--without-claims` writes the events alone, leaving out the claim citing each row: a scratch measure of
// what the claim versions cost the writer (the import as such always writes both).
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Change } from '../src/core/store-port.js';
import { sha256Hex } from '../src/core/text/normalise.js';
import { ImportedEvents } from '../src/services/interop/imported-events.js';
import { fromWire, runRowJob, toWire, type RowJob, type RowWireMessage } from '../src/services/interop/row-job.js';
import { loadGazetteer } from '../src/services/places/load-gazetteer.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';

const file = process.argv[2];
if (!file) throw new Error('usage: import-split.ts <file.csv> [--without-claims]');
const withoutClaims = process.argv.includes('--without-claims');
loadGazetteer();
const text = readFileSync(file, 'utf8');
const sourceId = sha256Hex(text);
const job: RowJob = {
  format: 'acled',
  text,
  file,
  sourceId,
  method: 'import:acled',
  by: 'bench',
  at: '2026-01-01',
  prefix: 'acled',
  label: 'ACLED',
  actors: [],
  mapping: [],
  places: [],
  batchRows: 10_000,
};
const seconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

let start = process.cpuUsage();
const wire: RowWireMessage[] = [];
runRowJob(job, (message) => wire.push(toWire(message)));
const reading = seconds(process.cpuUsage(start));

const db = `/tmp/import-split-${process.pid}.db`;
const store = new SqliteStore({ path: db });
start = process.cpuUsage();
let events = 0;
// The CPU spent once every batch is written: what the series' end (index builds, summaries) adds is the rest.
let batches = 0;
await store.bulk(2 * wire.length * job.batchRows, async () => {
  const source = { id: sourceId, title: 'ACLED export', publisher: 'ACLED', kind: 'dataset', reliability: 'B', reliabilityReason: 'bench' };
  await store.write([{ kind: 'source', record: source } as Change], { by: 'bench' });
  for (const posted of wire) {
    const message = fromWire(posted);
    if (message.type === 'failed') throw new Error(message.message);
    if (message.type !== 'batch') continue;
    const batch = ImportedEvents.of(message.events);
    events += batch.count;
    const places = message.places.map((record): Change => ({ kind: 'place', record }));
    const changes = batch.slice(0, batch.length);
    await store.write([...places, ...(withoutClaims ? changes.filter((c) => c.kind !== 'claim') : changes)], { by: 'bench', trusted: true });
  }
  batches = seconds(process.cpuUsage(start));
});
const writing = seconds(process.cpuUsage(start));
await store.close();
for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(db + suffix, { force: true });
console.log(
  `${events} events: reading ${reading.toFixed(2)} s CPU, writing ${writing.toFixed(2)} s CPU (batches ${batches.toFixed(2)}, end ${(writing - batches).toFixed(2)})${withoutClaims ? ' without claims' : ''} (load ${(loadavg()[0] ?? NaN).toFixed(1)})`,
);
