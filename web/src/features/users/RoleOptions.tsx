import { ROLES } from './api.js';

/** The roles a user may have, as the options of a select. */
export function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {role}
        </option>
      ))}
    </>
  );
}
