/**
 * `npx tsx eval/train-ranker.ts`: trains the relation ranker on the annotations of the tuned-on seeds (TUNED_ON in
 * corpus.ts) and the development texts (eval/texts/train) only — held-out seeds and test texts are never read —,
 * chooses its threshold by leave-one-document-out over them, prints those cross-validated figures and writes
 * src/ingest/facts/ranker/relation-ranker.json. Same documents and annotations → same file.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { trainingDocuments } from './eval-documents.js';
import { chooseThreshold, labelledSentences, trainRanker } from './ranker-training.js';

const sentences = labelledSentences(trainingDocuments());
if (sentences.length === 0) throw new Error(`no annotated sentences: are the seeds in place?`);
const { best, rows, baseline } = chooseThreshold(sentences);
const pct = (x: number) => x.toFixed(2);
process.stdout.write(`trigger table alone: P ${pct(baseline.precision)} R ${pct(baseline.recall)} F1 ${pct(baseline.f1)}\n`);
for (const r of rows)
  process.stdout.write(`threshold ${r.threshold.toFixed(2)}: P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})\n`);
const model = trainRanker(sentences, best.threshold);
const file = new URL('../src/ingest/facts/ranker/relation-ranker.json', import.meta.url);
// Written as the repository's formatter writes JSON, so that training again leaves the file as committed.
writeFileSync(file, await format(JSON.stringify(model), { ...(await resolveConfig(file.pathname)), parser: 'json' }));
const weights = Object.values(model.types).reduce((n, t) => n + Object.keys(t.weights).length, 0);
process.stdout.write(`threshold ${best.threshold}; ${Object.keys(model.types).length} types, ${weights} weights → ${file.pathname}\n`);
