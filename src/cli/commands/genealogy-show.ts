import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { resolveActor } from './actor-show.js';

export function registerGenealogy(program: Command): void {
  program
    .command('genealogy')
    .description(
      "lanes of the lineage (ancestors, descendants, components, coalitions) over their lifespans; splits, mergers and renames; a coalition's components; leaders",
    )
    .argument('<actor>', 'id, name or alias')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (query: string, options: GlobalOptions & { recordedAt?: string }) => {
      const { genealogy } = await import('../../services/queries/genealogy.js');
      const result = await withStore(options, async (store) =>
        genealogy(store, await resolveActor(store, query), options.recordedAt ? { recordedAt: options.recordedAt } : {}),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      // The text renders the model only, as the picture and the web view do.
      const { endWords, startWords } = await import('../../services/queries/genealogy.js');
      const { model } = result;
      const label = (id: string) => model.lanes.find((l) => l.id === id)?.label ?? result.names[id] ?? id;
      out(`${result.actor.name} (${result.actor.id}, ${result.actor.kind}) · dated from ${model.axis.first} to ${model.axis.last}`);
      out('\nLanes');
      printTable(
        ['lane', 'name', 'role', 'from', 'to'],
        model.lanes.map((l) => [l.label, l.name === l.label ? '' : l.name, l.role, startWords(l), endWords(l)]),
      );
      out(`\nSplits, mergers and renames${model.connectors.length ? '' : ': none recorded'}`);
      if (model.connectors.length)
        printTable(
          ['generation', 'side', 'what happened'],
          model.connectors.map((c) => [c.depth, c.side, c.text]),
        );
      out(`\nMemberships${model.memberships.length ? '' : ': none recorded'}`);
      if (model.memberships.length)
        printTable(
          ['member', 'coalition', 'valid', 'from', 'to', 'role'],
          model.memberships.map((m) => [
            label(m.member),
            label(m.coalition),
            m.valid,
            m.start.earliest,
            m.end.state === 'ended' ? m.end.latest : `${m.end.latest} (${m.end.state})`,
            m.role ?? '',
          ]),
        );
      out(`\nLeaders and founders${model.persons.length ? '' : ': none recorded'}`);
      if (model.persons.length)
        printTable(
          ['lane', 'person', 'role', 'valid'],
          model.persons.map((p) => [label(p.lane), p.name, p.role, p.valid]),
        );
    });
}
