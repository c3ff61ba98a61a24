import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { TeamStore } from '../../core/store-port.js';
import { withTeamStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { actingUser } from '../acting-user.js';

type TokenFlags = GlobalOptions & { by: string };
const BY = actingUser();

/** The user a token is for: the one named, or the only user there is. */
async function ownerOf(store: TeamStore, user: string | undefined): Promise<string> {
  if (user) return user;
  const users = await store.listUsers();
  if (users.length === 1 && users[0]) return users[0].name;
  throw new FaultlineError(
    'invalid_input',
    users.length === 0 ? 'no users yet: faultline users add NAME --role R' : 'several users: say whose token with --user',
  );
}

export function registerTokens(program: Command): void {
  const tokens = program.command('tokens').description('API tokens for scripts (Authorization: Bearer …); only their hashes are stored');
  tokens
    .command('create')
    .description('create a token and print it once')
    .argument('<name>', 'what the token is for, e.g. nightly-import')
    .option('--user <name>', 'whose token (default: the only user)')
    .option('--expires-days <n>', 'days until it expires (default: never)')
    .option('--by <name>', 'who is creating it, for the audit log', BY)
    .action(async (name: string, flags: TokenFlags & { user?: string; expiresDays?: string }) => {
      const { createToken } = await import('../../services/auth/accounts.js');
      const days = flags.expiresDays === undefined ? undefined : Number(flags.expiresDays);
      const created = await withTeamStore(flags, async (store) =>
        createToken(store, { user: await ownerOf(store, flags.user), name, ...(days !== undefined ? { expiresInDays: days } : {}) }, { by: flags.by }),
      );
      const { credential, token } = created;
      if (flags.json) printJson({ id: credential.id, user: credential.user, name: credential.name, expiresAt: credential.expiresAt ?? null, token });
      else {
        out(token);
        out(`token ${credential.id} for ${credential.user}${credential.expiresAt ? `, expires ${credential.expiresAt}` : ''}; it is shown only once`);
      }
    });
  tokens
    .command('list')
    .description('list tokens (never their secrets)')
    .option('--user <name>', "only this user's")
    .option('--all', 'include revoked and expired tokens')
    .action(async (flags: GlobalOptions & { user?: string; all?: boolean }) => {
      const { listTokens } = await import('../../services/auth/account-views.js');
      const rows = await withTeamStore(flags, (store) =>
        listTokens(store, { ...(flags.user ? { user: flags.user } : {}), ...(flags.all ? { all: true } : {}), now: new Date() }),
      );
      if (flags.json) printJson(rows);
      else
        printTable(
          ['id', 'user', 'name', 'created', 'expires', 'status'],
          rows.map((r) => [r.id, r.user, r.name, r.createdAt, r.expiresAt ?? '', r.status === 'revoked' ? `revoked ${r.revokedAt ?? ''}` : r.status]),
        );
    });
  tokens
    .command('revoke')
    .description('revoke a token by id (or by the token itself)')
    .argument('<id>')
    .option('--by <name>', 'who is revoking it, for the audit log', BY)
    .action(async (id: string, flags: TokenFlags) => {
      const { revokeToken } = await import('../../services/auth/accounts.js');
      await withTeamStore(flags, (store) => revokeToken(store, id, { by: flags.by }));
      if (flags.json) printJson({ revoked: id });
      else out(`revoked ${id}`);
    });
}
