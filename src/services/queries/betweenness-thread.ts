import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { betweennessFrom, betweennessJob, type BetweennessAnswer } from '../../analysis/betweenness-job.js';
import { betweennessOf, type Betweenness } from '../../analysis/betweenness.js';
import type { AbstractGraph } from 'graphology-types';

/** Computes a graph's betweenness (exact or estimated, as `betweennessOf` decides), here or elsewhere. */
export type BetweennessRunner = (graph: AbstractGraph) => Promise<Betweenness>;

/** In the calling thread: for the CLI, which has nothing else to answer meanwhile. */
export const betweennessHere: BetweennessRunner = async (graph) => betweennessOf(graph);

/** Work (nodes × (nodes + edges)) under which a graph stays in the calling thread: about 30 ms, less than a hand-off. */
const IN_THREAD_WORK = 1e6;

interface Pending {
  resolve: (answer: BetweennessAnswer) => void;
  reject: (error: Error) => void;
}

/**
 * Betweenness in one worker thread, started on first use and kept for later requests, so a server
 * answers other requests while a large graph is computed. Jobs queue in the worker, one at a time,
 * leaving the second core to the server. Small graphs stay in the calling thread (`minWork`).
 * From the TypeScript sources (tests, benchmarks) the worker loads through tsx's require hook, as
 * Node 20's workers do not inherit the parent's module loader (see interop/row-reader.ts).
 */
export function betweennessThread({ minWork = IN_THREAD_WORK } = {}): { run: BetweennessRunner; close: () => Promise<void> } {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let next = 0;
  const fail = (failed: Worker, error: Error) => {
    for (const job of pending.values()) job.reject(error);
    pending.clear();
    if (worker === failed) worker = undefined;
  };
  const start = () => {
    const fromSources = import.meta.url.endsWith('.ts');
    const entry = fileURLToPath(new URL(fromSources ? './betweenness-worker.ts' : './betweenness-worker.js', import.meta.url));
    const started = fromSources
      ? new Worker(`require(${JSON.stringify(createRequire(import.meta.url).resolve('tsx/cjs'))}); require(${JSON.stringify(entry)});`, { eval: true })
      : new Worker(entry);
    started.on('message', ({ id, answer, error }: { id: number; answer?: BetweennessAnswer; error?: string }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) started.unref();
      if (answer) job?.resolve(answer);
      else job?.reject(new Error(`betweenness failed in its worker: ${error ?? 'no answer'}`));
    });
    started.on('error', (error) => fail(started, error));
    started.on('exit', (code) => fail(started, new Error(`the betweenness worker stopped (exit code ${code})`)));
    return started;
  };
  return {
    run: async (graph) => {
      if (graph.order * (graph.order + graph.size) < minWork) return betweennessOf(graph);
      const job = betweennessJob(graph);
      const answer = await new Promise<BetweennessAnswer>((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        worker ??= start();
        // Held while a job is out, so a caller awaiting it keeps the process alive; let go when idle.
        worker.ref();
        worker.postMessage({ id, job }, [job.edges.buffer]);
      });
      return betweennessFrom(graph, answer);
    },
    close: async () => {
      const stopping = worker;
      worker = undefined;
      await stopping?.terminate();
    },
  };
}
