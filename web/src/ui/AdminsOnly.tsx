import type { ReactNode } from 'react';
import { useSession } from '../api/session.js';

/** What a signed-in user below admin sees instead of an admin page: what is closed, who they are, where to go. */
export function AdminsOnly({ closed, id, children }: { closed: string; id: string; children: ReactNode }) {
  const session = useSession();
  const user = session.state === 'ready' ? session.user : null;
  return (
    <section className="state admins-only" aria-labelledby={id}>
      <h2 id={id} className="state__title">
        Admins only
      </h2>
      <p>
        {closed} is open to administrators only.
        {user ? (
          <>
            {' '}
            You are signed in as <strong>{user.name}</strong>, a{user.role === 'editor' ? 'n' : ''} {user.role}.
          </>
        ) : null}
      </p>
      <p>{children}</p>
    </section>
  );
}
