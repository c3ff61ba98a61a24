import { useState, type FormEvent } from 'react';
import { newPasswordReady, type PasswordOutcome } from './NewPasswordFields.js';

/**
 * The state of a form that sets a new password (typed twice): `send` makes the request and returns
 * the message to show; `fail` words an error; `after` runs however it ended (clearing a current
 * password). `extraReady` adds the form's own condition for sending.
 */
export function useNewPassword(
  send: (next: string) => Promise<string>,
  fail: (error: unknown) => string,
  options: { extraReady?: boolean; after?: () => void } = {},
) {
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<PasswordOutcome | undefined>(undefined);
  const ready = (options.extraReady ?? true) && newPasswordReady(next, again) && !busy;
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setOutcome(undefined);
    try {
      const message = await send(next);
      setNext('');
      setAgain('');
      setOutcome({ ok: true, message });
    } catch (error) {
      setOutcome({ ok: false, message: fail(error) });
    } finally {
      options.after?.();
      setBusy(false);
    }
  };
  return { fields: { next, again, onNext: setNext, onAgain: setAgain }, busy, outcome, ready, submit };
}
