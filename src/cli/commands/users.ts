import type { Command } from 'commander';
import type { Role } from '../../core/accounts.js';
import { FaultlineError } from '../../core/errors.js';
import { withTeamStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { actingUser } from '../acting-user.js';

type UserFlags = GlobalOptions & { by: string };
const BY = actingUser();

async function role(value: string): Promise<Role> {
  const { roleSchema } = await import('../../core/account-schemas.js');
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new FaultlineError('invalid_input', `invalid role ${JSON.stringify(value)}; expected viewer, editor, reviewer or admin`);
  return parsed.data;
}

/** The first line of standard input, for `--password-stdin`. */
async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  const line = text.split(/\r?\n/)[0] ?? '';
  if (!line) throw new FaultlineError('invalid_input', 'no password on standard input');
  return line;
}

/** A password from stdin, a prompt on a terminal, or none (token-only account). */
async function passwordFor(flags: { passwordStdin?: boolean; password?: boolean }): Promise<string | undefined> {
  if (flags.passwordStdin) return readStdinLine();
  if (flags.password === false || !process.stdin.isTTY) return undefined;
  const { password: promptPassword } = await import('@inquirer/prompts');
  const first = await promptPassword({ message: 'password (12 characters or more; empty for a token-only account)', mask: true });
  if (!first) return undefined;
  if ((await promptPassword({ message: 'again', mask: true })) !== first) throw new FaultlineError('invalid_input', 'the passwords differ');
  return first;
}

export function registerUsers(program: Command): void {
  const users = program.command('users').description('accounts and roles for the team server (docs/security.md)');
  users
    .command('add')
    .description('add a user with a role: viewer, editor, reviewer or admin; the server then requires logins')
    .argument('<name>', 'lower-case user name')
    .requiredOption('--role <role>', 'viewer, editor, reviewer or admin')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--no-password', 'no password: the user works with API tokens only')
    .option('--by <name>', 'who is adding the user, for the audit log', BY)
    .action(async (name: string, flags: UserFlags & { role: string; passwordStdin?: boolean; password?: boolean }) => {
      const wanted = await role(flags.role);
      const password = await passwordFor(flags);
      const { addUser } = await import('../../services/auth/accounts.js');
      const user = await withTeamStore(flags, (store) => addUser(store, { name, role: wanted, ...(password ? { password } : {}) }, { by: flags.by }));
      if (flags.json) printJson({ name: user.name, role: user.role, password: user.passwordHash !== undefined });
      else out(`added ${user.name} (${user.role})${user.passwordHash ? '' : ' without a password: create a token with faultline tokens create'}`);
    });
  users
    .command('list')
    .description('list users and their roles')
    .action(async (flags: GlobalOptions) => {
      const { summarizeUser } = await import('../../services/auth/account-views.js');
      const list = await withTeamStore(flags, (store) => store.listUsers());
      const rows = list.map(summarizeUser);
      if (flags.json) printJson(rows);
      else if (rows.length === 0) out('no users: the server runs in single-user mode on loopback (docs/security.md)');
      else
        printTable(
          ['name', 'role', 'password', 'created', 'disabled'],
          rows.map((r) => [r.name, r.role, r.password ? 'yes' : 'no', r.createdAt, r.disabled ?? '']),
        );
    });
  users
    .command('role')
    .description("change a user's role")
    .argument('<name>')
    .argument('<role>', 'viewer, editor, reviewer or admin')
    .option('--by <name>', 'who is changing it, for the audit log', BY)
    .action(async (name: string, value: string, flags: UserFlags) => {
      const { setRole } = await import('../../services/auth/accounts.js');
      const user = await withTeamStore(flags, async (store) => setRole(store, name, await role(value), { by: flags.by }));
      if (flags.json) printJson({ name: user.name, role: user.role });
      else out(`${user.name} is now ${user.role}`);
    });
  users
    .command('password')
    .description("set a user's password (prompted, or --password-stdin) and end their web sessions")
    .argument('<name>')
    .option('--password-stdin', 'read the password from the first line of standard input')
    .option('--by <name>', 'who is setting it, for the audit log', BY)
    .action(async (name: string, flags: UserFlags & { passwordStdin?: boolean }) => {
      const password = await passwordFor({ ...flags, password: true });
      if (!password) throw new FaultlineError('invalid_input', 'no password given');
      const { setPassword } = await import('../../services/auth/accounts.js');
      const { sessionsEnded } = await withTeamStore(flags, (store) => setPassword(store, name, password, { by: flags.by }));
      if (flags.json) printJson({ name, password: true, sessionsEnded });
      else out(`password set for ${name}${sessionsEnded ? `; ${sessionsEnded} web session(s) ended` : ''}`);
    });
  users
    .command('disable')
    .description('disable a user and revoke their tokens and sessions')
    .argument('<name>')
    .option('--by <name>', 'who is disabling them, for the audit log', BY)
    .action(async (name: string, flags: UserFlags) => {
      const { disableUser } = await import('../../services/auth/accounts.js');
      const user = await withTeamStore(flags, (store) => disableUser(store, name, { by: flags.by }));
      if (flags.json) printJson({ name: user.name, disabledAt: user.disabledAt });
      else out(`disabled ${user.name}; their tokens and sessions are revoked`);
    });
}
