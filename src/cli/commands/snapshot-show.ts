import type { Command } from 'commander';
import { snapshot } from '../../services/queries/snapshot.js';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';

/** Splits a comma-separated option; undefined stays undefined. */
export const csv = (value: string | undefined): string[] | undefined =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

export interface SnapshotOptions extends GlobalOptions {
  asOf: string;
  kind?: string;
  type?: string;
  recordedAt?: string;
  definite?: boolean;
}

export function registerSnapshot(program: Command): void {
  program
    .command('snapshot')
    .description('actors and relations in force on a date, each definite or possible')
    .requiredOption('--as-of <date>', 'YYYY, YYYY-MM or YYYY-MM-DD (its first day)')
    .option('--kind <kinds>', 'actor kinds, comma-separated (armed_group,coalition,…)')
    .option('--type <types>', 'relation types, comma-separated (allied_with,hostile_to,…)')
    .option('--definite', 'only ties definitely in force')
    .option('--recorded-at <instant>', 'as recorded at this instant')
    .action(async (options: SnapshotOptions) => {
      const kinds = csv(options.kind);
      const types = csv(options.type);
      const result = await withStore(options, (store) =>
        snapshot(store, {
          asOf: options.asOf,
          ...(kinds ? { kinds } : {}),
          ...(types ? { types } : {}),
          ...(options.definite ? { minCertainty: 'definite' as const } : {}),
          ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}),
        }),
      );
      if (options.json) {
        printJson(result);
        return;
      }
      const name = new Map<string, string>([...result.actors.map((a) => [a.id, a.name] as const), ...Object.entries(result.places)]);
      const c = result.counts;
      out(
        `Snapshot on ${result.day}${result.recordedAt ? ` as recorded at ${result.recordedAt}` : ''}: ${c.actors} actors, ${c.ties} ties (${c.definite} definite, ${c.possible} possible, ${c.disputed} disputed)`,
      );
      if (result.ties.length === 0) return;
      printTable(
        ['relation', 'from', 'to', 'valid', 'in force'],
        result.ties.map((t) => [t.type, name.get(t.from) ?? t.from, name.get(t.to) ?? t.to, t.valid, `${t.certainty}${t.disputed ? ', disputed' : ''}`]),
      );
    });
}
