import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import type { Role } from '../../api/session.js';
import { hrefOf } from '../../routing/route.js';
import { ConfirmAction } from '../../ui/ConfirmAction.js';
import { Problem } from '../../ui/Problem.js';
import { formatDay } from '../account/model.js';
import { changeRole, disableUser, type UserSummary } from './api.js';
import { RoleOptions } from './RoleOptions.js';

const failure = (error: unknown, what: string) => `${what}: ${error instanceof ApiError ? error.message : 'unknown error'}.`;

/**
 * One account: its role (changed with a picker and Save), when it was added, whether it is disabled,
 * a link to its tokens, and Disable (asked twice). The signed-in admin's own row changes nothing.
 */
export function UserRow({ user, self, selected, onChange }: { user: UserSummary; self: boolean; selected: boolean; onChange: (user: UserSummary) => void }) {
  const [role, setRole] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const run = async (action: () => Promise<{ user: UserSummary }>, what: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const { user: changed } = await action();
      setRole(changed.role);
      onChange(changed);
    } catch (error) {
      setProblem(failure(error, what));
    } finally {
      setBusy(false);
    }
  };
  const disabled = user.disabled !== null;
  const editable = !self && !disabled;
  return (
    <tr className={`user-row${disabled ? ' user-row--disabled' : ''}${selected ? ' user-row--selected' : ''}`}>
      <th scope="row" className="user-row__name">
        {user.name}
        {self ? <span className="tag tag--quiet user-row__you">you</span> : null}
      </th>
      <td className="user-row__role">
        {editable ? (
          <span className="user-row__role-edit">
            <select
              className="input user-row__select"
              aria-label={`Role of ${user.name}`}
              value={role}
              disabled={busy}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              <RoleOptions />
            </select>
            {role !== user.role ? (
              <>
                <button
                  className="button button--small button--primary"
                  type="button"
                  disabled={busy}
                  onClick={() => void run(() => changeRole(user.name, role), 'The role could not be changed')}
                >
                  Save
                </button>
                <button className="button button--small button--quiet" type="button" disabled={busy} onClick={() => setRole(user.role)}>
                  Cancel
                </button>
              </>
            ) : null}
          </span>
        ) : (
          <span className="tag">{user.role}</span>
        )}
      </td>
      <td>{formatDay(user.createdAt)}</td>
      <td>{disabled ? <span className="user-row__disabled">disabled {formatDay(user.disabled)}</span> : user.password ? 'active' : 'active, tokens only'}</td>
      <td className="user-row__actions">
        <div className="row-actions">
          <a className="button button--small" href={hrefOf({ view: 'users', user: user.name })} aria-current={selected ? 'true' : undefined}>
            Tokens<span className="visually-hidden"> of {user.name}</span>
          </a>
          {!editable ? null : (
            <ConfirmAction
              ask={`Disable ${user.name}?`}
              question="Sign them out and revoke their tokens?"
              open={{ text: 'Disable…', className: 'button button--small button--reject' }}
              confirm="Disable"
              working="Disabling…"
              keep="Cancel"
              after={<span className="visually-hidden"> {user.name}</span>}
              busy={busy}
              onConfirm={() => void run(() => disableUser(user.name), 'The user could not be disabled')}
            />
          )}
        </div>
        <Problem message={problem} />
      </td>
    </tr>
  );
}
