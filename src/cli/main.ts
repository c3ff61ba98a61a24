import { Command, CommanderError } from 'commander';
import { formatIssue, isFaultlineError } from '../core/errors.js';
import { registerActors } from './commands/actors-search.js';
import { registerShow } from './commands/actor-show.js';
import { registerDump } from './commands/dataset-dump.js';
import { registerLoad } from './commands/dataset-load.js';
import { registerValidate } from './commands/dataset-validate.js';
import { registerCheck } from './commands/check.js';
import { registerInit } from './commands/db-init.js';
import { registerIngest } from './commands/ingest.js';
import { registerImport } from './commands/import.js';
import { registerExport } from './commands/export.js';
import { registerDraw } from './commands/draw.js';
import { registerReview } from './commands/review.js';
import { registerServe } from './commands/server-serve.js';
import { registerSourcesAdd } from './commands/sources-add.js';
import { registerDiff } from './commands/diff-show.js';
import { registerDisputes } from './commands/disputes-list.js';
import { registerEvents } from './commands/events-list.js';
import { registerGenealogy } from './commands/genealogy-show.js';
import { registerMetrics } from './commands/metrics-show.js';
import { registerPath } from './commands/path-find.js';
import { registerPlace } from './commands/place-show.js';
import { registerSnapshot } from './commands/snapshot-show.js';
import { registerTimeline } from './commands/timeline-show.js';
import { registerAudit } from './commands/audit.js';
import { registerBackup } from './commands/backup.js';
import { registerTokens } from './commands/tokens.js';
import { registerUsers } from './commands/users.js';
import { describeNamed } from './late-help.js';
import { EXIT_CODES } from './output/exit-codes.js';
import { err, showWide } from './output/print.js';

/**
 * Builds the command tree; global options (--db, --json) reach every command. Commands load their
 * services only when they run, so that `faultline --help` costs little more than Node itself.
 */
export function buildProgram(): Command {
  const program = new Command('faultline')
    .description('A temporal knowledge graph with evidence, for analysts of armed conflicts.')
    .option('--db <path>', 'SQLite file or postgres:// URL (default .faultline/faultline.db, or $FAULTLINE_DB)')
    .option('--json', 'machine-readable output (shapes in docs/cli.md)')
    .option('--wide', "tables as wide as their contents, not fitted to the terminal's width")
    .exitOverride()
    .showHelpAfterError();
  for (const register of [
    registerInit,
    registerLoad,
    registerDump,
    registerValidate,
    registerCheck,
    registerSourcesAdd,
    registerActors,
    registerShow,
    registerPlace,
    registerServe,
    registerSnapshot,
    registerTimeline,
    registerGenealogy,
    registerPath,
    registerDiff,
    registerEvents,
    registerDisputes,
    registerMetrics,
    registerIngest,
    registerReview,
    registerImport,
    registerExport,
    registerDraw,
    registerUsers,
    registerTokens,
    registerAudit,
    registerBackup,
  ]) {
    register(program);
  }
  // Every subcommand sees the global options merged into its own.
  program.hook('preAction', async (root, action) => {
    action.setOptionValueWithSource('db', action.opts()['db'] ?? root.opts()['db'], 'cli');
    action.setOptionValueWithSource('json', action.opts()['json'] ?? root.opts()['json'], 'cli');
    showWide(Boolean(action.opts()['wide'] ?? root.opts()['wide']));
    // --recorded-at is read as the HTTP API reads recordedAt (on the calendar, in UTC), once for every
    // command; its reader is loaded only when the option is given, so registering commands stays light.
    const recordedAt: unknown = action.opts()['recordedAt'];
    if (typeof recordedAt === 'string') {
      const { instantArg } = await import('../services/queries/dates.js');
      action.setOptionValueWithSource('recordedAt', instantArg(recordedAt), 'cli');
    }
  });
  for (const command of program.commands) enableGlobals(command);
  return program;
}

function enableGlobals(command: Command): void {
  command
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'machine-readable output')
    .option('--wide', "tables as wide as their contents, not fitted to the terminal's width")
    .exitOverride();
  for (const sub of command.commands) enableGlobals(sub);
}

/** Runs the CLI and returns its exit code, derived from the error code when something fails. */
export async function main(argv: string[]): Promise<number> {
  try {
    const program = buildProgram();
    await describeNamed(program, argv);
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (isFaultlineError(error)) {
      for (const issue of error.issues) err(formatIssue(issue));
      err(`error: ${error.message}`);
      return EXIT_CODES[error.code];
    }
    err(`unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
