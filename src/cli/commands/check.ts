import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import type { IntegrityReport } from '../../services/dataset/check.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description(
      'integrity report (rules C1–C10): ties and events outside lifespans, duplicates, contradictions, passages that do not say what claims assert, places linked to the wrong gazetteer entry',
    )
    .argument('[dir]', 'dataset folder; the database when omitted')
    .option('--sources <dir>', 'folder of source documents to read cited passages from')
    .action(async (dir: string | undefined, options: GlobalOptions & { sources?: string }) => {
      const { checkFolder, checkStore } = await import('../../services/dataset/check.js');
      const check = { ...(options.sources ? { sources: options.sources } : {}) };
      const report: IntegrityReport = dir ? checkFolder(dir, check) : await withStore(options, (store) => checkStore(store, check));
      if (options.json) printJson({ findings: report.findings, counts: report.counts, notes: report.notes });
      else {
        for (const f of report.findings) out(`${f.rule} ${f.records.join(' ')}${f.claims.length ? ` [${f.claims.join(' ')}]` : ''}: ${f.message} [${f.code}]`);
        for (const note of report.notes) out(note);
        const counts = Object.entries(report.counts).map(([rule, n]) => `${rule} ${n}`);
        out(`${report.findings.length} finding(s)${counts.length ? ': ' + counts.join(', ') : ''}`);
      }
      // Findings make the data invalid, as `validate` reports its problems: exit code 3.
      if (report.findings.length > 0) throw new FaultlineError('dataset_invalid', `${report.findings.length} integrity finding(s)`);
    });
}
