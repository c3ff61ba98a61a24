import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TUNED_ON, seedDocuments } from '../eval/corpus.js';
import { textEvalDocuments, trainingDocuments } from '../eval/eval-documents.js';
import { labelledSentences, trainRanker } from '../eval/ranker-training.js';
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
