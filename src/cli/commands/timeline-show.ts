import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { resolveActor } from './actor-show.js';

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description("an actor's memberships, leaders, allies, rivals, areas and events over time")
    .argument('<actor>', 'id, name or alias')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, options: GlobalOptions & { recordedAt?: string }) => {
      const { timeline } = await import('../../services/queries/timeline.js');
      const result = await withStore(options, async (store) =>
        timeline(store, await resolveActor(store, query), options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      out(`${result.actor.name} (${result.actor.id}): ${result.entries.length} entries`);
      printTable(
        ['when', 'what', 'with', 'role'],
        result.entries.map((e) => [e.when + (e.disputed ? ' (disputed)' : ''), e.section, e.other?.name ?? '', e.role ?? '']),
      );
    });
}
