import { useEffect, type MouseEvent } from 'react';
import { loadSession, useSession } from '../api/session.js';
import { hrefOf, pageKey } from '../routing/route.js';
import { Loading } from '../ui/Loading.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { useRoute } from '../routing/use-route.js';
import { Header } from './Header.js';
import { RouteView } from './RouteView.js';

/** The shell: header with search on every page, then the view the URL names. */
export function App() {
  const route = useRoute();
  const page = pageKey(route);
  // A new page starts at the top; in-page changes (a footnote, a passage) scroll themselves.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, [page]);
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);
  // A team server without a session shows the login page, which comes back here afterwards.
  const mustLogIn = session.state === 'ready' && session.mode === 'accounts' && !session.user && route.view !== 'login';
  useEffect(() => {
    if (mustLogIn) window.location.replace(hrefOf({ view: 'login', back: hrefOf(route).slice(1) }));
  }, [mustLogIn, route]);
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Header query={route.view === 'search' ? route.q : ''} />
      <main id="main" className="page" tabIndex={-1}>
        {session.state === 'loading' ? (
          <Loading label="your session" />
        ) : session.state === 'failed' ? (
          <ErrorNotice what="session" error={session.error} />
        ) : mustLogIn ? null : (
          <RouteView route={route} />
        )}
      </main>
      <footer className="site-footer">
        <p>Faultline — every statement is a claim with a citation. Grades follow the Admiralty system: source reliability A–F, information credibility 1–6.</p>
      </footer>
    </>
  );
}

// With hash routing a plain #main link would replace the route, so move focus instead.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
