// Worker-thread entry: reads one export (see row-job.ts) and posts its batches to the thread that
// writes them. The shared counter holds how many batches the writer has finished; the reader waits
// when it is more than eight ahead, so an import never holds more than a few batches in memory (some tens
// of megabytes of ACLED rows). Eight rather than four: the reader now starts while the writer is still
// reading and hashing the file (pending-source.ts), seconds in which it can read on.
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../places/load-gazetteer.js';
import { runRowJob, toWire, type RowJob } from './row-job.js';

const { written } = workerData as { written: SharedArrayBuffer };
const done = new Int32Array(written);
const AHEAD = 8;
// Loaded before the job arrives (it is remembered): the thread that started this one is still reading the file.
loadGazetteer();
parentPort?.once('message', (job: RowJob) => {
  let posted = 0;
  runRowJob(job, (message) => {
    parentPort?.postMessage(toWire(message));
    if (message.type !== 'batch') return;
    posted++;
    for (let seen = Atomics.load(done, 0); posted - seen > AHEAD; seen = Atomics.load(done, 0)) Atomics.wait(done, 0, seen);
  });
});
