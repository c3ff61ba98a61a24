import type { Command } from 'commander';
import type { DiffTie, LifespanChange } from '../../services/queries/diff.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { withHorizon } from './horizon-option.js';

export function registerDiff(program: Command): void {
  withHorizon(
    program
      .command('diff')
      .description('between two dates: ties begun and ended, territory gained and lost, organisations formed and ended, leaders changed, persons apart')
      .argument('<from>', 'YYYY, YYYY-MM or YYYY-MM-DD (its first day)')
      .argument('<to>', 'YYYY, YYYY-MM or YYYY-MM-DD (its last day)')
      .option('--recorded-at <instant>', 'as recorded at this instant'),
  ).action(async (from: string, to: string, options: GlobalOptions & { recordedAt?: string; horizon?: string }) => {
    const [{ horizonArg }, { diff }] = await Promise.all([import('../../services/queries/dates.js'), import('../../services/queries/diff.js')]);
    const result = await withStore(options, (store) =>
      diff(store, from, to, { ...horizonArg(options.horizon), ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) }),
    );
    if (options.json) {
      printJson(result);
      return;
    }
    const name = (id: string) => result.names[id] ?? id;
    const certainty = (certain: boolean) => (certain ? 'certainly' : 'perhaps');
    const ties = (title: string, list: DiffTie[]) => {
      out(`\n${title}: ${list.length}`);
      if (list.length)
        printTable(
          ['relation', 'from', 'to', 'valid', 'inside the window'],
          list.map((t) => [t.type, name(t.from), name(t.to), t.valid, certainty(t.certain)]),
        );
    };
    const lives = (title: string, list: LifespanChange[]) => {
      out(`\n${title}: ${list.length}`);
      if (list.length)
        printTable(
          ['actor', 'date', 'how', 'inside the window'],
          list.map((c) => [name(c.actor), c.date, c.ended ?? (c.basis && c.basis !== 'stated' ? `from ${c.basis}` : 'stated'), certainty(c.certain)]),
        );
    };
    out(`Between ${result.from} and ${result.to}`);
    lives('Organisations formed', result.formed);
    lives('Organisations ended', result.dissolved);
    out(`\nLeaders changed: ${result.leaders.length}`);
    if (result.leaders.length)
      printTable(
        ['person', 'change', 'organisation', 'valid', 'inside the window'],
        result.leaders.map((l) => [name(l.person), `${l.change} (${l.type})`, name(l.organisation), l.valid, certainty(l.certain)]),
      );
    ties('Territory gained (holds or controls)', result.territory.gained);
    ties('Territory lost', result.territory.lost);
    ties('Ties begun', result.begun);
    ties('Ties ended', result.ended);
    ties('Ties first attested (every document that reports them may date from their start)', result.firstAttested);
    ties('Ties stated for one date only (episodes)', result.episodes);
    ties('Splits, mergers, renames and other instants', result.happened);
    lives('Persons: first recorded', result.persons.appeared);
    lives('Persons: ended (died or left)', result.persons.ended);
  });
}
