/**
 * Training data and training for the relation ranker (src/ingest/facts/ranker/): the candidate pairs
 * of the annotated sentences of some documents, labelled by the annotations, and one logistic model per
 * relation type. Pure functions over extraction output and annotations; eval/train-ranker.ts does the I/O.
 */
import { extract } from '../src/ingest/extract.js';
import type { PairCandidate } from '../src/ingest/facts/ranker/candidates.js';
import { trainLogistic, probability, type Example, type TrainOptions } from '../src/ingest/facts/ranker/logistic.js';
import { relationKey, typedFeatures, type RankerModel } from '../src/ingest/facts/ranker/rank-relations.js';
import type { Annotation } from './annotation.js';
import { frozenGazetteer, knownTies } from './corpus.js';
import type { EvalDocument } from './eval-documents.js';
import { newEndResolver, proposedIds } from './new-end-keys.js';

/** One annotated sentence: its candidate pairs, what the trigger table proposed, and the gold relations it states. */
export interface LabelledSentence {
  doc: string;
  candidates: PairCandidate[];
  proposed: ReadonlySet<string>;
  gold: ReadonlySet<string>;
}

export const TRAIN_OPTIONS: TrainOptions = { epochs: 300, rate: 0.1, l2: 3e-2, minCount: 3 };
/** A type is learned only from this many positive pairs; fewer would learn the one sentence. */
const MIN_POSITIVES = 3;
const EMPTY: RankerModel = { threshold: 1, types: {} };

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The labelled sentences of the given documents (inside their annotated regions), extracted without a ranker. A gold end
 * `new:slug` labels the pair with the actor proposed at its mention; in a document whose annotation keeps such relations
 * as notes (no `newEnds`), pairs and table proposals with a proposed end are left out, being neither right nor wrong.
 */
export function labelledSentences(docs: readonly EvalDocument[]): LabelledSentence[] {
  const { actors, places } = frozenGazetteer();
  const out: LabelledSentence[] = [];
  for (const doc of docs) {
    const gold = doc.gold;
    const regions = gold.filter((a) => a.type === 'region');
    const relations = gold.filter((a): a is Extract<Annotation, { type: 'relation' }> => a.type === 'relation');
    const pending: { candidates: PairCandidate[]; proposed: ReadonlySet<string>; here: typeof relations }[] = [];
    const extraction = extract({
      text: doc.text,
      actors,
      places,
      known: knownTies(doc.source),
      language: doc.language,
      ...(doc.date ? { documentDate: doc.date } : {}),
      ranker: EMPTY,
      onCandidates: (view, candidates, proposed) => {
        if (!regions.some((r) => view.start < r.end && r.start < view.end)) return;
        pending.push({ candidates, proposed, here: relations.filter((r) => overlaps(r.evidence, view)) });
      },
    });
    const end = newEndResolver(doc.text, extraction.mentions, gold);
    const unscored = doc.newEnds ? new Set<string>() : proposedIds(extraction.mentions);
    const scored = (ids: readonly string[]) => !ids.some((id) => unscored.has(id));
    for (const p of pending)
      out.push({
        doc: doc.key,
        candidates: p.candidates.filter((c) => scored([c.from.id, c.to.id])),
        proposed: new Set([...p.proposed].filter((k) => scored(k.split('|').slice(1)))),
        gold: new Set(p.here.map((r) => relationKey(r.relation, end(r.from), end(r.to)))),
      });
  }
  return out;
}

/** One model per relation type with enough positives, over the kinds of pair it was seen with. */
export function trainRanker(sentences: readonly LabelledSentence[], threshold: number, options: TrainOptions = TRAIN_OPTIONS): RankerModel {
  const positives = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const s of sentences)
    for (const c of s.candidates)
      for (const key of s.gold) {
        const [type] = key.split('|') as [string];
        if (relationKey(type, c.from.id, c.to.id) !== key) continue;
        positives.set(type, (positives.get(type) ?? new Set()).add(c.kinds));
        counts.set(type, (counts.get(type) ?? 0) + 1);
      }
  const types: RankerModel['types'] = {};
  for (const type of [...positives.keys()].sort()) {
    if ((counts.get(type) ?? 0) < MIN_POSITIVES) continue;
    const kinds = [...(positives.get(type) as Set<string>)].sort();
    const examples: Example[] = [];
    for (const s of sentences)
      for (const c of s.candidates) {
        if (!kinds.includes(c.kinds)) continue;
        examples.push({ features: typedFeatures(c, type, s.proposed), label: s.gold.has(relationKey(type, c.from.id, c.to.id)) ? 1 : 0 });
      }
    types[type] = { kinds, weights: trainLogistic(examples, options) };
  }
  return { threshold, types };
}

