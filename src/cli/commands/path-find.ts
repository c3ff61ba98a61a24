import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { resolveActor } from './actor-show.js';
import { withHorizon } from './horizon-option.js';

export function registerPath(program: Command): void {
  withHorizon(
    program
      .command('path')
      .description('how two actors are connected on a date: a shortest chain of ties, with their types')
      .argument('<from>', 'id, name or alias')
      .argument('<to>', 'id, name or alias')
      .requiredOption('--as-of <date>', 'YYYY, YYYY-MM or YYYY-MM-DD: the day, month or year it names')
      .option('--definite', 'only ties definitely in force')
      .option('--recorded-at <instant>', 'as recorded at this instant'),
  ).action(async (a: string, b: string, options: GlobalOptions & { asOf: string; definite?: boolean; recordedAt?: string; horizon?: string }) => {
    const [{ horizonArg }, { path }] = await Promise.all([import('../../services/queries/dates.js'), import('../../services/queries/path.js')]);
    const result = await withStore(options, async (store) =>
      path(store, await resolveActor(store, a), await resolveActor(store, b), options.asOf, {
        ...(options.definite ? { minCertainty: 'definite' as const } : {}),
        ...horizonArg(options.horizon),
        ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      }),
    );
    if (options.json) {
      printJson(result);
      return;
    }
    if (!result.found) {
      out(`no path between ${result.from} and ${result.to} on ${result.asOf}`);
      return;
    }
    const name = new Map(result.actors.map((x) => [x.id, x.name]));
    out(`${result.hops.length} hop(s) on ${result.asOf} (${result.certainty}): ${result.actors.map((x) => x.name).join(' → ')}`);
    printTable(
      ['from', 'ties', 'to'],
      result.hops.map((h) => [name.get(h.from) ?? h.from, h.ties.map((t) => `${t.type} (${t.certainty})`).join('; '), name.get(h.to) ?? h.to]),
    );
    const others = result.routes.slice(1);
    if (others.length > 0) {
      out(`\nAlso connected (${others.length}), definite first:`);
      for (const route of others) out(`  ${route.certainty}: ${route.actors.map((x) => x.name).join(' → ')}`);
    }
  });
}
