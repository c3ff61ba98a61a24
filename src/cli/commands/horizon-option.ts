import type { Command } from 'commander';
import { DEFAULT_HORIZON_MONTHS } from '../../core/dates/horizon.js';

/** Adds D8's `--horizon` to a command that reads ties on a date. */
export const withHorizon = (command: Command): Command =>
  command.option(
    '--horizon <months>',
    `months a tie stays presumed after its last attestation, and possible before a start known only by its latest day (default ${DEFAULT_HORIZON_MONTHS})`,
  );
