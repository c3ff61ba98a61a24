import { ColumnHeads } from '../../ui/ColumnHeads.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { UserSummary } from './api.js';
import { UserRow } from './UserRow.js';

/** Every account on the server, by name. */
export function UserTable({
  users,
  self,
  selected,
  onChange,
}: {
  users: readonly UserSummary[];
  self: string;
  selected: string | undefined;
  onChange: (user: UserSummary) => void;
}) {
  if (users.length === 0) return <EmptyState>No users yet.</EmptyState>;
  return (
    <section className="account-section panel" aria-labelledby="users-title">
      <h2 id="users-title" className="account-section__title">
        Accounts <span className="count">{users.length}</span>
      </h2>
      <table className="data-table user-table">
        <ColumnHeads columns={['Name', 'Role', 'Added', 'Status']} />
        <tbody>
          {users.map((user) => (
            <UserRow
              key={`${user.name}:${user.role}:${user.disabled ?? ''}`}
              user={user}
              self={user.name === self}
              selected={user.name === selected}
              onChange={onChange}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
