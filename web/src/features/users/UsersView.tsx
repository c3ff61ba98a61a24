import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';
import { useSession } from '../../api/session.js';
import type { Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { Loading } from '../../ui/Loading.js';
import { NoAccounts } from '../account/NoAccounts.js';
import { AddUserForm } from './AddUserForm.js';
import type { UserSummary } from './api.js';
import { UsersAdminsOnly } from './UsersAdminsOnly.js';
import { UserTable } from './UserTable.js';
import { UserPassword } from './UserPassword.js';
import { UserTokens } from './UserTokens.js';

type UsersRoute = Extract<Route, { view: 'users' }>;

/** Who may sign in to this server and with what role, for administrators; `?user=` opens one user's tokens and password. */
export function UsersView({ route }: { route: UsersRoute }) {
  useDocumentTitle('Users');
  const session = useSession();
  const ready = session.state === 'ready';
  const admin = ready && session.mode === 'accounts' && session.user?.role === 'admin';
  const loaded = useApi(admin ? apiGet('/users', {}) : null);
  // Users added or changed here, by name, laid over the list as loaded.
  const [changed, setChanged] = useState<Map<string, UserSummary>>(new Map());
  const remember = (user: UserSummary) => setChanged((map) => new Map(map).set(user.name, user));

  let body;
  if (!ready) body = <Loading label="your session" />;
  else if (session.mode === 'local') body = <NoAccounts what="users" />;
  else if (!admin) body = <UsersAdminsOnly />;
  else
    body = (
      <>
        <div className="users-page__grid">
          <Async value={loaded} what="users">
            {(data) => {
              const users = [...data.users.filter((user) => !changed.has(user.name)), ...changed.values()].sort((a, b) => a.name.localeCompare(b.name));
              return <UserTable users={users} self={session.user?.name ?? ''} selected={route.user} onChange={remember} />;
            }}
          </Async>
          <AddUserForm onAdded={remember} />
        </div>
        {route.user ? (
          <div className="users-page__user">
            <UserTokens key={`${route.user}:${changed.get(route.user)?.disabled ?? ''}`} name={route.user} />
            {route.user === session.user?.name ? null : <UserPassword key={route.user} name={route.user} onSet={remember} />}
          </div>
        ) : null}
      </>
    );
  return (
    <div className="users-page">
      <header className="view-head">
        <h1>Users</h1>
        <p className="view-head__lede">
          Who may sign in to this server, and with what role. Every change here is recorded in the audit log under your name. Disabling a user signs them out
          and revokes their tokens at once.
        </p>
      </header>
      {body}
    </div>
  );
}
