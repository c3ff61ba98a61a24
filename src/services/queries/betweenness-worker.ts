// Worker-thread entry: computes the betweenness jobs the server posts (betweenness-thread.ts), one at a time.
import { parentPort } from 'node:worker_threads';
import { runBetweennessJob, type BetweennessJob } from '../../analysis/betweenness-job.js';

parentPort?.on('message', ({ id, job }: { id: number; job: BetweennessJob }) => {
  try {
    const answer = runBetweennessJob(job);
    parentPort?.postMessage({ id, answer }, [answer.scores.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
