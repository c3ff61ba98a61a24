import { checkedRecordIssues } from '../../core/dataset/compiled-checks.js';
import { FaultlineError, type ErrorCode, type Issue } from '../../core/errors.js';
import type { Place } from '../../core/model/place.js';
import { describeAcledLayout } from '../../interop/acled/acled-layout.js';
import { acledRecords, type AcledRecordContext } from '../../interop/acled/acled-records.js';
import { parseAcled } from '../../interop/acled/parse-acled.js';
import { ActorNameIndex, type IndexedActor } from '../../interop/actor-names.js';
import { countryOfRow } from '../../interop/countries.js';
import { PlaceIndex } from '../../interop/place-index.js';
import { loadGazetteer } from '../places/load-gazetteer.js';
import { gedRecords } from '../../interop/ucdp/ged-records.js';
import { parseGed } from '../../interop/ucdp/parse-ged.js';
import { exportText, type ImportEncoding } from './export-text.js';
import { ImportedEvents, type ImportedEventsData } from './imported-events.js';
import { ProposedNames, type ProposedName } from './proposed-actors.js';

/** The event exports read row by row into events and the claims citing them. */
export type RowFormat = 'acled' | 'ucdp-ged';

/**
 * Everything the reading of an export needs, as plain data: it is handed to a worker thread for a
 * large file, so the rows are read and checked there while the main thread writes earlier batches.
 */
export interface RowJob {
  format: RowFormat;
  /**
   * The export in normal form (T1), or how to decode the file to get it: a worker reads the file
   * itself (export-text.ts) rather than wait for the writing thread to read it and hand it over.
   */
  text: string | { decoding: ImportEncoding };
  /** The file, read when `text` says so, and named in messages. */
  file: string;
  /** The id the claims cite: PENDING_SOURCE when the reading starts before the file is hashed. */
  sourceId: string;
  method: string;
  by: string;
  at: string;
  /** Prefix of the ids of new places and proposed actors (`acled`, `ucdp`), and the label places cite for their coordinates. */
  prefix: string;
  label: string;
  /** The recorded actors with the countries they belong to or are placed in, so that a name resolves within its row's country. */
  actors: IndexedActor[];
  mapping: [string, string | null][];
  places: Place[];
  /** Events per batch. */
  batchRows: number;
}

/** What reading an export hands on, in order: batches while no row has had a problem, then the end. */
export type RowMessage =
  | {
      type: 'batch';
      /** Places first named by this batch's rows. */
      places: Place[];
      events: ImportedEventsData;
      /** Where in the text the batch's last row ends. */
      end: number;
    }
  | {
      type: 'done';
      rows: number;
      events: number;
      layout: string;
      /** Every problem of the file, in the order of its lines. */
      issues: Issue[];
      warnings: string[];
      proposed: ProposedName[];
    }
  | { type: 'failed'; code: ErrorCode; message: string; issues: Issue[] };

/** A message as it crosses from the reading thread: a batch's events as their canonical lines in one text. */
export type RowWireMessage = Exclude<RowMessage, { type: 'batch' }> | (Omit<Extract<RowMessage, { type: 'batch' }>, 'events'> & { events: WireEvents });
type WireEvents = Omit<ImportedEventsData, 'events' | 'lines'> & { lines: string };

/**
 * Structured cloning of tens of thousands of small event objects took a tenth of the reading
 * thread's time; one text each way costs less. The text is the events' canonical lines, one a line
 * (JSON escapes every line break inside a value): the writer stores them as they are. Beside them
 * cross what the store derives from each event (`EventColumns`, arrays of strings and numbers), so
 * the writer does not parse the lines back into records: an event is parsed only when something
 * reads its record (the PostgreSQL adapter, withdrawing missing events). The claims, cheaper to
 * build than to carry, still cross as their fields.
 */
export function toWire(message: RowMessage): RowWireMessage {
  if (message.type !== 'batch') return message;
  const { common, starts, ends, hashes, credibility, notes, kept, lines, columns } = message.events;
  return { ...message, events: { common, starts, ends, hashes, credibility, notes, kept, lines: lines.join('\n'), columns } };
}

