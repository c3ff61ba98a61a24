/**
 * `npm run eval:extract`: runs the extractor on every annotated document and prints precision, recall and F1 for
 * mentions, dates, relations and events, in six groups kept apart (eval-documents.ts): seeds held out, seeds tuned on,
 * development texts (eval/texts/train, which the ranker is trained on) and three blind test sets (eval/texts/test,
 * eval/texts/test2 and eval/texts/test3, written by different annotators) — each with a line per type and per language — then the misses of
 * the seeds tuned on and the development texts. The misses of held-out seeds and test texts are never printed, so that
 * nobody tunes on them.
 * Flags: --quiet (no list of misses); --no-ranker (the trigger table alone, to see what the trained ranker adds);
 * --no-known (no recorded ties given to the ranker, to see what the graph adds);
 * --only TEXT (the development texts whose key holds TEXT, alone: a new set of development texts can be scored as an
 * unseen set before anyone reads its misses, e.g. `--only ann3- --quiet`).
 */
import { extract } from '../src/ingest/extract.js';
import { presentExtraction } from '../src/services/ingest/present-extraction.js';
import { frozenGazetteer, knownTies } from './corpus.js';
import { seedEvalDocuments, textEvalDocuments, type EvalDocument, type Group } from './eval-documents.js';
import { f1, scoreDocument, type Scored, type Tally } from './score.js';

const quiet = process.argv.includes('--quiet');
const noRanker = process.argv.includes('--no-ranker');
const noKnown = process.argv.includes('--no-known');
const { actors, places } = frozenGazetteer();
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (onlyAt >= 0 && !only) throw new Error('--only needs the text a development key must hold (e.g. --only ann3-)');
const docs: EvalDocument[] = only
  ? textEvalDocuments('train').filter((d) => d.key.includes(only))
  : [...seedEvalDocuments(), ...textEvalDocuments('train'), ...textEvalDocuments('test'), ...textEvalDocuments('test2'), ...textEvalDocuments('test3')];
const scoredByDoc = new Map<string, Scored[]>();
for (const doc of docs) {
  const extraction = extract({
    text: doc.text,
    actors,
    places,
    ...(noKnown ? {} : { known: knownTies(doc.source) }),
    language: doc.language,
    ...(doc.date ? { documentDate: doc.date } : {}),
    ...(noRanker ? { ranker: { threshold: 1, types: {} } } : {}),
  });
  scoredByDoc.set(doc.key, scoreDocument(presentExtraction(extraction, doc.text), doc.gold, doc.key, doc.newEnds ? { newEnds: true } : {}));
}

interface Total {
  scores: Map<string, Tally>;
  misses: string[];
  right: number;
  of: number;
  setAside: number;
}
const sum = (tallies: Iterable<Tally>): Tally =>
  [...tallies].reduce((a, t) => ({ tp: a.tp + t.tp, fp: a.fp + t.fp, fn: a.fn + t.fn }), { tp: 0, fp: 0, fn: 0 });

/** Adds up the scores of some documents, task by task. */
function combine(keys: readonly string[]): Map<Scored['task'], Total> {
  const totals = new Map<Scored['task'], Total>();
  for (const scored of keys.flatMap((k) => scoredByDoc.get(k) ?? [])) {
    const total = totals.get(scored.task) ?? { scores: new Map(), misses: [], right: 0, of: 0, setAside: 0 };
    for (const [key, t] of scored.scores) total.scores.set(key, sum([total.scores.get(key) ?? { tp: 0, fp: 0, fn: 0 }, t]));
    total.misses.push(...scored.misses);
    total.right += scored.accuracy?.right ?? 0;
    total.of += scored.accuracy?.of ?? 0;
    total.setAside += scored.setAside ?? 0;
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

/** Per task, the row for all types; with `byType`, one row per type and, when there are several, one per language. */
function section(title: string, group: readonly EvalDocument[], byType: boolean): string[] {
  if (group.length === 0) return [];
  const keys = group.map((d) => d.key);
  const languages = [...new Set(group.map((d) => d.language))].sort();
  const perLanguage = languages.map((l) => ({ l, totals: combine(group.filter((d) => d.language === l).map((d) => d.key)) }));
  const lines = ['', title];
  for (const [task, total] of combine(keys)) {
    lines.push(row(task, sum(total.scores.values())));
    if (!byType) continue;
    if (task === 'dates') lines.push(edtf(total));
    if (task === 'relations' && total.setAside > 0)
      lines.push(`  set aside: ${total.setAside} proposal(s) with a proposed end, in texts whose annotation keeps new: ends as notes`);
    if (languages.length > 1)
      for (const { l, totals } of perLanguage) {
        const t = totals.get(task);
        if (t) lines.push(row(`  [${l}]`, sum(t.scores.values())));
      }
    if (total.scores.size > 1) for (const [key, t] of [...total.scores].sort()) lines.push(row(`  ${key}`, t));
  }
  return lines;
}

const GROUPS: { group: Group; title: string }[] = [
  { group: 'held-out', title: 'SEEDS HELD OUT, never used to tune the extractor or train the ranker' },
  { group: 'tuned-on', title: 'SEEDS TUNED ON, annotated while tuning and trained on: an upper bound' },
  { group: 'development', title: 'DEVELOPMENT TEXTS (eval/texts/train), written to train on: an upper bound' },
  { group: 'test', title: 'TEST TEXTS (eval/texts/test), blind: never tuned or trained on' },
  { group: 'test2', title: 'TEST TEXTS 2 (eval/texts/test2), blind, a second annotator: never tuned or trained on' },
  { group: 'test3', title: 'TEST TEXTS 3 (eval/texts/test3), blind, a fifth annotator: never tuned or trained on' },
];
const lines = [`extraction accuracy on ${docs.length} annotated document(s)`];
// A blind set is printed as a group only: a text's own figures would say which of its texts to look into.
const BLIND: readonly Group[] = ['test', 'test2', 'test3'];
for (const doc of docs.filter((d) => !BLIND.includes(d.group))) lines.push(...section(`document ${doc.key} (${doc.group}, ${doc.language})`, [doc], false));
for (const { group, title } of GROUPS) {
  const members = docs.filter((d) => d.group === group);
  lines.push(...section(`${title}: ${members.length} document(s)`, members, true));
}
if (!quiet) {
  lines.push('', 'misses (seeds tuned on and development texts only)');
  const open = docs.filter((d) => d.group === 'tuned-on' || d.group === 'development').map((d) => d.key);
  for (const [, total] of combine(open)) lines.push(...total.misses.map((m) => `  ${m}`));
}
process.stdout.write(lines.join('\n') + '\n');
