import { hrefOf } from '../../routing/route.js';
import { AdminsOnly as Closed } from '../../ui/AdminsOnly.js';

/** What a signed-in user below admin sees instead of the log (the API answered 403). */
export function AdminsOnly() {
  return (
    <Closed closed="The audit log" id="admins-only-title">
      Ask an administrator to run <code>faultline audit</code>, or go back to the <a href={hrefOf({ view: 'home' })}>list of actors</a>.
    </Closed>
  );
}
