import { Command, CommanderError } from 'commander';
import { formatIssue, isFaultlineError } from '../core/errors.js';
import { describeNamed } from './late-help.js';
import { EXIT_CODES } from './output/exit-codes.js';
import { err, showWide } from './output/print.js';

type Register = (program: Command) => void;

/**
 * Each command's module by the command names it registers, in the order help lists them. A module is
 * imported only when its command runs (every module for help or an unknown word), because resolving
 * and compiling all thirty command modules is start-up time that a query on one command does not need.
 */
const COMMANDS: readonly (readonly [names: readonly string[], load: () => Promise<Register>])[] = [
  [['init'], async () => (await import('./commands/db-init.js')).registerInit],
  [['load'], async () => (await import('./commands/dataset-load.js')).registerLoad],
  [['dump'], async () => (await import('./commands/dataset-dump.js')).registerDump],
  [['validate'], async () => (await import('./commands/dataset-validate.js')).registerValidate],
  [['check'], async () => (await import('./commands/check.js')).registerCheck],
  [['sources'], async () => (await import('./commands/sources-add.js')).registerSourcesAdd],
  [['actors'], async () => (await import('./commands/actors-search.js')).registerActors],
  [['show'], async () => (await import('./commands/actor-show.js')).registerShow],
  [['place'], async () => (await import('./commands/place-show.js')).registerPlace],
  [['serve'], async () => (await import('./commands/server-serve.js')).registerServe],
  [['snapshot'], async () => (await import('./commands/snapshot-show.js')).registerSnapshot],
  [['timeline'], async () => (await import('./commands/timeline-show.js')).registerTimeline],
  [['genealogy'], async () => (await import('./commands/genealogy-show.js')).registerGenealogy],
  [['path'], async () => (await import('./commands/path-find.js')).registerPath],
  [['diff'], async () => (await import('./commands/diff-show.js')).registerDiff],
  [['events'], async () => (await import('./commands/events-list.js')).registerEvents],
  [['disputes'], async () => (await import('./commands/disputes-list.js')).registerDisputes],
  [['metrics'], async () => (await import('./commands/metrics-show.js')).registerMetrics],
  [['ingest'], async () => (await import('./commands/ingest.js')).registerIngest],
  [['review'], async () => (await import('./commands/review.js')).registerReview],
  [['import'], async () => (await import('./commands/import.js')).registerImport],
  [['export'], async () => (await import('./commands/export.js')).registerExport],
  [['draw'], async () => (await import('./commands/draw.js')).registerDraw],
  [['users'], async () => (await import('./commands/users.js')).registerUsers],
  [['tokens'], async () => (await import('./commands/tokens.js')).registerTokens],
  [['audit'], async () => (await import('./commands/audit.js')).registerAudit],
  [['backup', 'restore'], async () => (await import('./commands/backup.js')).registerBackup],
];

/** The word naming the command in argv: the first that is neither a global option nor the value of --db. */
export function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? '';
    if (word === '--db') i++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}

/**
 * Builds the command tree; global options (--db, --json) reach every command. Commands load their
 * services only when they run, so that `faultline --help` costs little more than Node itself.
 */
export async function buildProgram(argv: readonly string[]): Promise<Command> {
  const program = new Command('faultline')
    .description('A temporal knowledge graph with evidence, for analysts of armed conflicts.')
    .option('--db <path>', 'SQLite file or postgres:// URL (default .faultline/faultline.db, or $FAULTLINE_DB)')
    .option('--json', 'machine-readable output (shapes in docs/cli.md)')
    .option('--wide', "tables as wide as their contents, not fitted to the terminal's width")
    .exitOverride()
    .showHelpAfterError();
  const word = commandWord(argv);
  const named = COMMANDS.filter(([names]) => word !== undefined && names.includes(word));
  const registers = await Promise.all((named.length > 0 ? named : COMMANDS).map(([, load]) => load()));
  for (const register of registers) register(program);
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
    const program = await buildProgram(argv);
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
