import { hrefOf } from '../../routing/route.js';
import { AdminsOnly } from '../../ui/AdminsOnly.js';

/** What a signed-in user below admin sees instead of the user list. */
export function UsersAdminsOnly() {
  return (
    <AdminsOnly closed="Managing users" id="users-admins-only-title">
      Your own tokens and password are on <a href={hrefOf({ view: 'account' })}>your account page</a>.
    </AdminsOnly>
  );
}
