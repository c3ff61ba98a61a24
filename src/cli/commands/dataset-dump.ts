import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerDump(program: Command): void {
  program
    .command('dump')
    .description('write the database as a canonical dataset folder (load then dump reproduces it byte for byte)')
    .argument('<dir>', 'folder to write')
    .option('--recorded-at <instant>', 'dump the database as it was recorded at this instant (ISO date-time)')
    .action(async (dir: string, options: GlobalOptions & { recordedAt?: string }) => {
      const { dumpDataset } = await import('../../services/dataset/dump-dataset.js');
      const counts = await withStore(options, (store) => dumpDataset(store, dir, options.recordedAt ? { recordedAt: options.recordedAt } : {}));
      if (options.json) printJson(counts);
      else
        out(
          `wrote ${dir}: ${Object.entries(counts)
            .map(([k, n]) => `${n} ${k}`)
            .join(', ')}`,
        );
    });
}
