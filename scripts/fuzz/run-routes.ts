// Sends every route's fuzzed requests as every caller to one target (the in-process app or a server
// over HTTP) and judges each answer; after every refused request the database must be as before.
import fc from 'fast-check';
import { API_ROUTES } from '../../src/server/api.js';
import type { Role } from '../../src/core/accounts.js';
import { routeCases, type FuzzCase, type Known } from './route-cases.js';
import { requestFor, Unsendable } from './targets.js';
import { judge, type Answer } from './verdict.js';
import { CALLERS, type Caller } from './world.js';

/** Where fuzzed requests go, and how to read the database behind it. */
export interface Target {
  name: string;
  /** Where request URLs start (`http://localhost` in process). */
  origin: string;
  send(request: Request): Promise<Answer>;
  fingerprint(): Promise<string>;
  /** Strings that must never appear in an answer: the repository's path, the database's location. */
  secrets: readonly string[];
  known: Known;
  tokens: Record<Role, string>;
}

/** A failed check with the request that caused it. */
export interface Failure {
  route: string;
  caller: Caller;
  request: FuzzCase;
  status: number;
  problems: string[];
  /** How to generate the same request again. */
  seed: number;
  index: number;
}

/** What one target's run sent and found. */
export interface Tally {
  target: string;
  sent: number;
  /** Generated requests the Fetch API would not build (a URL it cannot parse): never sent. */
  unsendable: number;
  statuses: Map<number, number>;
  failures: Failure[];
  /** Failures beyond the first few per route and problem, counted but not kept. */
  more: number;
  seconds: number;
}

const TIMEOUT_MS = 30_000;
const KEPT_PER_KIND = 3;

const withTimeout = <T>(work: Promise<T>): Promise<T | 'timeout'> =>
  Promise.race([work, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS).unref())]);

/** Fuzzes every declared route: `runs` requests per route and caller, from `seed`. */
export async function fuzzRoutes(target: Target, options: { runs: number; seed: number }): Promise<Tally> {
  const started = performance.now();
  const tally: Tally = { target: target.name, sent: 0, unsendable: 0, statuses: new Map(), failures: [], more: 0, seconds: 0 };
  const kept = new Map<string, number>();
  const fail = (failure: Failure) => {
    const kind = `${failure.route} ${failure.problems.join()}`;
    const n = kept.get(kind) ?? 0;
    kept.set(kind, n + 1);
    if (n < KEPT_PER_KIND) tally.failures.push(failure);
    else tally.more++;
  };
  let before = await target.fingerprint();
  for (const route of API_ROUTES) {
    const name = `${route.method.toUpperCase()} /api${route.path}`;
    for (const [c, caller] of CALLERS.entries()) {
      // One seed per route and caller, so adding a route leaves every other route's requests unchanged.
      const seed = options.seed + hash(name) + c;
      const cases = fc.sample(routeCases(route, target.known), { seed, numRuns: options.runs });
      for (const [index, request] of cases.entries()) {
        let built: Request;
        try {
          built = requestFor(target.origin, request, caller, target.tokens);
        } catch (error) {
          if (!(error instanceof Unsendable)) throw error;
          tally.unsendable++;
          continue;
        }
        const answer = await withTimeout(target.send(built));
        tally.sent++;
        const report = (status: number, problems: string[]) => fail({ route: name, caller, request, status, problems, seed, index });
        if (answer === 'timeout') {
          report(0, [`no answer within ${TIMEOUT_MS / 1000} s`]);
          continue;
        }
        tally.statuses.set(answer.status, (tally.statuses.get(answer.status) ?? 0) + 1);
        const problems = judge(request, answer, target.secrets);
        const after = await target.fingerprint();
        if (answer.status >= 400 && after !== before) problems.push('a refused request changed the database');
        before = after;
        if (problems.length) report(answer.status, problems);
      }
    }
  }
  tally.seconds = (performance.now() - started) / 1000;
  return tally;
}

/** A small stable hash of a route's name. */
function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) % 1_000_003;
  return h * 16;
}
