import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { FaultlineError, formatIssue } from '../../core/errors.js';
import type { ProgressReport } from '../../services/interop/write-batches.js';
import type { ImportSummary } from '../../services/interop/import-options.js';
import type { importAcled } from '../../services/interop/import-acled.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';
import type { progressBar } from '../output/progress.js';
import { actingUser } from '../acting-user.js';

interface ImportFlags extends GlobalOptions {
  mapping?: string;
  encoding?: string;
  by: string;
  withdrawMissing?: boolean;
  problems?: string;
}

/** How many problems, or warnings, the terminal shows; `--problems FILE` holds them all. */
const PRINTED = 200;

/** One line per problem or warning, naming file, line and field: the form `--problems` writes. */
function writeProblems(file: string, lines: readonly string[]): void {
  writeFileSync(file, lines.length === 0 ? '' : `${lines.join('\n')}\n`);
}

/** The error to print when an import fails: at most PRINTED of its problems, with their total and how many more there are. */
function cutProblems(error: FaultlineError, problemsFile: string | undefined): FaultlineError {
  const total = error.issues.length;
  if (total <= PRINTED) return error;
  const rest = problemsFile ? `all ${total} are in ${problemsFile}` : `--problems FILE writes all ${total}`;
  return new FaultlineError(error.code, `${error.message} (${PRINTED} problems printed, ${total - PRINTED} more: ${rest})`, {
    issues: error.issues.slice(0, PRINTED),
    cause: error,
  });
}

const DEFAULT_MAPPINGS = { acled: 'data/mappings/acled-actors.csv', ucdp: 'data/mappings/ucdp-actors.csv' } as const;

const PHASE_LABELS = { read: 'reading', write: 'writing', index: 'indexing' } as const;

/** Bars in turn: reading the file, writing the records, building indexes again after a bulk write. */
function phasedProgress(bars: typeof progressBar): { report: ProgressReport; stop: () => void } {
  let phase: keyof typeof PHASE_LABELS | undefined;
  let bar: ReturnType<typeof progressBar> | undefined;
  let last = 0;
  return {
    report: (next, done, total) => {
      if (next !== phase) {
        bar?.stop();
        phase = next;
        bar = bars(total, PHASE_LABELS[next]);
        last = 0;
      }
      bar?.tick(done - last);
      last = done;
    },
    stop: () => bar?.stop(),
  };
}

function mappingFor(flags: ImportFlags, kind: keyof typeof DEFAULT_MAPPINGS): string | undefined {
  if (flags.mapping) return flags.mapping;
  return existsSync(DEFAULT_MAPPINGS[kind]) ? DEFAULT_MAPPINGS[kind] : undefined;
}

function report(summary: ImportSummary, json: boolean | undefined, problemsFile: string | undefined): void {
  if (json) {
    printJson(summary);
    return;
  }
  const rows = `${summary.rows} row${summary.rows === 1 ? '' : 's'}`;
  const events = `${summary.events} event${summary.events === 1 ? '' : 's'}`;
  out(
    `${summary.file}: ${rows} → ${events} (${summary.inserted} records new, ${summary.updated} updated, ${summary.unchanged} unchanged), ${summary.newPlaces} new places`,
  );
  if (summary.layout) out(`layout: ${summary.layout}`);
  const warnings = summary.warnings ?? [];
  for (const warning of warnings.slice(0, PRINTED)) out(`warning: ${warning}`);
  if (warnings.length > PRINTED)
    out(
      `${warnings.length} warnings, ${warnings.length - PRINTED} more not printed${problemsFile ? `: all are in ${problemsFile}` : ' (--problems FILE writes them all)'}`,
    );
  const w = summary.withdrawn;
  if (w) {
    const scope = `${w.scope.prefixes.map((p) => p.toUpperCase()).join(', ')}, ${w.scope.from} to ${w.scope.to}`;
    out(
      w.events === 0
        ? `no event imported earlier is missing from this export (${scope})`
        : `${w.events} event(s) imported earlier are missing from this export (${scope}): ${w.claims} claim(s) rejected, ${w.retired} event(s) withdrawn, ${w.kept.length} kept on other sources`,
    );
  }
  const pending = summary.proposedActors.filter((p) => p.proposed);
  if (summary.proposedActors.length > 0) {
    out(`${summary.proposedActors.length} name(s) matched no actor; ${pending.length} proposed for review (faultline review), e.g.:`);
    for (const p of summary.proposedActors.slice(0, 10)) out(`  ${p.name} → ${p.id} (${p.rows} row${p.rows === 1 ? '' : 's'})`);
  }
}

export function registerImport(program: Command): void {
  const command = program.command('import').description('import events and actors from ACLED and UCDP exports');
  const run = (
    name: string,
    description: string,
    kind: keyof typeof DEFAULT_MAPPINGS,
    loadImporter: () => Promise<(store: Parameters<typeof importAcled>[0], file: string, options: Parameters<typeof importAcled>[2]) => Promise<ImportSummary>>,
    more: (sub: Command) => Command = (sub) => sub,
  ) =>
    more(command.command(name))
      .description(description)
      .argument('<file>', 'CSV export')
      .option('--mapping <file>', `CSV name,actor mapping imported names to actor ids (default ${DEFAULT_MAPPINGS[kind]} when present)`)
      .option('--encoding <label>', 'character encoding when the file is not UTF-8, e.g. windows-1252')
      .option('--by <name>', 'who is importing', actingUser())
      .option('--problems <file>', 'write every problem (or, when the import succeeds, every warning) to FILE, one line each: file:line: field: message')
      .action(async (file: string, flags: ImportFlags) => {
        const [importer, { progressBar }] = await Promise.all([loadImporter(), import('../output/progress.js')]);
        const progress = phasedProgress(progressBar);
        const mapping = mappingFor(flags, kind);
        try {
          const summary = await withStore(flags, (store) =>
            importer(store, file, {
              by: flags.by,
              progress: progress.report,
              ...(mapping ? { mapping } : {}),
              ...(flags.encoding ? { encoding: flags.encoding } : {}),
              ...(flags.withdrawMissing ? { withdrawMissing: true } : {}),
            }),
          );
          progress.stop();
          if (flags.problems) writeProblems(flags.problems, summary.warnings ?? []);
          report(summary, flags.json, flags.problems);
        } catch (error) {
          progress.stop();
          if (!(error instanceof FaultlineError)) throw error;
          if (flags.problems) writeProblems(flags.problems, error.issues.length > 0 ? error.issues.map(formatIssue) : [`error: ${error.message}`]);
          throw cutProblems(error, flags.problems);
        } finally {
          progress.stop();
        }
      });
  run(
    'acled',
    'import an ACLED CSV export (restricted: never exported again); re-importing updates events by ACLED id',
    'acled',
    async () => (await import('../../services/interop/import-acled.js')).importAcled,
    (sub) =>
      sub.option(
        '--withdraw-missing',
        'withdraw events that earlier ACLED imports brought in and this export no longer lists, within the countries and days it covers (their ACLED claims are rejected; an event no other source supports no longer stands)',
      ),
  );
  run('ucdp', 'import a UCDP GED event CSV', 'ucdp', async () => (await import('../../services/interop/import-ucdp.js')).importUcdpEvents);
  run(
    'ucdp-actors',
    'import the UCDP actor list: actors, and splinter, alliance and coalition ties as relations',
    'ucdp',
    async () => (await import('../../services/interop/import-ucdp-actors.js')).importUcdpActors,
  );
}
