import { ApiError } from '../../api/client.js';
import { NewPasswordFields, PasswordSubmit } from '../account/NewPasswordFields.js';
import { useNewPassword } from '../account/use-new-password.js';
import { resetPassword, type UserSummary } from './api.js';

function describeFailure(name: string, error: unknown): string {
  if (error instanceof ApiError && error.code === 'conflict') return `${name} is disabled: no password opens a disabled account.`;
  return `The password could not be set: ${error instanceof ApiError ? error.message : 'unknown error'}.`;
}

/**
 * For a user who forgot their password: an administrator sets a new one to hand over. Their browser
 * sessions end; their API tokens keep working. Not shown for the administrator's own account, whose
 * password is changed on the Account page with the current one.
 */
export function UserPassword({ name, onSet }: { name: string; onSet: (user: UserSummary) => void }) {
  const form = useNewPassword(
    async (next) => {
      const { user, sessionsEnded } = await resetPassword(name, next);
      onSet(user);
      const ended = sessionsEnded === 0 ? '' : ` ${sessionsEnded === 1 ? 'One browser session was' : `${sessionsEnded} browser sessions were`} signed out.`;
      return `New password set for ${name}; hand it over so they can change it on their Account page.${ended}`;
    },
    (error) => describeFailure(name, error),
  );
  return (
    <section className="account-section panel" aria-labelledby="user-password-title">
      <h2 id="user-password-title" className="account-section__title">
        Password of {name}
      </h2>
      <p className="meta account-section__lede">
        For a forgotten password. Setting one signs {name} out of the web app; their API tokens keep working. The change is recorded in the audit log.
      </p>
      <form className="password-form" onSubmit={(event) => void form.submit(event)} noValidate>
        <NewPasswordFields id="user-password" label="New password" {...form.fields} />
        <PasswordSubmit outcome={form.outcome} ready={form.ready} busy={form.busy} label="Set password" working="Setting…" />
      </form>
    </section>
  );
}
