import type { Command } from 'commander';
import { loadDataset } from '../../services/dataset/load-dataset.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerLoad(program: Command): void {
  program
    .command('load')
    .description('load a dataset folder into the database: all of it, or nothing when any line is invalid')
    .argument('<dir>', 'dataset folder (sources.jsonl, actors.jsonl, …)')
    .option('--by <name>', 'who is recording this load', process.env['USER'] ?? 'analyst')
    .action(async (dir: string, options: GlobalOptions & { by: string }) => {
      const summary = await withStore(options, (store) => loadDataset(store, dir, { by: options.by }));
      if (options.json) printJson(summary);
      else out(`loaded ${dir}: ${summary.inserted} new, ${summary.updated} changed, ${summary.unchanged} unchanged`);
    });
}
