import type { Command } from 'commander';
import { withStore, type GlobalOptions } from '../context.js';
import { out, printJson, printTable } from '../output/print.js';
import { withHorizon } from './horizon-option.js';

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
  presumed?: boolean;
  horizon?: string;
}

export function registerSnapshot(program: Command): void {
  withHorizon(
    program
      .command('snapshot')
      .description('actors and relations in force on a date, each definite, possible or presumed')
      .requiredOption('--as-of <date>', 'YYYY, YYYY-MM or YYYY-MM-DD: the day, month or year it names')
      .option('--kind <kinds>', 'actor kinds, comma-separated (armed_group,coalition,…)')
      .option('--type <types>', 'relation types, comma-separated (allied_with,hostile_to,…)')
      .option('--definite', 'only ties definitely in force')
      .option('--no-presumed', 'leave out ties only presumed after their last attestation')
      .option('--recorded-at <instant>', 'as recorded at this instant'),
  ).action(async (options: SnapshotOptions) => {
    const [{ horizonArg }, { snapshot }] = await Promise.all([import('../../services/queries/dates.js'), import('../../services/queries/snapshot.js')]);
    const kinds = csv(options.kind);
    const types = csv(options.type);
    const result = await withStore(options, (store) =>
      snapshot(store, {
        asOf: options.asOf,
        ...(kinds ? { kinds } : {}),
        ...(types ? { types } : {}),
        ...(options.definite ? { minCertainty: 'definite' as const } : options.presumed === false ? { minCertainty: 'possible' as const } : {}),
        ...horizonArg(options.horizon),
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
      `Snapshot ${result.until === result.day ? `on ${result.day}` : `for ${result.asOf}`}${result.recordedAt ? ` as recorded at ${result.recordedAt}` : ''}: ${c.actors} actors, ${c.ties} ties (${c.definite} definite, ${c.possible} possible, ${c.presumed} presumed, ${c.disputed} disputed)`,
    );
    if (result.ties.length === 0) return;
    printTable(
      ['relation', 'from', 'to', 'valid', 'in force', 'last attested'],
      result.ties.map((t) => [
        t.type,
        name.get(t.from) ?? t.from,
        name.get(t.to) ?? t.to,
        t.valid,
        `${t.certainty}${t.disputed ? ', disputed' : ''}`,
        t.lastAttested ?? '',
      ]),
    );
  });
}
