import { useCallback, useState } from 'react';
import { hrefOf, type Route } from './route.js';

/**
 * A view's state kept in the URL without a history entry per change: a slider can scrub through
 * hundreds of values and the link stays shareable, while Back still leaves the page. A different
 * route from outside (a link, Back) replaces the state.
 */
export function useUrlState<R extends Route>(route: R): [R, (next: R) => void] {
  const [state, setState] = useState(route);
  const [seen, setSeen] = useState(() => hrefOf(route));
  const incoming = hrefOf(route);
  if (incoming !== seen) {
    setSeen(incoming);
    if (incoming !== hrefOf(state)) setState(route);
  }
  const update = useCallback((next: R) => {
    const href = hrefOf(next);
    if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
    setState(next);
  }, []);
  return [state, update];
}
