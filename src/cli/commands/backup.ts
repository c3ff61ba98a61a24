import type { Command } from 'commander';
import { resolve } from 'node:path';
import type { BackupSummary } from '../../core/store-port.js';
import { withTeamStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';
import { actingUser } from '../acting-user.js';

const BY = actingUser();

function report(verb: string, summary: BackupSummary, json: boolean | undefined): void {
  if (json) printJson(summary);
  else
    out(
      `${verb} ${summary.file} (${summary.format}): ${Object.entries(summary.rows)
        .map(([table, n]) => `${n} ${table}`)
        .join(', ')}`,
    );
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('copy the whole database (every version, texts, accounts, audit log) to a new file while it stays in use')
    .argument('<file>', 'file to create: an SQLite database for the embedded store, JSON lines for PostgreSQL')
    .action(async (file: string, flags: GlobalOptions) => {
      report('wrote', await withTeamStore(flags, (store) => store.backupTo(resolve(file))), flags.json);
    });
  program
    .command('restore')
    .description('fill an empty database from a backup made by faultline backup on the same kind of store')
    .argument('<file>', 'a file made by faultline backup')
    .option('--by <name>', 'who is restoring, for the audit log', BY)
    .action(async (file: string, flags: GlobalOptions & { by: string }) => {
      report('restored', await withTeamStore(flags, (store) => store.restoreFrom(resolve(file), { by: flags.by, at: new Date().toISOString() })), flags.json);
    });
}
