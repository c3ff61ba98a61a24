import type { Context } from 'hono';
import { FaultlineError } from '../../core/errors.js';
import type { AttemptWindow } from './attempt-window.js';

/** Refuses a request that must wait: 429 with Retry-After in whole seconds. */
export function refuseFor(c: Context, waitMs: number, what: string): never {
  c.header('Retry-After', String(Math.ceil(waitMs / 1000)));
  throw new FaultlineError('rate_limited', `${what}; try again in ${Math.ceil(waitMs / 60_000)} minute(s)`);
}

/**
 * Runs `run` holding a place in `window` under `key`, or refuses with 429 when the key has none left.
 * `counts` says whether an outcome (undefined on success, else the error) uses up the place.
 */
export async function withinLimit<T>(
  c: Context,
  limit: { window: AttemptWindow; key: string; now: number; what: string; counts: (error: unknown) => boolean },
  run: () => Promise<T>,
): Promise<T> {
  const wait = limit.window.retryAfter(limit.key, limit.now);
  if (wait > 0) refuseFor(c, wait, limit.what);
  limit.window.take(limit.key);
  try {
    const result = await run();
    limit.window.release(limit.key, limit.now, limit.counts(undefined));
    return result;
  } catch (error) {
    limit.window.release(limit.key, limit.now, limit.counts(error));
    throw error;
  }
}