export function fromWire(message: RowWireMessage): RowMessage {
  if (message.type !== 'batch') return message;
  const { lines: text, ...rest } = message.events;
  const lines = text === '' ? [] : text.split('\n');
  return { ...message, events: { ...rest, lines } };
}

type Built = ReturnType<typeof acledRecords>;
type Parsed = { rows: number; events: number; layout: string; issues: Issue[]; warnings: string[] };
type ReadFormat = (text: string, file: string, ctx: AcledRecordContext, issues: Issue[], onBuilt: (built: Built, end: number, line: number) => void) => Parsed;

const FORMATS: Record<RowFormat, ReadFormat> = {
  acled: (text, file, ctx, issues, onBuilt) => {
    const parsed = parseAcled(text, file, (rows, layout) =>
      onBuilt(acledRecords(rows, layout.rowsPer, ctx, issues), rows.at(-1)?.at.end ?? 0, rows[0]?.at.line ?? 0),
    );
    return { ...parsed, layout: describeAcledLayout(parsed.layout) };
  },
  'ucdp-ged': (text, file, ctx, issues, onBuilt) => {
    return parseGed(text, file, (row) => onBuilt(gedRecords(row, ctx, issues), row.at.end, row.at.line));
  },
};

/**
 * Reads an export row by row, posting a batch of events and claims every `batchRows` rows. Once any
 * row has a problem no more batches are posted (nothing will be written) and reading goes on only to
 * report every problem. A problem that stops reading (not an export of this format) is posted as
 * `failed`.
 */
export function runRowJob(job: RowJob, post: (message: RowMessage) => void): void {
  try {
    const actors = new ActorNameIndex(job.actors, new Map(job.mapping));
    // The gazetteer the extractor reads too: a row's town becomes its GeoNames entry, linked, when one fits.
    const places = new PlaceIndex(job.places, job.prefix, job.label, loadGazetteer());
    const proposed = new ProposedNames(job.prefix);
    const issues: Issue[] = [];
    const ctx: AcledRecordContext = {
      file: job.file,
      sourceId: job.sourceId,
      by: job.by,
      at: job.at,
      country: countryOfRow,
      actor: (name, country) => actors.resolve(name, country),
      place: (location) => places.resolve(location),
    };
    const common = { source: job.sourceId, method: job.method, by: job.by, at: job.at };
    let batch = new ImportedEvents(common);
    let placesPosted = 0;
    let end = 0;
    const flush = () => {
      if (issues.length > 0 || batch.count === 0) return;
      const created = [...places.created.values()];
      post({ type: 'batch', places: created.slice(placesPosted), events: batch.data(), end });
      placesPosted = created.length;
      batch = new ImportedEvents(common);
    };
    const text = typeof job.text === 'string' ? job.text : exportText(job.file, job.text.decoding);
    const parsed = FORMATS[job.format](text, job.file, ctx, issues, (built, rowEnd, line) => {
      if (!built) return;
      for (const u of built.unresolved) proposed.note(u.name, u.evidence, { country: u.country, ...(u.acledType ? { acledType: u.acledType } : {}) });
      // What a row built is held to the loader's own rule, so an import never stores what load would refuse.
      const at = { file: job.file, line };
      issues.push(...checkedRecordIssues('event', built.event, at), ...checkedRecordIssues('claim', built.claim, at));
      if (issues.length > 0) return;
      batch.add(built.event, built.claim);
      end = rowEnd;
      if (batch.count >= job.batchRows) flush();
    });
    const all = [...parsed.issues, ...issues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    if (all.length === 0) flush();
    post({
      type: 'done',
      rows: parsed.rows,
      events: parsed.events,
      layout: parsed.layout,
      issues: all,
      warnings: parsed.warnings,
      proposed: [...proposed.byId.values()],
    });
  } catch (error) {
    if (error instanceof FaultlineError) post({ type: 'failed', code: error.code, message: error.message, issues: [...error.issues] });
    else throw error;
  }
}
