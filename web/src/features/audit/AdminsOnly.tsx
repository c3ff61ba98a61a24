import { useSession } from '../../api/session.js';
import { hrefOf } from '../../routing/route.js';

/** What a signed-in user below admin sees instead of the log (the API answered 403). */
export function AdminsOnly() {
  const session = useSession();
  const user = session.state === 'ready' ? session.user : null;
  return (
    <section className="state admins-only" aria-labelledby="admins-only-title">
      <h2 id="admins-only-title" className="state__title">
        Admins only
      </h2>
      <p>
        The audit log is open to administrators only.
        {user ? (
          <>
            {' '}
            You are signed in as <strong>{user.name}</strong>, a{user.role === 'editor' ? 'n' : ''} {user.role}.
          </>
        ) : null}
      </p>
      <p>
        Ask an administrator to run <code>faultline audit</code>, or go back to the <a href={hrefOf({ view: 'home' })}>list of actors</a>.
      </p>
    </section>
  );
}
