import { existsSync, statSync } from 'node:fs';
import { FaultlineError } from '../../core/errors.js';
import type { Day } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Source } from '../../core/model/source.js';
import type { Change, Store, WriteSummary } from '../../core/store-port.js';
import type { ImportOptions, ImportSummary } from './import-options.js';
import { actorMapping, readImportedFile } from './import-source.js';
import { ImportedEvents } from './imported-events.js';
import { indexedActors } from './indexed-actors.js';
import { ProposedNames } from './proposed-actors.js';
import { withdrawMissing, type ExportScope } from './withdraw-missing.js';
import { withoutRestatedClaims } from './write-batches.js';
import type { RowFormat, RowMessage } from './row-job.js';
import { citingReader, PENDING_SOURCE } from './pending-source.js';
import { pipelined } from './pipelined-batches.js';
import { readRowsHere, startRowWorker, type RowWorker } from './row-reader.js';

/** How one event export is described and cited. */
export interface EventFormat {
  format: RowFormat;
  prefix: string;
  label: string;
  method: string;
  meta: Partial<Omit<Source, 'id'>> & Pick<Source, 'reliability' | 'reliabilityReason'>;
  /** How an event id names the part of the dataset it belongs to (ACLED: the country code), for withdrawing missing events. */
  scope?: { idPrefix: string; partOf: (id: string) => string | undefined };
}

const BATCH_ROWS = 10_000;
// Below this many bytes (some 20,000 rows) a second thread costs more than it saves.
const WORKER_FROM = 8_000_000;

/**
 * Imports an event export: each row becomes an event with an accepted claim citing the row by its
 * offsets in the registered file. With a store that writes a series atomically (`bulk`), batches are
 * written while later rows are still being read (in a worker thread for a large file), and a bad row
 * anywhere undoes them all; with another store, every row is checked before the first write. Either
 * way a file with any bad row changes nothing, and every problem is reported with its line.
 */
export async function importEvents(store: Store, file: string, options: ImportOptions, format: EventFormat): Promise<ImportSummary> {
  if (options.withdrawMissing && !format.scope) {
    throw new FaultlineError('invalid_input', `${format.label} exports do not say which events they cover: nothing can be withdrawn`);
  }
  // The reading thread starts first, so that it loads while this one reads the file; it is ended below whatever happens.
  const inWorker = options.inWorker ?? (existsSync(file) && statSync(file).size >= WORKER_FROM);
  const worker = inWorker ? startRowWorker() : undefined;
  try {
    return await importWith(store, file, options, format, worker);
  } finally {
    await worker?.stop();
  }
}

