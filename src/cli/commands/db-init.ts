import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson } from '../output/print.js';

export function registerInit(program: Command): void {
  program
    .command('init')
    .description('create the database (and apply migrations) if it does not exist')
    .action(async (options: GlobalOptions) => {
      const counts = await withStore(options, (store) => store.counts());
      const { describeStore } = await import('../../composition-root.js');
      const path = describeStore(options.db);
      if (options.json) printJson({ path, counts });
      else out(`database ready at ${path}`);
    });
}
