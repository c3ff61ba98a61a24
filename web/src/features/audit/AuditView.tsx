import { useSession } from '../../api/session.js';
import type { Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { auditPath, type AuditFilter } from './api.js';
import { AdminsOnly } from './AdminsOnly.js';
import { AuditEntries } from './AuditEntries.js';
import { AuditFilters } from './AuditFilters.js';

type AuditRoute = Extract<Route, { view: 'audit' }>;

/** The append-only audit log for administrators: who changed what and when, filtered in the URL. */
export function AuditView({ route }: { route: AuditRoute }) {
  useDocumentTitle('Audit log');
  const [state, setState] = useUrlState(route);
  const filter: AuditFilter = {
    ...(state.user ? { user: state.user } : {}),
    ...(state.kind ? { kind: state.kind } : {}),
    ...(state.id ? { id: state.id } : {}),
    ...(state.since ? { since: state.since } : {}),
  };
  const path = auditPath(filter);
  // A known role below admin is refused without asking; otherwise the API's 403 says the same.
  const session = useSession();
  const refused = session.state === 'ready' && session.user !== null && session.user.role !== 'admin';
  return (
    <div className="audit">
      <header className="view-head">
        <h1>Audit log</h1>
        <p className="view-head__lede">
          Every change to the database, oldest first: records, accounts, credentials, saved views and restores. The log is append-only; nothing here can be
          edited.
        </p>
      </header>
      {refused ? (
        <AdminsOnly />
      ) : (
        <>
          <AuditFilters filter={filter} onChange={(next) => setState({ view: 'audit', ...next })} />
          <AuditEntries key={path} filter={filter} />
        </>
      )}
    </div>
  );
}
