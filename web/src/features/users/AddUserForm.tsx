import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import type { Role } from '../../api/session.js';
import { MIN_PASSWORD_LENGTH } from '../account/api.js';
import { ROLE_HELP } from '../account/model.js';
import { Problem } from '../../ui/Problem.js';
import { PasswordInput } from '../account/NewPasswordFields.js';
import { addUser, type UserSummary } from './api.js';
import { RoleOptions } from './RoleOptions.js';

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** Adds a user with a role and an initial password, which the administrator hands over and the user then changes. */
export function AddUserForm({ onAdded }: { onAdded: (user: UserSummary) => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const badName = name.length > 0 && !NAME.test(name);
  const shortPassword = password.length > 0 && password.length < MIN_PASSWORD_LENGTH;
  const ready = NAME.test(name) && password.length >= MIN_PASSWORD_LENGTH && !busy;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const { user } = await addUser(name, role, password);
      setName('');
      setPassword('');
      setRole('viewer');
      onAdded(user);
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.code === 'conflict'
          ? `There is already a user named ${name}.`
          : `The user could not be added: ${error instanceof ApiError ? error.message : 'unknown error'}.`,
      );
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="account-section panel" aria-labelledby="add-user-title">
      <h2 id="add-user-title" className="account-section__title">
        Add a user
      </h2>
      <form className="password-form" onSubmit={(event) => void submit(event)} noValidate>
        <label htmlFor="new-user-name">Name</label>
        <input
          id="new-user-name"
          className="input"
          type="text"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={63}
          required
          aria-invalid={badName ? true : undefined}
          aria-describedby="new-user-name-hint"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <p id="new-user-name-hint" className={badName ? 'field-problem' : 'meta password-form__hint'}>
          Lower-case letters, digits, dot, dash or underscore, e.g. <code>a.diallo</code>.
        </p>
        <label htmlFor="new-user-role">Role</label>
        <select
          id="new-user-role"
          className="input"
          aria-describedby="new-user-role-hint"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          <RoleOptions />
        </select>
        <p id="new-user-role-hint" className="meta password-form__hint">
          A{role === 'admin' || role === 'editor' ? 'n' : ''} {role} {ROLE_HELP[role]}.
        </p>
        <label htmlFor="new-user-password">Initial password</label>
        <PasswordInput id="new-user-password" value={password} onChange={setPassword} problem={shortPassword} describedBy="new-user-password-hint" />
        <p id="new-user-password-hint" className={shortPassword ? 'field-problem' : 'meta password-form__hint'}>
          At least {MIN_PASSWORD_LENGTH} characters. Hand it over in person; they change it on their Account page.
        </p>
        <Problem message={problem} className="login__problem" />
        <button className="button button--primary password-form__submit" type="submit" disabled={!ready}>
          {busy ? 'Adding…' : 'Add user'}
        </button>
      </form>
    </section>
  );
}