async function importWith(store: Store, file: string, options: ImportOptions, format: EventFormat, worker: RowWorker | undefined): Promise<ImportSummary> {
  const at = (options.clock ?? (() => new Date()))().toISOString().slice(0, 10);
  const decoding = options.encoding ? { encoding: options.encoding } : {};
  const common = {
    file,
    method: format.method,
    by: options.by,
    at,
    prefix: format.prefix,
    label: format.label,
    actors: await indexedActors(store),
    mapping: [...(await actorMapping(options.mapping))],
    places: await store.list('place'),
    batchRows: options.batchRows ?? BATCH_ROWS,
  };
  // A worker reads the file itself and starts on its rows at once, citing a pending source, while
  // this thread reads, decodes and hashes the file to register it (some five seconds for a million
  // rows, which the reading waited for when the text was handed over): see pending-source.ts.
  const early = worker?.read({ format: format.format, text: { decoding }, sourceId: PENDING_SOURCE, ...common });
  const imported = await readImportedFile(store, file, { ...format.meta, title: `${format.label} export ${file.split(/[\\/]/).pop() ?? file}` }, decoding);
  const reader = early
    ? citingReader(early, imported.source.id)
    : readRowsHere({ format: format.format, text: imported.text, sourceId: imported.source.id, ...common });
  // Rows after the header, counting line breaks inside quoted fields as rows: the progress bars count rows.
  const total = Math.max(1, countLines(imported.text) - 1);
  const written: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt: '' };
  const tally = (summary: WriteSummary) => {
    written.inserted += summary.inserted;
    written.updated += summary.updated;
    written.unchanged += summary.unchanged;
  };
  const write = async (changes: Change[]) => {
    if (changes.length > 0) tally(await store.write(changes, { by: options.by, trusted: true }));
  };
  // Whether any claim stood when the series began (read inside it, so no other writer can add one
  // meanwhile): without one, no row can restate an earlier import's claim, and the batches' claims are
  // not looked up (a 20,000-id look-up per batch that an import into an empty store answers with nothing).
  let claimsBefore = true;
  const writeRows = async (changes: Change[]) => {
    const fresh = claimsBefore ? await withoutRestatedClaims(store, changes) : { changes, unchanged: 0 };
    written.unchanged += fresh.unchanged;
    await write(fresh.changes);
  };
  let events = 0;
  let newPlaces = 0;
  const withdrawing = options.withdrawMissing === true;
  const seen = new ScopeSeen(format.scope?.partOf ?? (() => undefined));
  // The file's text (tens of megabytes, seconds to store) is stored once the first batch is written
  // rather than before: meanwhile the reading thread reads on, where before the writer stored the text
  // first and then waited for the first batch. Within the series, so it is stored exactly when the rows are.
  let textStored = false;
  const storeText = async () => {
    if (textStored) return;
    textStored = true;
    await store.putSourceText(imported.source.id, imported.text);
  };
  // A batch's changes, made once: what is prepared ahead is found again by record object.
  const changesOf = (message: Extract<RowMessage, { type: 'batch' }>) => {
    const batch = ImportedEvents.of(message.events);
    const places = message.places.map((record): Change => ({ kind: 'place', record }));
    return { batch, places, changes: [...places, ...batch.slice(0, batch.length)] };
  };
  const run = async () => {
    claimsBefore = (await store.counts()).claim > 0;
    await store.write([{ kind: 'source', record: imported.source }], { by: options.by });
    const messages = pipelined(reader, changesOf, (changes) => store.prepareAhead?.(changes, { trusted: true }));
    for (let next = await messages.next(); ; next = await messages.next()) {
      const { message, made } = next;
      if (message.type === 'failed') throw new FaultlineError(message.code, message.message, { issues: message.issues });
      if (message.type === 'done') {
        await storeText();
        if (message.issues.length > 0) {
          throw new FaultlineError('dataset_invalid', `${file}: ${message.issues.length} problem(s); nothing was imported`, { issues: message.issues });
        }
        const proposed = ProposedNames.from(format.prefix, message.proposed);
        const proposals = await proposed.claims(store, { method: format.method, by: options.by, at, file: imported.name });
        await write(proposals.map((record) => ({ kind: 'claim', record })));
        const withdrawn =
          withdrawing && format.scope && seen.scope
            ? await withdrawMissing(store, {
                scope: seen.scope,
                seen: seen.ids,
                idPrefix: format.scope.idPrefix,
                method: format.method,
                by: options.by,
                at,
                file: imported.name,
              })
            : undefined;
        options.progress?.('write', total, total);
        options.progress?.('index', 0, events);
        const proposedIds = new Set(proposals.map((c) => c.subject));
        return {
          rows: message.rows,
          layout: message.layout,
          ...(message.warnings.length > 0 ? { warnings: message.warnings } : {}),
          proposedActors: [...proposed.byId.values()]
            .sort((a, b) => b.rows - a.rows || a.id.localeCompare(b.id))
            .map((p) => ({ id: p.id, name: p.name, rows: p.rows, proposed: proposedIds.has(p.id) })),
          ...(withdrawn ? { withdrawn } : {}),
        };
      }
      const { batch, places, changes } = made ?? changesOf(message);
      events += batch.count;
      newPlaces += places.length;
      if (withdrawing) for (const event of batch.records) seen.add(event);
      await messages.writing(writeRows(changes));
      options.progress?.('write', Math.min(events, total), total);
      await storeText();
    }
  };
  try {
    // About two changes per line: the event and the claim citing its row.
    const outcome = await store.bulk(2 * total, run);
    options.progress?.('index', events, events);
    return {
      file,
      source: imported.source.id,
      ...outcome,
      events,
      inserted: written.inserted,
      updated: written.updated,
      unchanged: written.unchanged,
      newPlaces,
    } satisfies ImportSummary;
  } finally {
    await reader.stop();
  }
}

/** The ids of an export's events, and the parts and days they cover. */
class ScopeSeen {
  readonly ids = new Set<string>();
  private readonly parts = new Set<string>();
  private from: Day | undefined;
  private to: Day | undefined;

  constructor(private readonly partOf: (id: string) => string | undefined) {}

  add(event: ConflictEvent): void {
    this.ids.add(event.id);
    const part = this.partOf(event.id);
    if (part !== undefined) this.parts.add(part);
    const t = parseTemporal(event.date);
    if (!t) return;
    if (this.from === undefined || t.start.earliest < this.from) this.from = t.start.earliest;
    if (this.to === undefined || t.end.latest > this.to) this.to = t.end.latest;
  }

  get scope(): ExportScope | undefined {
    return this.from && this.to && this.parts.size > 0 ? { prefixes: [...this.parts].sort(), from: this.from, to: this.to } : undefined;
  }
}

/** Lines of a text, the last one counted whether or not a line break ends it. */
function countLines(text: string): number {
  let n = text.endsWith('\n') ? 0 : 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
