import type { Place } from '../../core/model/place.js';
import type { Source } from '../../core/model/source.js';
import type { Store } from '../../core/store-port.js';
import { sha256Hex } from '../../core/text/normalise.js';
import { findDates } from '../../ingest/dates/normalise-dates.js';
import { extract, type Extraction } from '../../ingest/extract.js';
import { overLimit } from '../../ingest/readers/limits.js';
import { detectLanguage } from '../../ingest/text/language.js';
import { gazetteerPlaces } from '../places/gazetteer-places.js';
import { buildProposals, type ProposalSummary } from './build-proposals.js';
import { presentExtraction, type ExtractionReport } from './present-extraction.js';
import { ingestLimits } from './ingest-limits.js';
import { readDocument, type DocumentText, type ReadOptions } from './read-document.js';
import { sourceRecord, type SourceFlags } from './source-metadata.js';
import { sourceDates } from '../queries/load.js';

export interface IngestOptions extends ReadOptions {
  source?: SourceFlags;
  dryRun?: boolean;
  /** Who ingests; recorded as the proposing claims' author. */
  by?: string;
  clock?: () => Date;
  /** Milliseconds on a monotonic clock, for the time limit (default `performance.now`). */
  timer?: () => number;
}

export interface IngestResult extends ExtractionReport {
  file: string;
  format: string;
  source: Source;
  /** False when the document was already registered. */
  newSource: boolean;
  language?: string;
  /** The date relative expressions were read against. */
  documentDate?: string;
  words: number;
  sentences: number;
  dryRun: boolean;
  proposed: ProposalSummary[];
  /** Proposals left out because an earlier ingestion already made them. */
  repeated: number;
  /** What was read otherwise than the file says (a charset it cannot be in), each naming the file. */
  warnings: string[];
}

interface Prepared {
  doc: DocumentText;
  source: Source;
  newSource: boolean;
  extraction: Extraction;
  /** Gazetteer towns offered to the extractor; those a proposal names are added with it. */
  fromGazetteer: Place[];
  documentDate?: string;
}

/** A document's own date, else the latest year it names up to today, as an anchor for relative dates. */
function anchorDate(source: Source, text: string, now: Date): string | undefined {
  if (source.date) return source.date;
  // A loop, not Math.max(...years): a text of 130,000 years overflowed the stack (issue 18).
  let latest: number | undefined;
  for (const d of findDates(text)) {
    const year = Number(/^\/?(\d{4})/.exec(d.edtf)?.[1]);
    if (Number.isFinite(year) && year <= now.getUTCFullYear() && (latest === undefined || year > latest)) latest = year;
  }
  return latest === undefined ? undefined : String(latest);
}

/** Throws once reading and extracting `file` has taken longer than the limit. */
function timeLimit(file: string, options: IngestOptions): () => void {
  const timer = options.timer ?? (() => performance.now());
  const { maxSeconds } = ingestLimits(options);
  const started = timer();
  return () => {
    const seconds = (timer() - started) / 1000;
    if (seconds > maxSeconds) throw overLimit(file, 'maxSeconds', maxSeconds, `still being read after ${Math.round(seconds)} seconds`);
  };
}

async function prepare(store: Store, file: string, options: IngestOptions): Promise<Prepared> {
  const checkTime = timeLimit(file, options);
  const doc = await readDocument(file, options);
  checkTime();
  const id = sha256Hex(doc.text);
  const existing = await store.get('source', id);
  const language = options.source?.language ?? detectLanguage(doc.text);
  const source = existing ?? sourceRecord(id, file, doc.metadata, language, options.source ?? {});
  const documentDate = anchorDate(source, doc.text, (options.clock ?? (() => new Date()))());
  const [actors, recorded, ties] = await Promise.all([store.list('actor'), store.list('place'), store.list('relation')]);
  // Towns the dataset does not hold yet are read from the gazetteer, as the importers read them.
  const fromGazetteer = gazetteerPlaces(recorded);
  const places = [...recorded, ...fromGazetteer];
  const extraction = extract({
    text: doc.text,
    actors,
    places,
    // The ties the graph records: a report restating one is proposed as support for it (ranker/known-ties.ts).
    known: ties.map(({ type, from, to }) => ({ type, from, to })),
    checkTime,
    ...(language ? { language } : {}),
    ...(documentDate ? { documentDate } : {}),
  });
  // What the report cites as its sources (outlets, monitors, researchers) is the source's metadata, never an actor.
  const cites = [...new Set([...(source.cites ?? []), ...extraction.cited])];
  const described = !existing && cites.length > 0 ? { ...source, cites } : source;
  return { doc, source: described, newSource: !existing, extraction, fromGazetteer, ...(documentDate ? { documentDate } : {}) };
}

/**
 * Ingests documents: every file is read and extracted first, so an unreadable file stops the batch
 * before anything is written; then each document's source and proposed claims go to the store in
 * one transaction. A dry run writes nothing.
 */
export async function ingestDocuments(store: Store, files: readonly string[], options: IngestOptions = {}): Promise<IngestResult[]> {
  const prepared: Prepared[] = [];
  for (const file of files) prepared.push(await prepare(store, file, options));
  const results: IngestResult[] = [];
  const clock = options.clock ?? (() => new Date());
  for (const p of prepared) {
    const [actors, places, relations, events, dates] = await Promise.all([
      store.list('actor'),
      store.list('place'),
      store.list('relation'),
      store.list('event'),
      sourceDates(store, {}),
    ]);
    const proposals = buildProposals({
      extraction: p.extraction,
      text: p.doc.text,
      source: p.source,
      ...(p.documentDate ? { documentDate: p.documentDate } : {}),
      existing: {
        actors: new Map(actors.map((a) => [a.id, a])),
        places: new Map([...places, ...p.fromGazetteer].map((x) => [x.id, x])),
        relations,
        events,
        claims: await store.claims(),
        sourceDate: (id) => dates.get(id),
      },
      by: options.by ?? 'analyst',
      at: clock().toISOString(),
    });
    if (!options.dryRun) {
      // The text first: without its source record it is invisible, and storing it again is a no-op.
      await store.putSourceText(p.source.id, p.doc.text);
      // Every place a proposal points at: an event's place, and either end of a relation (a group active around a town
      // only the gazetteer holds), so that accepting the proposal finds the place it names.
      const named = new Set(
        proposals.claims.flatMap((c) => {
          const value = c.value as { place?: unknown; from?: unknown; to?: unknown } | undefined;
          return [value?.place, value?.from, value?.to];
        }),
      );
      const known = new Set(places.map((x) => x.id));
      const added = p.fromGazetteer.filter((x) => named.has(x.id) && !known.has(x.id));
      await store.write(
        [
          ...(p.newSource ? [{ kind: 'source' as const, record: p.source }] : []),
          ...added.map((record) => ({ kind: 'place' as const, record })),
          ...proposals.claims.map((record) => ({ kind: 'claim' as const, record })),
        ],
        { by: options.by ?? 'analyst' },
      );
    }
    results.push({
      file: p.doc.file,
      format: p.doc.format,
      source: p.source,
      newSource: p.newSource,
      ...(p.extraction.language ? { language: p.extraction.language } : {}),
      ...(p.documentDate ? { documentDate: p.documentDate } : {}),
      words: p.extraction.words,
      sentences: p.extraction.sentences.length,
      dryRun: options.dryRun === true,
      proposed: proposals.summary,
      repeated: proposals.repeated,
      warnings: p.doc.warnings,
      ...presentExtraction(p.extraction, p.doc.text),
    });
  }
  return results;
}
