import { useState } from 'react';
import { signOut, useSession } from '../api/session.js';
import { hrefOf } from '../routing/route.js';

/** The header's account corner: who is signed in and their role, linking to their account page, their saved views and a sign-out button; or a quiet local-mode badge. */
export function AccountMenu() {
  const session = useSession();
  const [leaving, setLeaving] = useState(false);
  if (session.state !== 'ready') return null;
  if (session.mode === 'local') {
    return (
      <div className="account" aria-label="Account">
        <SavedViewsLink />
        <span className="account--local" title="Single-user mode: no sign-in on this machine; you act as the local administrator.">
          Local mode
        </span>
      </div>
    );
  }
  if (!session.user) {
    return (
      <a className="account__sign-in" href={hrefOf({ view: 'login' })}>
        Sign in
      </a>
    );
  }
  const leave = () => {
    setLeaving(true);
    // Go to the login page first so the page being left does not ask for its data again.
    window.location.assign(hrefOf({ view: 'login' }));
    void signOut().finally(() => setLeaving(false));
  };
  return (
    <div className="account" aria-label="Account">
      <a className="account__user" href={hrefOf({ view: 'account' })} title="Your account: API tokens and password">
        <span className="visually-hidden">Your account: signed in as </span>
        <span className="account__name">{session.user.name}</span> <span className="account__role">{session.user.role}</span>
      </a>
      <SavedViewsLink />
      <button className="account__sign-out" type="button" onClick={leave} disabled={leaving}>
        Sign out
      </button>
    </div>
  );
}

/** A star, as on the "Save this view" buttons, leading to the user's saved views; small, for a full header. */
function SavedViewsLink() {
  return (
    <a className="account__views" href={hrefOf({ view: 'views' })} title="Saved views: pages you kept, with your notes">
      <span aria-hidden="true">☆</span>
      <span className="visually-hidden">Saved views</span>
    </a>
  );
}
