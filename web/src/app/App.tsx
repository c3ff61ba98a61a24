import { useEffect, type MouseEvent } from 'react';
import { pageKey } from '../routing/route.js';
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
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <Header query={route.view === 'search' ? route.q : ''} />
      <main id="main" className="page" tabIndex={-1}>
        <RouteView route={route} />
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
