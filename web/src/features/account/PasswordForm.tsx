import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { changePassword } from './api.js';
import { NewPasswordFields, PasswordSubmit } from './NewPasswordFields.js';
import { useNewPassword } from './use-new-password.js';

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
  const form = useNewPassword(
    async (next) => {
      const { sessionsEnded } = await changePassword(current, next);
      const ended = sessionsEnded === 0 ? '' : ` ${sessionsEnded === 1 ? 'One other session was' : `${sessionsEnded} other sessions were`} signed out.`;
      return `Password changed.${ended}`;
    },
    describeFailure,
    { extraReady: current.length > 0, after: () => setCurrent('') },
  );
  return (
    <section className="account-section panel" aria-labelledby="password-title">
      <h2 id="password-title" className="account-section__title">
        Password
      </h2>
      <p className="meta account-section__lede">Changing it signs out your other browser sessions. Your API tokens keep working; revoke them separately.</p>
      <form className="password-form" onSubmit={(event) => void form.submit(event)} noValidate>
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
        <NewPasswordFields id="password" label="New password" {...form.fields} />
        <PasswordSubmit outcome={form.outcome} ready={form.ready} busy={form.busy} label="Change password" working="Changing…" />
      </form>
    </section>
  );
}
