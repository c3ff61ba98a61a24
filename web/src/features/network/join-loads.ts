import type { Loadable } from '../../api/use-api.js';

/** Two requests as one: loading until both are ready, failed as soon as one fails. */
export function joinLoads<A, B>(a: Loadable<A>, b: Loadable<B>): Loadable<[A, B]> {
  if (a.state === 'failed') return a;
  if (b.state === 'failed') return b;
  if (a.state === 'loading' || b.state === 'loading') return { state: 'loading' };
  return { state: 'ready', data: [a.data, b.data] };
}
