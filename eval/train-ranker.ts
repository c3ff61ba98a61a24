/**
 * `npx tsx eval/train-ranker.ts`: trains the relation ranker on the annotations of the tuned-on seeds (TUNED_ON in
 * corpus.ts) and the development texts (eval/texts/train) only — held-out seeds and test texts are never read —,
 * chooses its threshold by leave-one-document-out over them, prints those cross-validated figures and writes
 * src/ingest/facts/ranker/relation-ranker.json. Same documents and annotations → same file.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { trainingDocuments } from './eval-documents.js';
import { chooseThreshold, f1Of, labelledSentences, trainRanker, type Counts } from './ranker-training.js';

const sentences = labelledSentences(trainingDocuments());
if (sentences.length === 0) throw new Error(`no annotated sentences: are the seeds in place?`);
const { best, rows, baseline, perType, tableAlone } = chooseThreshold(sentences);
const pct = (x: number) => x.toFixed(2);
const figures = (c: Counts) => {
  const r = f1Of(c);
  return `P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)} (tp ${r.tp}, fp ${r.fp}, fn ${r.fn})`;
};
process.stdout.write(`trigger table alone: ${figures(baseline)}\n`);
for (const r of rows) process.stdout.write(`threshold ${r.threshold.toFixed(2)}: ${figures(r)}\n`);
// Per type, so that a change to the ranker shows which relations it helps on documents it did not train on.
process.stdout.write(`per type, cross-validated at ${best.threshold} (table alone in brackets):\n`);
for (const [type, c] of [...perType].sort(([a], [b]) => (a < b ? -1 : 1)))
  process.stdout.write(`  ${type.padEnd(20)} ${figures(c)} [F1 ${pct(f1Of(tableAlone.get(type) ?? c).f1)}]\n`);
const model = trainRanker(sentences, best.threshold);
const file = new URL('../src/ingest/facts/ranker/relation-ranker.json', import.meta.url);
// Written as the repository's formatter writes JSON, so that training again leaves the file as committed.
writeFileSync(file, await format(JSON.stringify(model), { ...(await resolveConfig(file.pathname)), parser: 'json' }));
const weights = Object.values(model.types).reduce((n, t) => n + Object.keys(t.weights).length, 0);
process.stdout.write(`threshold ${best.threshold}; ${Object.keys(model.types).length} types, ${weights} weights → ${file.pathname}\n`);
