import type { Command } from 'commander';
import { diff, type DiffTie } from '../../services/queries/diff.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('relations begun and ended, and actors formed or dissolved, between two dates')
    .argument('<from>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .argument('<to>', 'YYYY, YYYY-MM or YYYY-MM-DD')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (from: string, to: string, options: GlobalOptions & { recordedAt?: string }) => {
      const result = await withStore(options, (store) => diff(store, from, to, options.recordedAt ? { recordedAt: options.recordedAt } : {}));
      if (options.json) {
        printJson(result);
        return;
      }
      const name = (id: string) => result.names[id] ?? id;
      const ties = (title: string, list: DiffTie[]) => {
        out(`\n${title}: ${list.length}`);
        if (list.length)
          printTable(
            ['relation', 'from', 'to', 'valid', 'inside the window'],
            list.map((t) => [t.type, name(t.from), name(t.to), t.valid, t.certain ? 'certainly' : 'perhaps']),
          );
      };
      out(`Between ${result.from} and ${result.to}`);
      ties('Begun', result.begun);
      ties('Ended', result.ended);
      ties('Splits, mergers, renames and other instants', result.happened);
      out(`\nFormed (ties in force at the end, none at the start): ${result.formed.map(name).join('; ') || 'none'}`);
      out(`Dissolved (ties in force at the start, none at the end): ${result.dissolved.map(name).join('; ') || 'none'}`);
    });
}
