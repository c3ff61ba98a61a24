import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';
import { actingUser } from '../acting-user.js';

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load a dataset folder into the database: all of it, or nothing when any line is invalid')
    .argument('<dir>', 'dataset folder (sources.jsonl, actors.jsonl, …)')
    .option('--by <name>', 'who is recording this load', actingUser())
    .option('--batch <n>', 'commit every N records, each batch consistent on its own, so an interrupted load resumes where it stopped')
    .option('--retire-missing', 'retire what an earlier load of this dataset brought in and the folder no longer lists (H3)')
    .action(async (dir: string, options: GlobalOptions & { by: string; batch?: string; retireMissing?: boolean }) => {
      const batchSize = options.batch === undefined ? undefined : Number(options.batch);
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1))
        throw new FaultlineError('invalid_input', `--batch expects a positive whole number, got ${options.batch}`);
      if (batchSize !== undefined && options.retireMissing)
        throw new FaultlineError('invalid_input', '--retire-missing loads in one transaction; leave out --batch');
      const { loadDataset } = await import('../../services/dataset/load-dataset.js');
      const summary = await withStore(options, (store) =>
        loadDataset(store, dir, { by: options.by, ...(batchSize ? { batchSize } : {}), ...(options.retireMissing ? { retireMissing: true } : {}) }),
      );
      if (options.json) printJson(summary);
      else
        out(
          `loaded ${dir}: ${summary.inserted} new, ${summary.updated} changed, ${summary.unchanged} unchanged${summary.retired ? `; retired ${summary.retired.claims} claim(s) and ${summary.retired.records} record(s) it no longer lists` : ''}`,
        );
    });
}
