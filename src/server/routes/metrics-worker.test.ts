// GET /api/metrics computes betweenness in a worker thread: the server answers other requests meanwhile,
// and the figures are the ones computed in the calling thread.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActor, buildClaim, buildRelation, buildSource } from '../../../test/factories.js';
import { betweennessFrom, betweennessJob, runBetweennessJob } from '../../analysis/betweenness-job.js';
import { betweennessOf } from '../../analysis/betweenness.js';
import type { Change } from '../../core/store-port.js';
import { snapshotGraph } from '../../analysis/graph.js';
import { seededRandom } from '../../analysis/random.js';
import { betweennessHere, betweennessThread, type BetweennessRunner } from '../../services/queries/betweenness-thread.js';
import { metrics, type MetricsResult } from '../../services/queries/metrics.js';
import { snapshot } from '../../services/queries/snapshot.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { queryRoutes } from './query-routes.js';

const ACTORS = 1_500;

/** A sparse random world large enough that its betweenness goes to the worker (≈ 1.5k actors, 2.5k ties). */
async function world(): Promise<SqliteStore> {
  const store = new SqliteStore({ path: ':memory:' });
  const random = seededRandom(5);
  const changes: Change[] = [{ kind: 'source', record: buildSource() }];
  for (let i = 0; i < ACTORS; i++) changes.push({ kind: 'actor', record: buildActor(`a${i}`) }, { kind: 'claim', record: buildClaim(`actor:a${i}`, 1) });
  for (let i = 0; i < ACTORS * 1.7; i++) {
    const from = i < ACTORS - 1 ? i + 1 : Math.floor(random() * ACTORS);
    const to = i < ACTORS - 1 ? Math.floor(random() * (i + 1)) : Math.floor(random() * ACTORS);
    if (from === to) continue;
    const relation = buildRelation(`t${i}`, { type: 'allied_with', from: `actor:a${from}`, to: `actor:a${to}`, valid: '2015/..' });
    changes.push({ kind: 'relation', record: relation }, { kind: 'claim', record: buildClaim(relation.id, 1) });
  }
  await store.write(changes, { by: 'test' });
  return store;
}

/**
 * A runner that, once called, asks for the next turn of the event loop (a macrotask, as the next
 * request's arrival is): in the calling thread that turn comes only after betweenness has finished.
 */
function observed(run: BetweennessRunner): { run: BetweennessRunner; nextTurn: Promise<void> } {
  let said: () => void = () => undefined;
  const nextTurn = new Promise<void>((resolve) => (said = resolve));
  return {
    nextTurn,
    run: (graph) => {
      setImmediate(said);
      return run(graph);
    },
  };
}

describe('betweenness in a worker thread', () => {
  let store: SqliteStore;
  const thread = betweennessThread();
  beforeAll(async () => {
    store = await world();
  }, 60_000);
  afterAll(async () => {
    await thread.close();
    await store.close();
  });

  it('answers a trivial request while a large betweenness runs, and gives the same metrics as the calling thread', async () => {
    const runner = observed(thread.run);
    const app = new Hono().route('/api', queryRoutes(store, runner.run)).get('/api/ping', (c) => c.text('pong'));
    const finished: string[] = [];
    const heavy = Promise.resolve(app.request('/api/metrics?asOf=2016&top=20')).then(async (response) => {
      finished.push('metrics');
      return (await response.json()) as MetricsResult;
    });
    await runner.nextTurn;
    const ping = await app.request('/api/ping');
    finished.push('ping');
    expect(await ping.text()).toBe('pong');
    const body = await heavy;
    expect(finished).toEqual(['ping', 'metrics']);
    expect(body.betweenness).toEqual({ exact: true, sources: body.actors, nodes: body.actors });
    expect(body.actors).toBeGreaterThan(1_000);
    const here = await metrics(store, '2016', { top: 20, betweenness: betweennessHere });
    expect(body.top).toEqual(here.top);
  });

  it('computes in the worker what the calling thread computes, to the last bit, and so does an estimate sent as a job', async () => {
    const graph = snapshotGraph(await snapshot(store, { asOf: '2016' }));
    expect(await thread.run(graph)).toEqual(betweennessOf(graph));
    const estimate = betweennessFrom(graph, runBetweennessJob(betweennessJob(graph, { sources: 40, seed: 2 })));
    expect(estimate).toEqual(betweennessOf(graph, { sources: 40, seed: 2 }));
    expect(estimate.exact).toBe(false);
  });

  it('says when the figure is an estimate', async () => {
    const m = await metrics(store, '2016', { top: 5, betweenness: async (graph) => betweennessOf(graph, { sources: 50 }) });
    expect(m.betweenness).toEqual({ exact: false, sources: 50, nodes: m.actors });
  });
});
