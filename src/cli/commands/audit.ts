import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { AuditEntry } from '../../core/store-port.js';
import { withTeamStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';

/** The top-level fields an entry changed, for the table view. */
export function changedFields(entry: AuditEntry): string {
  const parse = (text: string | null) => (text ? (JSON.parse(text) as Record<string, unknown>) : {});
  const before = parse(entry.before);
  const after = parse(entry.after);
  if (!entry.before) return 'created';
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return keys.join(', ');
}

export function registerAudit(program: Command): void {
  program
    .command('audit')
    .description('the append-only audit log: who changed what, when, before and after')
    .option('--actor-user <name>', 'only changes by this user')
    .option('--since <instant>', 'only changes at or after this ISO date or date-time')
    .option('--until <instant>', 'only changes at or before this instant')
    .option('--kind <kind>', 'only this kind: actor, relation, event, claim, source, place, user, token, session')
    .option('--id <id>', 'only changes to this record, user or credential')
    .option('--limit <n>', 'at most this many entries', '200')
    .action(async (flags: GlobalOptions & { actorUser?: string; since?: string; until?: string; kind?: string; id?: string; limit: string }) => {
      const limit = Number(flags.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new FaultlineError('invalid_input', `--limit expects a positive whole number, got ${flags.limit}`);
      for (const [name, value] of [
        ['--since', flags.since],
        ['--until', flags.until],
      ] as const) {
        if (value !== undefined && Number.isNaN(Date.parse(value)))
          throw new FaultlineError('invalid_input', `${name} expects an ISO date or date-time, got ${value}`);
      }
      const entries = await withTeamStore(flags, (store) =>
        store.audit({
          ...(flags.actorUser ? { actor: flags.actorUser } : {}),
          ...(flags.since ? { since: new Date(flags.since).toISOString() } : {}),
          ...(flags.until ? { until: new Date(flags.until).toISOString() } : {}),
          ...(flags.kind ? { kind: flags.kind } : {}),
          ...(flags.id ? { id: flags.id } : {}),
          limit,
        }),
      );
      if (flags.json) printJson(entries);
      else if (entries.length === 0) out('no audit entries match');
      else
        printTable(
          ['seq', 'at', 'who', 'action', 'kind', 'id', 'changed'],
          entries.map((e) => [e.seq, e.at, e.actor, e.action, e.kind, e.id, changedFields(e)]),
        );
    });
}
