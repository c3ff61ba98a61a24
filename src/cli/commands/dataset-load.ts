import type { Command } from 'commander';
import { FaultlineError } from '../../core/errors.js';
import { loadDataset } from '../../services/dataset/load-dataset.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load a dataset folder into the database: all of it, or nothing when any line is invalid')
    .argument('<dir>', 'dataset folder (sources.jsonl, actors.jsonl, …)')
    .option('--by <name>', 'who is recording this load', process.env['USER'] ?? 'analyst')
    .option('--batch <n>', 'commit every N records, each batch consistent on its own, so an interrupted load resumes where it stopped')
    .action(async (dir: string, options: GlobalOptions & { by: string; batch?: string }) => {
      const batchSize = options.batch === undefined ? undefined : Number(options.batch);
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1))
        throw new FaultlineError('invalid_input', `--batch expects a positive whole number, got ${options.batch}`);
      const summary = await withStore(options, (store) => loadDataset(store, dir, { by: options.by, ...(batchSize ? { batchSize } : {}) }));
      if (options.json) printJson(summary);
      else out(`loaded ${dir}: ${summary.inserted} new, ${summary.updated} changed, ${summary.unchanged} unchanged`);
    });
}
