import type { Command } from 'commander';
import { genealogy, type MembershipSpan } from '../../services/queries/genealogy.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { resolveActor } from './actor-show.js';

export function registerGenealogy(program: Command): void {
  program
    .command('genealogy')
    .description("ancestors and descendants through splits, mergers and renames; a coalition's components over time")
    .argument('<actor>', 'id, name or alias')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, options: GlobalOptions & { recordedAt?: string }) => {
      const result = await withStore(options, async (store) =>
        genealogy(store, await resolveActor(store, query), options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      const name = (id: string) => result.names[id] ?? id;
      out(`${result.actor.name} (${result.actor.id}, ${result.actor.kind})`);
      for (const [title, steps] of [
        ['Ancestors', result.ancestors],
        ['Descendants', result.descendants],
      ] as const) {
        out(`\n${title}${steps.length ? '' : ': none recorded'}`);
        if (steps.length)
          printTable(
            ['generation', 'elder', 'relation', 'younger', 'when'],
            steps.map((s) => [s.depth, name(s.elder), s.type, name(s.younger), s.valid]),
          );
      }
      const spans = (title: string, list: MembershipSpan[]) => {
        out(`\n${title}${list.length ? '' : ': none recorded'}`);
        if (list.length)
          printTable(
            ['actor', 'valid', 'from', 'to', 'role'],
            list.map((s) => [name(s.actor), s.valid, s.from ?? '…', s.to ?? '…', s.role ?? '']),
          );
      };
      spans('Components', result.components);
      spans('Member of', result.memberOf);
    });
}
