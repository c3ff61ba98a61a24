/**
 * `npm run eval:extract`: runs the extractor on the annotated seed documents and prints precision,
 * recall and F1 for mentions, dates, relations and events: per document, for the held-out documents
 * and the tuned-on ones (TUNED_ON in corpus.ts) separately with a line per type, overall, then every miss.
 * Flags: --quiet (no list of misses); --no-ranker (the trigger table alone, to see what the trained ranker adds).
 */
import { existsSync, readFileSync } from 'node:fs';
import { extract } from '../src/ingest/extract.js';
import { presentExtraction } from '../src/services/ingest/present-extraction.js';
import type { Annotation } from './annotation.js';
import { TUNED_ON, frozenGazetteer, seedDocuments } from './corpus.js';
import { f1, scoreDocument, type Scored, type Tally } from './score.js';

const quiet = process.argv.includes('--quiet');
const noRanker = process.argv.includes('--no-ranker');
const { actors, places } = frozenGazetteer();
const scoredByDoc = new Map<string, Scored[]>();
for (const doc of seedDocuments()) {
  const file = new URL(`./annotations/${doc.key}.jsonl`, import.meta.url);
  if (!existsSync(file)) continue;
  const gold = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Annotation);
  const extraction = extract({
    text: doc.text,
    actors,
    places,
    ...(doc.date ? { documentDate: doc.date } : {}),
    ...(noRanker ? { ranker: { threshold: 1, types: {} } } : {}),
  });
  scoredByDoc.set(doc.key, scoreDocument(presentExtraction(extraction, doc.text), gold, doc.key));
}

interface Total {
  scores: Map<string, Tally>;
  misses: string[];
  right: number;
  of: number;
}
const sum = (tallies: Iterable<Tally>): Tally =>
  [...tallies].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });

/** Adds up the scores of some documents, task by task. */
function combine(keys: readonly string[]): Map<Scored['task'], Total> {
  const totals = new Map<Scored['task'], Total>();
  for (const scored of keys.flatMap((k) => scoredByDoc.get(k) ?? [])) {
    const total = totals.get(scored.task) ?? { scores: new Map(), misses: [], right: 0, of: 0 };
    for (const [key, t] of scored.scores) total.scores.set(key, sum([total.scores.get(key) ?? { tp: 0, fp: 0, fn: 0 }, t]));
    total.misses.push(...scored.misses);
    total.right += scored.accuracy?.right ?? 0;
    total.of += scored.accuracy?.of ?? 0;
    totals.set(scored.task, total);
  }
  return totals;
}

const pct = (x: number) => x.toFixed(2).padStart(5);
const row = (name: string, t: Tally) => {
  const s = f1(t);
  return `  ${name.padEnd(26)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
};
const edtf = (t: Total) => `  EDTF accuracy on dates found: ${t.of ? (t.right / t.of).toFixed(2) : 'n/a'} (${t.right}/${t.of})`;

/** Per task, the row for all types and, with `byType`, one row per type. */
function section(title: string, keys: readonly string[], byType: boolean): string[] {
  if (keys.length === 0) return [];
  const lines = ['', title];
  for (const [task, total] of combine(keys)) {
    lines.push(row(task, sum(total.scores.values())));
    if (byType && task === 'dates') lines.push(edtf(total));
    if (byType && total.scores.size > 1) for (const [key, t] of [...total.scores].sort()) lines.push(row(`  ${key}`, t));
  }
  return lines;
}

const all = [...scoredByDoc.keys()];
const tuned = all.filter((k) => TUNED_ON.includes(k));
const heldOut = all.filter((k) => !TUNED_ON.includes(k));
const lines = [`extraction accuracy on ${all.length} annotated seed document(s)`];
for (const key of all) lines.push(...section(`document ${key} (${TUNED_ON.includes(key) ? 'tuned on' : 'held out'})`, [key], false));
lines.push(...section(`HELD OUT, never used to tune the extractor: ${heldOut.join(', ')}`, heldOut, true));
lines.push(...section(`TUNED ON, annotated while tuning, an upper bound: ${tuned.join(', ')}`, tuned, true));
lines.push(...section(`overall: ${all.join(', ')}`, all, false));
if (!quiet) {
  lines.push('', 'misses');
  for (const [, total] of combine(all)) lines.push(...total.misses.map((m) => `  ${m}`));
}
process.stdout.write(lines.join('\n') + '\n');
