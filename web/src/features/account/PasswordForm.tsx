import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { changePassword, MIN_PASSWORD_LENGTH } from './api.js';

type Outcome = { ok: true; message: string } | { ok: false; message: string };

function describeFailure(error: unknown): string {
  if (!(error instanceof ApiError)) return 'The password could not be changed.';
  if (error.code === 'forbidden') return 'The current password is wrong.';
  if (error.code === 'rate_limited') {
    const minutes = error.retryAfterSeconds ? Math.ceil(error.retryAfterSeconds / 60) : undefined;
    return `Too many wrong passwords. Wait ${minutes ? `${minutes} minute${minutes === 1 ? '' : 's'}` : 'a while'} before trying again.`;
  }
  return `The password could not be changed: ${error.message}.`;
}

/** Changes the signed-in user's password: the current one, then the new one twice. */
export function PasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const tooShort = next.length > 0 && next.length < MIN_PASSWORD_LENGTH;
  const differs = again.length > 0 && again !== next;
  const ready = current.length > 0 && next.length >= MIN_PASSWORD_LENGTH && again === next && !busy;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const { sessionsEnded } = await changePassword(current, next);
      setNext('');
      setAgain('');
      const ended = sessionsEnded === 0 ? '' : ` ${sessionsEnded === 1 ? 'One other session was' : `${sessionsEnded} other sessions were`} signed out.`;
      setOutcome({ ok: true, message: `Password changed.${ended}` });
    } catch (error) {
      setOutcome({ ok: false, message: describeFailure(error) });
    } finally {
      setCurrent('');
      setBusy(false);
    }
  };
  return (
    <section className="account-section panel" aria-labelledby="password-title">
      <h2 id="password-title" className="account-section__title">
        Password
      </h2>
      <p className="meta account-section__lede">Changing it signs out your other browser sessions. Your API tokens keep working; revoke them separately.</p>
      <form className="password-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="password-current">Current password</label>
        <input
          id="password-current"
          className="input"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
        />
        <label htmlFor="password-new">New password</label>
        <input
          id="password-new"
          className="input"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={tooShort ? true : undefined}
          aria-describedby="password-new-hint"
          value={next}
          onChange={(event) => setNext(event.target.value)}
        />
        <p id="password-new-hint" className={tooShort ? 'field-problem' : 'meta password-form__hint'}>
          At least {MIN_PASSWORD_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.
        </p>
        <label htmlFor="password-again">New password again</label>
        <input
          id="password-again"
          className="input"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={differs ? true : undefined}
          aria-describedby={differs ? 'password-again-problem' : undefined}
          value={again}
          onChange={(event) => setAgain(event.target.value)}
        />
        {differs ? (
          <p id="password-again-problem" className="field-problem">
            The two new passwords differ.
          </p>
        ) : null}
        {outcome ? (
          <p className={outcome.ok ? 'password-form__done' : 'login__problem'} role={outcome.ok ? 'status' : 'alert'}>
            {outcome.message}
          </p>
        ) : null}
        <button className="button button--primary password-form__submit" type="submit" disabled={!ready}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </form>
    </section>
  );
}
