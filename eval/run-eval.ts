/**
 * `npm run eval:extract`: runs the extractor on the annotated seed documents and prints precision,
 * recall and F1 for mentions, dates, relations and events, per type, then every miss.
 * Flags: --quiet (no list of misses).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/ingest/extract.js';
import { presentExtraction } from '../src/services/ingest/present-extraction.js';
import type { Annotation } from './annotation.js';
import { frozenGazetteer, seedDocuments } from './corpus.js';
import { f1, scoreDocument, type Scored, type Tally } from './score.js';

const quiet = process.argv.includes('--quiet');
const { actors, places } = frozenGazetteer();
const totals = new Map<string, { scores: Map<string, Tally>; misses: string[]; right: number; of: number }>();
let documents = 0;
for (const doc of seedDocuments()) {
  const file = new URL(`./annotations/${doc.key}.jsonl`, import.meta.url);
  if (!existsSync(file)) continue;
  documents++;
  const gold = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Annotation);
  const extraction = extract({ text: doc.text, actors, places, ...(doc.date ? { documentDate: doc.date } : {}) });
  for (const scored of scoreDocument(presentExtraction(extraction, doc.text), gold, doc.key)) add(scored);
}

function add(scored: Scored): void {
  const total = totals.get(scored.task) ?? { scores: new Map(), misses: [], right: 0, of: 0 };
  for (const [key, t] of scored.scores) {
    const sum = total.scores.get(key) ?? { tp: 0, fp: 0, fn: 0 };
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
    total.scores.set(key, sum);
  }
  total.misses.push(...scored.misses);
  total.right += scored.accuracy?.right ?? 0;
  total.of += scored.accuracy?.of ?? 0;
  totals.set(scored.task, total);
}

const pct = (x: number) => x.toFixed(2).padStart(5);
const row = (name: string, t: Tally) => {
  const s = f1(t);
  return `  ${name.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
const lines: string[] = [`extraction accuracy on ${documents} annotated seed document(s)`];
for (const [task, total] of totals) {
  const all = [...total.scores.values()].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });
  lines.push('', `${task}`, row('all', all));
  if (task === 'dates') lines.push(`  EDTF accuracy on dates found: ${total.of ? (total.right / total.of).toFixed(2) : 'n/a'} (${total.right}/${total.of})`);
  for (const [key, t] of [...total.scores].sort()) if (total.scores.size > 1) lines.push(row(key, t));
}
if (!quiet) {
  lines.push('', 'misses');
  for (const [, total] of totals) lines.push(...total.misses.map((m) => `  ${m}`));
}
process.stdout.write(lines.join('\n') + '\n');
