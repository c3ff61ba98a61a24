import { useMemo, useSyncExternalStore } from 'react';
import { hrefOf, parseHash, type Route } from './route.js';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current route, re-read on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => parseHash(hash), [hash]);
}

/** Shows a route, adding a history entry so Back works. */
export function navigate(route: Route): void {
  window.location.hash = hrefOf(route);
}
