import { on } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { fromWire, runRowJob, type RowJob, type RowMessage, type RowWireMessage } from './row-job.js';

const YOUNG_GENERATION_MB = 192;

/** The messages of reading an export, and how the writer says it has finished a batch. */
export interface RowReader {
  messages: AsyncIterable<RowMessage>;
  /** Called once per batch written: the worker reads ahead by at most a few batches. */
  written(): void;
  /** Stops reading (the writer failed). */
  stop(): Promise<void>;
}

/** Reads in the calling thread: every message is produced before the first is handed on. */
export function readRowsHere(job: RowJob): RowReader {
  const messages: RowMessage[] = [];
  runRowJob(job, (message) => messages.push(message));
  return {
    messages: (async function* () {
      yield* messages;
    })(),
    written: () => undefined,
    stop: async () => undefined,
  };
}

/** A reading thread started ahead of its job, so that it loads its code and the gazetteer while the file is still being read. */
export interface RowWorker {
  /** Hands the worker its export; call once. */
  read(job: RowJob): RowReader;
  /** Ends the worker, whether or not it was given a job. */
  stop(): Promise<void>;
}

/**
 * Starts a worker thread to read an export, so that checking and building the rows of a large export
 * runs beside the writing of earlier batches on a second core. The worker starts before its job is
 * known: while the calling thread reads, decodes and hashes the file (a second or more for a large
 * one), the worker loads its modules and the gazetteer, instead of the writer waiting for both after.
 * From the compiled code the worker is a plain module; from the TypeScript sources (tests, benchmarks)
 * it is loaded through tsx's require hook, since Node 20's workers do not inherit the parent's module
 * loader.
 */
export function startRowWorker(): RowWorker {
  const written = new SharedArrayBuffer(4);
  const counter = new Int32Array(written);
  const fromSources = import.meta.url.endsWith('.ts');
  const entry = fileURLToPath(new URL(fromSources ? './row-worker.ts' : './row-worker.js', import.meta.url));
  const workerData = { written };
  // The reading allocates a few short-lived objects per field; a young generation four times V8's
  // default collects them less often (the whole import measured about a tenth less CPU).
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
  const worker = fromSources
    ? new Worker(`require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, {
        eval: true,
        workerData,
        resourceLimits,
      })
    : new Worker(entry, { workerData, resourceLimits });
  const exited = new AbortController();
  worker.once('exit', () => exited.abort());
  // Listening starts now, not when the writer first asks: a worker emits each message once, and the
  // batches it posts while the writer is still registering the source (seconds for a large file on
  // PostgreSQL) would otherwise be lost, leaving writer and worker each waiting for the other.
  const posted = on(worker, 'message', { signal: exited.signal }) as AsyncIterable<[RowWireMessage]>;
  const stop = async () => {
    // Wake the worker should it be waiting for the writer, then end it.
    Atomics.store(counter, 0, 1 << 30);
    Atomics.notify(counter, 0);
    await worker.terminate();
  };
  return {
    read: (job) => {
      worker.postMessage(job);
      return {
        messages: (async function* () {
          try {
            for await (const [wire] of posted) {
              const message = fromWire(wire);
              yield message;
              if (message.type !== 'batch') return;
            }
          } catch (error) {
            if (exited.signal.aborted) throw new Error('the thread reading the export stopped before the end', { cause: error });
            throw error;
          }
        })(),
        written: () => {
          Atomics.add(counter, 0, 1);
          Atomics.notify(counter, 0);
        },
        stop,
      };
    },
    stop,
  };
}
