import { useRef } from 'react';
import type { Loadable } from '../../api/use-api.js';

/** Keeps showing the last loaded data while a new request runs, so the map does not blink empty. */
export function useSticky<T>(value: Loadable<T>): Loadable<T> & { refreshing: boolean } {
  const last = useRef<T | undefined>(undefined);
  if (value.state === 'ready') {
    last.current = value.data;
    return { ...value, refreshing: false };
  }
  if (value.state === 'loading' && last.current !== undefined) return { state: 'ready', data: last.current, refreshing: true };
  return { ...value, refreshing: false };
}
