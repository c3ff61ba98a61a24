import { checkReferences } from '../../core/dataset/check-references.js';
import { FaultlineError } from '../../core/errors.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { Relation } from '../../core/model/relation.js';
import type { Source } from '../../core/model/source.js';
import type { Store } from '../../core/store-port.js';
import { CodePointIndex } from '../../core/text/normalise.js';
import { checkIntegrity, type IntegrityRecords, type IntegrityReport, type PassageReader } from '../../analysis/integrity/index.js';
import { loadGazetteer } from '../places/load-gazetteer.js';
import { readDocuments } from '../validate-evidence.js';
import { readDataset } from './read-dataset.js';

export type { IntegrityReport } from '../../analysis/integrity/index.js';

/** Where the cited passages come from: a folder of documents, as `validate --sources` reads it. */
export interface CheckOptions {
  sources?: string;
}

/** A reader over the texts found, or undefined when there are none (C9 is then skipped). */
function passageReader(texts: ReadonlyMap<string, CodePointIndex>): PassageReader | undefined {
  if (texts.size === 0) return undefined;
  return (e) => {
    const index = texts.get(e.source);
    return index && e.end <= index.length ? index.slice(e.start, e.end) : undefined;
  };
}

const documentIndexes = (options: CheckOptions): Map<string, CodePointIndex> =>
  new Map(options.sources ? [...readDocuments(options.sources)].map(([id, d]) => [id, d.index]) : []);

/** Checks a dataset folder without writing anything; a folder that does not parse or resolve is refused as `load` refuses it. */
export function checkFolder(dir: string, options: CheckOptions = {}): IntegrityReport {
  const { records, issues } = readDataset(dir);
  for (const issue of checkReferences(records)) issues.push(issue);
  if (issues.length > 0) throw new FaultlineError('dataset_invalid', `${dir}: ${issues.length} problem(s); nothing was checked`, { issues });
  const plain: IntegrityRecords = {
    sources: records.source.map((at) => at.record as Source),
    actors: records.actor.map((at) => at.record as Actor),
    places: records.place.map((at) => at.record as Place),
    relations: records.relation.map((at) => at.record as Relation),
    events: records.event.map((at) => at.record as ConflictEvent),
    claims: records.claim.map((at) => at.record as Claim),
  };
  const passage = passageReader(documentIndexes(options));
  return checkIntegrity(plain, { ...(passage ? { passage } : {}), gazetteer: loadGazetteer() });
}

/** Checks the records current in a store; passages are read from `--sources` first, then from the texts the store holds. */
export async function checkStore(store: Store, options: CheckOptions = {}): Promise<IntegrityReport> {
  const [sources, actors, places, relations, events, claims] = await Promise.all([
    store.list('source'),
    store.list('actor'),
    store.list('place'),
    store.list('relation'),
    store.list('event'),
    store.claims(),
  ]);
  const texts = documentIndexes(options);
  for (const id of new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)))) {
    if (texts.has(id)) continue;
    const stored = await store.getSourceText(id);
    if (stored !== undefined) texts.set(id, new CodePointIndex(stored));
  }
  const passage = passageReader(texts);
  return checkIntegrity({ sources, actors, places, relations, events, claims }, { ...(passage ? { passage } : {}), gazetteer: loadGazetteer() });
}
