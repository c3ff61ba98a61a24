import { useSession } from '../../api/session.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Loading } from '../../ui/Loading.js';
import { NoAccounts } from './NoAccounts.js';
import { OwnTokens } from './OwnTokens.js';
import { PasswordForm } from './PasswordForm.js';

/** The signed-in user's own account: API tokens and password. */
export function AccountView() {
  useDocumentTitle('Your account');
  const session = useSession();
  if (session.state !== 'ready') return <Loading label="your account" />;
  const user = session.user;
  return (
    <div className="account-page">
      <header className="view-head">
        <h1>Your account</h1>
        {user && session.mode === 'accounts' ? (
          <p className="view-head__lede">
            Signed in as <strong>{user.name}</strong>, {user.role === 'admin' || user.role === 'editor' ? 'an' : 'a'} {user.role}.{' '}
            {user.role === 'admin' ? 'Another' : 'Only an'} administrator can change your role.
          </p>
        ) : null}
      </header>
      {session.mode === 'local' ? (
        <NoAccounts what="tokens or passwords" />
      ) : (
        <div className="account-page__grid">
          <OwnTokens />
          <PasswordForm />
        </div>
      )}
    </div>
  );
}
