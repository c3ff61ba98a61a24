import type { Withdrawal } from './withdraw-missing.js';
import type { ProgressReport } from './write-batches.js';

export interface ImportOptions {
  by: string;
  /** CSV `name,actor` mapping imported names to actor ids (`-` to skip a name). */
  mapping?: string;
  clock?: () => Date;
  progress?: ProgressReport;
  /** The export's character encoding when it is not UTF-8 (a WHATWG label, e.g. `windows-1252`). */
  encoding?: string;
  /** Read the rows in a worker thread; by default only for a large file. */
  inWorker?: boolean;
  /** Events per batch written (default 10,000). */
  batchRows?: number;
  /**
   * Withdraw the events that earlier imports of the same dataset brought in and this export, over
   * the countries and days it covers, no longer lists (ACLED removes duplicates and corrections).
   */
  withdrawMissing?: boolean;
}

export interface ImportSummary {
  file: string;
  source: string;
  /** How the file is laid out, in words (one row per event or per actor, older columns, an HDX hashtag row). */
  layout?: string;
  /** Data rows read; with one row per actor, several rows make one event. */
  rows: number;
  events: number;
  inserted: number;
  updated: number;
  unchanged: number;
  newPlaces: number;
  /** Names no actor answers to, with how many rows name them; `proposed` when this import proposed them for review. */
  proposedActors: { id: string; name: string; rows: number; proposed: boolean }[];
  /** Soft problems, e.g. a row repeating another word for word, or a reference in the UCDP actor list to an actor the list does not hold. */
  warnings?: string[];
  /** With `withdrawMissing`: the events the export no longer lists, and what became of them. */
  withdrawn?: Withdrawal;
}
