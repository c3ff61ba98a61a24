/**
 * `npx tsx eval/relation-stages.ts [--show STAGE[:TYPE]] [--lang en|fr]`: for every gold relation of the documents the
 * ranker trains on (seeds tuned on and development texts; never a held-out seed or a test text), the stage that loses
 * it: an end not among the sentence's mentions, no candidate pair, a pair the table typed otherwise, a pair both the
 * table and the ranker reject, or found. Prints counts per type and language; --show lists the sentences of one stage.
 */
import { extract } from '../src/ingest/extract.js';
import { RANKER, relationKey, typedFeatures } from '../src/ingest/facts/ranker/rank-relations.js';
import { probability } from '../src/ingest/facts/ranker/logistic.js';
import type { Annotation } from './annotation.js';
import { frozenGazetteer, knownTies } from './corpus.js';
import { trainingDocuments } from './eval-documents.js';
import { newEndMatcher } from './score.js';
import { presentExtraction } from '../src/services/ingest/present-extraction.js';

type Stage = 'found' | 'end-missing' | 'no-candidate' | 'other-type' | 'rejected' | 'dropped';
const showAt = process.argv.indexOf('--show');
const [showStage, showType] = (showAt >= 0 ? (process.argv[showAt + 1] ?? '') : '').split(':');
const langAt = process.argv.indexOf('--lang');
const onlyLang = langAt >= 0 ? process.argv[langAt + 1] : undefined;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const { actors, places } = frozenGazetteer();
const counts = new Map<string, Map<Stage, number>>();
const count = (row: string, stage: Stage) => {
  const m = counts.get(row) ?? new Map<Stage, number>();
  m.set(stage, (m.get(stage) ?? 0) + 1);
  counts.set(row, m);
};

for (const doc of trainingDocuments()) {
  if (onlyLang && doc.language !== onlyLang) continue;
  const views: { start: number; end: number; text: string; ids: Set<string>; pairs: Map<string, number>; proposed: ReadonlySet<string> }[] = [];
  const found = extract({
    text: doc.text,
    actors,
    places,
    known: knownTies(doc.source),
    language: doc.language,
    ...(doc.date ? { documentDate: doc.date } : {}),
    onCandidates: (view, candidates, proposed) => {
      const ids = new Set([...view.actors, ...view.places].map((m) => m.id));
      const pairs = new Map<string, number>();
      for (const c of candidates) {
        ids.add(c.from.id).add(c.to.id);
        for (const [type, m] of Object.entries(RANKER.types)) {
          if (!m.kinds.includes(c.kinds)) continue;
          const key = relationKey(type, c.from.id, c.to.id);
          pairs.set(key, Math.max(pairs.get(key) ?? 0, probability(m.weights, typedFeatures(c, type, proposed))));
        }
        pairs.set(`pair|${c.from.id}|${c.to.id}`, 1);
      }
      views.push({ start: view.start, end: view.end, text: view.text, ids, pairs, proposed });
    },
  });
  const sentenceOf = new Map(found.sentences.map((s) => [s.index, s]));
  const standsFor = newEndMatcher(presentExtraction(found, doc.text), doc.gold);
  // A gold `new:` end is named by the id the extractor proposed for an overlapping mention, as the scorer matches it.
  const named = (goldId: string) => {
    if (!goldId.startsWith('new:')) return goldId;
    const all = new Set(views.flatMap((v) => [...v.ids]));
    return [...all].find((id) => standsFor(id, goldId)) ?? goldId;
  };
  for (const raw of doc.gold.filter((a): a is Extract<Annotation, { type: 'relation' }> => a.type === 'relation')) {
    const g = { ...raw, from: named(raw.from), to: named(raw.to) };
    const key = relationKey(g.relation, g.from, g.to);
    const symmetric = g.relation === 'allied_with' || g.relation === 'hostile_to';
    const here = views.filter((v) => overlaps(v, g.evidence));
    const same = (from: string, to: string) => (from === g.from && to === g.to) || (symmetric && from === g.to && to === g.from);
    const hit = found.relations.some((r) => {
      const s = sentenceOf.get(r.sentence);
      return r.type === g.relation && s && overlaps(s, g.evidence) && same(r.from.id, r.to.id);
    });
    let stage: Stage = 'found';
    if (!hit) {
      const paired = here.filter((v) => v.pairs.has(`pair|${g.from}|${g.to}`) || v.pairs.has(`pair|${g.to}|${g.from}`));
      if (!here.some((v) => v.ids.has(g.from) && v.ids.has(g.to))) stage = 'end-missing';
      else if (paired.length === 0) stage = 'no-candidate';
      else if (paired.some((v) => v.proposed.has(key) || (v.pairs.get(key) ?? 0) >= RANKER.threshold)) stage = 'dropped';
      else if (paired.some((v) => [...v.proposed].some((p) => p.endsWith(`|${g.from}|${g.to}`) || p.endsWith(`|${g.to}|${g.from}`)))) stage = 'other-type';
      else stage = 'rejected';
    }
    count(`${g.relation} ${doc.language}`, stage);
    count(`all ${doc.language}`, stage);
    if ((stage === showStage || (showStage === 'missed' && stage !== 'found')) && (!showType || showType === g.relation)) {
      const v = here[0];
      const missing = v && !v.ids.has(g.from) ? ` [missing ${g.from}]` : v && !v.ids.has(g.to) ? ` [missing ${g.to}]` : '';
      process.stdout.write(`${stage} ${doc.key} ${g.from} ${g.relation} ${g.to}${missing}\n    ${(v?.text ?? '').replace(/\s+/g, ' ')}\n`);
    }
  }
}
if (showAt < 0) {
  const stages: Stage[] = ['found', 'end-missing', 'no-candidate', 'other-type', 'rejected', 'dropped'];
  process.stdout.write(`${'type lang'.padEnd(26)}${stages.map((s) => s.padStart(13)).join('')}\n`);
  for (const row of [...counts.keys()].sort())
    process.stdout.write(`${row.padEnd(26)}${stages.map((s) => String(counts.get(row)?.get(s) ?? 0).padStart(13)).join('')}\n`);
}
