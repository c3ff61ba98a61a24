import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TUNED_ON, seedDocuments } from '../eval/corpus.js';
import { textEvalDocuments, trainingDocuments } from '../eval/eval-documents.js';
import { countsAt, f1Of, labelledSentences, trainRanker, type LabelledSentence } from '../eval/ranker-training.js';
import type { RankerModel } from '../src/ingest/facts/ranker/rank-relations.js';

const committed = JSON.parse(readFileSync(new URL('../src/ingest/facts/ranker/relation-ranker.json', import.meta.url), 'utf8')) as RankerModel;
const seeds = seedDocuments().length > 0;

describe.skipIf(!seeds)('the relation ranker is reproducible', () => {
  it('is trained on the tuned-on seeds and the development texts only, and training them again gives the committed weights', () => {
    const sentences = labelledSentences(trainingDocuments());
    const train = textEvalDocuments('train').map((d) => d.key);
    expect(train.length).toBeGreaterThan(0);
    expect(new Set(sentences.map((s) => s.doc))).toEqual(new Set([...TUNED_ON, ...train]));
    expect(JSON.stringify(trainRanker(sentences, committed.threshold))).toBe(JSON.stringify(committed));
  });
});

describe('cross-validated counts', () => {
  // One sentence: the table proposed a right and a wrong relation; the ranker scored a missed one and a wrong one.
  const sentence: LabelledSentence = {
    doc: 'd',
    candidates: [],
    proposed: new Set(['leads|a|b', 'member_of|a|c']),
    gold: new Set(['leads|a|b', 'operates_in|a|p', 'founded|a|b']),
  };
  const scores = [
    new Map([
      ['operates_in|a|p', { type: 'operates_in', p: 0.6 }],
      ['hostile_to|a|c', { type: 'hostile_to', p: 0.4 }],
    ]),
  ];

  it('adds to the table the relations scored at or above their threshold, per type and in all', () => {
    const at = countsAt([sentence], scores, () => 0.5);
    expect(at.get('all')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(at.get('operates_in')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(at.get('founded')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(countsAt([sentence], scores, () => 0.3).get('hostile_to')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(countsAt([sentence], scores, () => Infinity).get('all')).toEqual({ tp: 1, fp: 1, fn: 2 });
  });

  it('gives micro precision, recall and F1', () => {
    expect(f1Of({ tp: 2, fp: 1, fn: 1 })).toMatchObject({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
  });
});
