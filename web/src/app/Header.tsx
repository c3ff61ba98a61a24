import { isAdmin, useSession } from '../api/session.js';
import { hrefOf } from '../routing/route.js';
import { AccountMenu } from './AccountMenu.js';
import { SearchBox } from './SearchBox.js';

/** The banner on every page: product name, main sections, actor search. */
export function Header({ query }: { query: string }) {
  const session = useSession();
  const admin = isAdmin(session);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href={hrefOf({ view: 'home' })}>
          <svg className="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <path d="M6 20 L13 13 L17 17 L26 8" />
          </svg>
          Faultline
        </a>
        <nav aria-label="Main">
          <ul className="site-nav">
            <li>
              <a href={hrefOf({ view: 'home' })}>Actors</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'sources' })}>Sources</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'network' })}>Network</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'diff' })}>Changes</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'timeline' })}>Timeline</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'map' })}>Map</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'trends' })}>Trends</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'disputes' })}>Disputes</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'analytics' })}>Analytics</a>
            </li>
            <li>
              <a href={hrefOf({ view: 'review' })}>Review</a>
            </li>
            {admin ? (
              <li>
                <a href={hrefOf({ view: 'audit' })}>Audit</a>
              </li>
            ) : null}
            {admin && session.state === 'ready' && session.mode === 'accounts' ? (
              <li>
                <a href={hrefOf({ view: 'users' })}>Users</a>
              </li>
            ) : null}
          </ul>
        </nav>
        <SearchBox initial={query} />
        <AccountMenu />
      </div>
    </header>
  );
}
