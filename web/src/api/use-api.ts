import { useEffect, useState } from 'react';
import type { ApiUrl } from './contract.js';
import { ApiError, getJson } from './client.js';

/** What a component sees of a request: loading, its data, or a coded error. */
export type Loadable<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: ApiError };

type Settled<T> = { path: string; result: Loadable<T> };

/** Loads `url` (made by `apiGet`, which types the answer) from the API, again whenever it changes; `null` waits without requesting. */
export function useApi<T>(url: ApiUrl<T> | null): Loadable<T> {
  const path: string | null = url;
  const [settled, setSettled] = useState<Settled<T> | undefined>(undefined);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    getJson<T>(path, controller.signal).then(
      (data) => setSettled({ path, result: { state: 'ready', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiError ? error : new ApiError(0, 'client', 'the response could not be read', { cause: error });
        setSettled({ path, result: { state: 'failed', error: failure } });
      },
    );
    return () => controller.abort();
  }, [path]);
  // A result for an earlier path is stale: show loading until the new one settles.
  return settled && settled.path === path ? settled.result : { state: 'loading' };
}
