import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { createOwnToken, type NewToken } from './api.js';
import { EXPIRY_CHOICES } from './model.js';

/** Names a new token and picks its lifetime; the created token (with its secret) goes to `onCreated`. */
export function NewTokenForm({ onCreated }: { onCreated: (created: NewToken) => void }) {
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState('0');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy || !name.trim()) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const created = await createOwnToken(name.trim(), EXPIRY_CHOICES[Number(expiry)]?.days);
      setName('');
      onCreated(created);
    } catch (error) {
      setProblem(error instanceof ApiError ? `The token could not be created: ${error.message}.` : 'The token could not be created.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="token-form" aria-label="Create an API token" onSubmit={(event) => void submit(event)}>
      <label className="token-form__field token-form__field--wide">
        <span className="control-group__title">What it is for</span>
        <input
          className="input"
          type="text"
          name="token-name"
          maxLength={100}
          placeholder="e.g. nightly export"
          autoComplete="off"
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <label className="token-form__field">
        <span className="control-group__title">Expires after</span>
        <select className="input" name="expiry" value={expiry} onChange={(event) => setExpiry(event.target.value)}>
          {EXPIRY_CHOICES.map((choice, i) => (
            <option key={choice.label} value={String(i)}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <button className="button button--primary token-form__submit" type="submit" disabled={busy || !name.trim()}>
        {busy ? 'Creating…' : 'Create token'}
      </button>
      {problem ? (
        <p className="field-problem token-form__problem" role="alert">
          {problem}
        </p>
      ) : null}
    </form>
  );
}
