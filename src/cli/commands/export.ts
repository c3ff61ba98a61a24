import { Argument, type Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { ExportFormat } from '../../services/interop/export-file.js';
import { withStore, type GlobalOptions } from '../context.js';
import { describeLater } from '../late-help.js';
import { out, printJson } from '../output/print.js';

interface ExportFlags extends GlobalOptions {
  recordedAt?: string;
  round?: string;
}

export function registerExport(program: Command): void {
  const loadFormats = async () => {
    const service = await import('../../services/interop/export-file.js');
    return { ...service, formats: ['dataset', ...Object.keys(service.EXPORT_FORMATS)] };
  };
  const formatArgument = new Argument('<format>');
  const command = program
    .command('export')
    .description('export what may be published (restricted sources and ACLED-derived records are always left out)')
    .addArgument(formatArgument)
    .argument('<out>', 'file to write (a folder for dataset)')
    .option('--round <decimals>', 'round coordinates to this many decimals for publication (2 ≈ 1 km)')
    .option('--recorded-at <instant>', 'export the database as recorded at this instant');
  describeLater(command, async () => {
    const { EXPORT_FORMATS, formats } = await loadFormats();
    formatArgument.description = `one of: ${formats.join(', ')}`;
    command.addHelpText(
      'after',
      `\nFormats:\n  dataset        Faultline's own dataset folder\n${Object.entries(EXPORT_FORMATS)
        .map(([k, v]) => `  ${k.padEnd(14)} ${v.describe}`)
        .join('\n')}`,
    );
  });
  command.action(async (format: string, file: string, flags: ExportFlags) => {
    const { exportTo, formats } = await loadFormats();
    if (!formats.includes(format))
      throw new FaultlineError('invalid_input', `unknown export format ${JSON.stringify(format)}; expected one of ${formats.join(', ')}`);
    const round = flags.round === undefined ? undefined : Number(flags.round);
    if (round !== undefined && (!Number.isInteger(round) || round < 0 || round > 6))
      throw new FaultlineError('invalid_input', `--round expects 0 to 6 decimals, got ${flags.round}`);
    const result = await withStore(flags, (store) =>
      exportTo(store, format as ExportFormat, file, {
        ...(flags.recordedAt ? { recordedAt: flags.recordedAt } : {}),
        ...(round !== undefined ? { roundCoordinates: round } : {}),
      }),
    );
    if (flags.json) printJson(result);
    else {
      const counts = Object.entries(result.counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      const withheld = Object.entries(result.withheld)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ');
      out(`wrote ${file} (${format}): ${counts}${withheld ? `; withheld as restricted: ${withheld}` : ''}`);
      if (result.leftOut) {
        const why = Object.entries(result.leftOut.byReason)
          .map(([reason, n]) => `${n} ${reason}`)
          .join(', ');
        out(`left out ${result.leftOut.count} events that no ACLED row can hold${why ? ` (${why})` : ''}; listed in ${result.leftOut.file}`);
      }
    }
  });
}