/** Per sentence, the best probability each typed pair key gets from a model that never saw the sentence's document. */
export type OutOfFold = Map<string, { type: string; p: number }>[];

/**
 * Out-of-fold scores: the documents split into `folds` groups (every document its own when `folds` is 0: leave one
 * document out), each group scored by a model trained on the rest. Scores, not decisions, so that thresholds can be
 * chosen afterwards without training again.
 */
export function outOfFold(sentences: readonly LabelledSentence[], options: TrainOptions = TRAIN_OPTIONS, folds = 0): OutOfFold {
  const docs = [...new Set(sentences.map((s) => s.doc))];
  const foldOf = new Map(docs.map((d, i) => [d, folds > 0 ? i % folds : i]));
  const out: OutOfFold = sentences.map(() => new Map());
  for (const fold of new Set(foldOf.values())) {
    const model = trainRanker(
      sentences.filter((s) => foldOf.get(s.doc) !== fold),
      0.5,
      options,
    );
    sentences.forEach((s, i) => {
      if (foldOf.get(s.doc) !== fold) return;
      const scores = out[i] as Map<string, { type: string; p: number }>;
      for (const c of s.candidates)
        for (const [type, m] of Object.entries(model.types)) {
          if (!m.kinds.includes(c.kinds)) continue;
          const key = relationKey(type, c.from.id, c.to.id);
          const p = probability(m.weights, typedFeatures(c, type, s.proposed));
          if (p > (scores.get(key)?.p ?? -1)) scores.set(key, { type, p });
        }
    });
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const typeOf = (key: string) => key.slice(0, key.indexOf('|'));

/** Counts per relation type (and `all`) of the table's proposals plus the scored keys at or above their type's threshold. */
export function countsAt(sentences: readonly LabelledSentence[], scores: OutOfFold, threshold: (type: string) => number): Map<string, Counts> {
  const out = new Map<string, Counts>();
  const add = (key: string, field: keyof Counts) => {
    for (const row of [typeOf(key), 'all']) {
      const c = out.get(row) ?? { tp: 0, fp: 0, fn: 0 };
      c[field]++;
      out.set(row, c);
    }
  };
  sentences.forEach((s, i) => {
    const predicted = new Set(s.proposed);
    for (const [key, v] of scores[i] as Map<string, { type: string; p: number }>) if (v.p >= threshold(v.type)) predicted.add(key);
    for (const k of predicted) add(k, s.gold.has(k) ? 'tp' : 'fp');
    for (const k of s.gold) if (!predicted.has(k)) add(k, 'fn');
  });
  return out;
}

/** Micro precision, recall and F1 of counts. */
export function f1Of(c: Counts) {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  return { ...c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const THRESHOLDS = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8];

/**
 * The threshold chosen by leave-one-document-out: each training document is scored by a model trained on the others,
 * and the threshold with the best pooled F1 wins. Also the cross-validated counts per relation type at that threshold
 * and of the trigger table alone, the honest estimate of what the ranker adds on text it was not trained on.
 */
export function chooseThreshold(sentences: readonly LabelledSentence[], options: TrainOptions = TRAIN_OPTIONS) {
  const scores = outOfFold(sentences, options);
  const rows = THRESHOLDS.map((threshold) => ({ threshold, ...f1Of(countsAt(sentences, scores, () => threshold).get('all') ?? { tp: 0, fp: 0, fn: 0 }) }));
  const best = rows.reduce((a, b) => (b.f1 > a.f1 ? b : a));
  const perType = countsAt(sentences, scores, () => best.threshold);
  const tableAlone = countsAt(sentences, scores, () => Infinity);
  const baseline = f1Of(tableAlone.get('all') ?? { tp: 0, fp: 0, fn: 0 });
  return { best, rows, baseline, perType, tableAlone };
}
