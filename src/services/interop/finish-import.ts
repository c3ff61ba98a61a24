import { FaultlineError, type Issue } from '../../core/errors.js';
import type { Change, Store } from '../../core/store-port.js';
import type { PlaceIndex } from '../../interop/place-index.js';
import type { ImportedFile } from './import-source.js';
import type { ProposedNames } from './proposed-actors.js';
import { concatChanges, type ImportedEvents } from './imported-events.js';
import { writeInBatches, type ProgressReport } from './write-batches.js';

export interface ImportOptions {
  by: string;
  /** CSV `name,actor` mapping imported names to actor ids (`-` to skip a name). */
  mapping?: string;
  clock?: () => Date;
  progress?: ProgressReport;
  /** Report at most this many problems (the import fails whatever their number). */
  maxIssues?: number;
  /** The export's character encoding when it is not UTF-8 (a WHATWG label, e.g. `windows-1252`). */
  encoding?: string;
}

export interface ImportSummary {
  file: string;
  source: string;
  layout?: string;
  rows: number;
  events: number;
  inserted: number;
  updated: number;
  unchanged: number;
  newPlaces: number;
  /** Names no actor answers to, with how many rows name them; `proposed` when this import proposed them for review. */
  proposedActors: { id: string; name: string; rows: number; proposed: boolean }[];
  /** Soft problems, e.g. a reference in the UCDP actor list to an actor the list does not hold. */
  warnings?: string[];
}

export interface ImportParts {
  file: string;
  imported: ImportedFile;
  rows: number;
  layout?: string;
  issues: Issue[];
  places: PlaceIndex;
  proposed: ProposedNames;
  /** The events and the claims citing their rows. */
  events: ImportedEvents;
  method: string;
  at: string;
}

/**
 * The common end of every import: refuse everything when any row had a problem; otherwise register
 * the file's text, then write new places, proposals, events and claims in batches.
 */
export async function finishImport(store: Store, parts: ImportParts, options: ImportOptions): Promise<ImportSummary> {
  const { file, imported, issues, places, proposed, events } = parts;
  if (issues.length > 0) {
    throw new FaultlineError('dataset_invalid', `${file}: ${issues.length} problem(s); nothing was imported`, {
      issues: issues.slice(0, options.maxIssues ?? 200),
    });
  }
  const proposals = await proposed.claims(store, { method: parts.method, by: options.by, at: parts.at, file: imported.name });
  await store.write([{ kind: 'source', record: imported.source }], { by: options.by });
  await store.putSourceText(imported.source.id, imported.text);
  const head: Change[] = [
    ...[...places.created.values()].map((record) => ({ kind: 'place', record }) as Change),
    ...proposals.map((record) => ({ kind: 'claim', record }) as Change),
  ];
  const written = await writeInBatches(store, concatChanges(head, events), options.by, options.progress);
  const proposedIds = new Set(proposals.map((c) => c.subject));
  return {
    file,
    source: imported.source.id,
    ...(parts.layout ? { layout: parts.layout } : {}),
    rows: parts.rows,
    events: events.count,
    inserted: written.inserted,
    updated: written.updated,
    unchanged: written.unchanged,
    newPlaces: places.created.size,
    proposedActors: [...proposed.byId.values()]
      .sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id))
      .map((p) => ({ id: p.id, name: p.name, rows: p.rows, proposed: proposedIds.has(p.id) })),
  };
}
