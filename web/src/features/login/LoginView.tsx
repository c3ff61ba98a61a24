import { useState, type FormEvent } from 'react';
import { signedIn, useSession } from '../../api/session.js';
import { hrefOf, parseHash } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { describeFailure, logIn } from './api.js';

/** Where to go after signing in: the page that asked for it, else the home page. */
export function afterLogin(back: string | undefined): string {
  const route = back ? parseHash(`#${back}`) : undefined;
  return route && route.view !== 'login' && route.view !== 'not-found' ? hrefOf(route) : hrefOf({ view: 'home' });
}

/** The sign-in form of a team server; in local mode and once signed in it says so and links on. */
export function LoginView({ back }: { back?: string | undefined }) {
  useDocumentTitle('Sign in');
  const session = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const next = afterLogin(back);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(undefined);
    const result = await logIn(name.trim(), password);
    setBusy(false);
    if (!result.ok) {
      setProblem(describeFailure(result));
      if (result.reason === 'wrong') setPassword('');
      return;
    }
    signedIn(result.user);
    window.location.replace(next);
  };

  if (session.state === 'ready' && session.mode === 'local') {
    return (
      <section className="login state" aria-labelledby="login-title">
        <h1 id="login-title">No sign-in needed</h1>
        <p>This server runs in single-user mode on this machine: you act as its administrator.</p>
        <p>
          <a href={next}>Continue</a>
        </p>
      </section>
    );
  }
  const user = session.state === 'ready' ? session.user : null;
  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      {user ? (
        <p className="login__signed-in">
          Signed in as <strong>{user.name}</strong> ({user.role}). <a href={next}>Continue</a>, or sign in as someone else.
        </p>
      ) : (
        <p className="login__lede">This Faultline server keeps confidential material; sign in with the account an administrator gave you.</p>
      )}
      <form className="login__form panel" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="login-name">Name</label>
        <input
          id="login-name"
          className="input"
          type="text"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          className="input"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'login-problem' : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
        {problem ? (
          <p id="login-problem" className="login__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <button className="button button--primary login__submit" type="submit" disabled={busy || !name.trim() || !password}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="meta login__help">
        No account? An administrator adds one with <code>faultline users add</code>.
      </p>
    </section>
  );
}
