import type { ReactNode } from 'react';
import type { Loadable } from '../api/use-api.js';
import { ErrorNotice } from './ErrorNotice.js';
import { Loading } from './Loading.js';

/** Renders a request's loading and error states, and `children(data)` once it is ready. */
export function Async<T>({ value, what, children }: { value: Loadable<T>; what: string; children: (data: T) => ReactNode }) {
  if (value.state === 'loading') return <Loading label={what} />;
  if (value.state === 'failed') return <ErrorNotice what={what} error={value.error} />;
  return <>{children(value.data)}</>;
}
