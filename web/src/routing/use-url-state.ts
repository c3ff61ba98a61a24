import { useCallback, useEffect, useRef, useState } from 'react';
import { hrefOf, type Route } from './route.js';

/** How a state change reaches the address bar. */
export interface UrlWrite {
  /**
   * Part of a continuous gesture (a slider being dragged or played): the address is written once the
   * values rest for a moment. Chromium reloads the page icon on every address change, which cost a
   * few milliseconds per frame while scrubbing.
   */
  coalesce?: boolean;
}

const REST_MS = 150;

/**
 * A view's state kept in the URL without a history entry per change: a slider can scrub through
 * hundreds of values and the link stays shareable, while Back still leaves the page. A different
 * route from outside (a link, Back) replaces the state.
 */
export function useUrlState<R extends Route>(route: R): [R, (next: R, how?: UrlWrite) => void] {
  const [state, setState] = useState(route);
  const [seen, setSeen] = useState(() => hrefOf(route));
  const pending = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pending.current), []);
  const incoming = hrefOf(route);
  if (incoming !== seen) {
    setSeen(incoming);
    if (incoming !== hrefOf(state)) setState(route);
  }
  const update = useCallback((next: R, how?: UrlWrite) => {
    const href = hrefOf(next);
    const write = () => {
      if (window.location.hash !== href) window.history.replaceState(window.history.state, '', href);
    };
    window.clearTimeout(pending.current);
    if (how?.coalesce) pending.current = window.setTimeout(write, REST_MS);
    else write();
    setState(next);
  }, []);
  return [state, update];
}
