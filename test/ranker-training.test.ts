import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TUNED_ON, seedDocuments } from '../eval/corpus.js';
import { labelledSentences, trainRanker } from '../eval/ranker-training.js';
import type { RankerModel } from '../src/ingest/facts/ranker/rank-relations.js';

const committed = JSON.parse(readFileSync(new URL('../src/ingest/facts/ranker/relation-ranker.json', import.meta.url), 'utf8')) as RankerModel;
const seeds = seedDocuments().length > 0;

describe.skipIf(!seeds)('the relation ranker is reproducible', () => {
  it('is trained on the tuned-on seeds only, and training them again gives the committed weights', () => {
    const sentences = labelledSentences(TUNED_ON);
    expect(new Set(sentences.map((s) => s.doc))).toEqual(new Set(TUNED_ON));
    expect(JSON.stringify(trainRanker(sentences, committed.threshold))).toBe(JSON.stringify(committed));
  });
});
