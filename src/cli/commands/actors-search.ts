import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';

export function registerActors(program: Command): void {
  program
    .command('actors')
    .description('search actors by name or alias, insensitive to case and accents (all actors without a query)')
    .argument('[query]', 'part of a name or alias')
    .option('--limit <n>', 'at most this many', '100')
    .action(async (query: string | undefined, options: GlobalOptions & { limit: string }) => {
      const actors = await withStore(options, (store) => (query ? store.searchActors(query, { limit: Number(options.limit) }) : store.list('actor')));
      if (options.json) {
        printJson(actors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: (a.aliases ?? []).map((x) => x.name) })));
        return;
      }
      if (actors.length === 0) {
        out(query ? `no actor matches "${query}"` : 'no actors yet: load a dataset with `faultline load DIR`');
        return;
      }
      printTable(
        ['id', 'name', 'kind', 'aliases'],
        actors.map((a) => [a.id, a.name, a.kind, (a.aliases ?? []).map((x) => x.name).join(', ')]),
      );
    });
}
