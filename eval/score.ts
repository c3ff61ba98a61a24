/** Precision, recall and F1 per type, with the misses listed. Pure functions over extraction output and annotations. */
import type { ExtractionReport } from '../src/services/ingest/present-extraction.js';
import type { Annotation } from './annotation.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Map<string, Tally>;

export const f1 = (t: Tally) => {
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

const tally = (scores: Scores, key: string, what: keyof Tally) => {
  const t = scores.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  t[what]++;
  scores.set(key, t);
};
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
/** A state and its territory share a name ("Mali"): either reading of the homonym counts. */
const sameReferent = (a: string | undefined, b: string) =>
  a === b || (a !== undefined && a.split(':')[1] === b.split(':')[1] && a.split(':')[0] !== b.split(':')[0]);

/**
 * Whether a proposed relation end stands for a gold one: the same id, or, for a gold `new:slug`, an actor the extractor
 * proposed (no dataset id) with a mention overlapping one of the gold mentions of `new:slug`, as mentions are matched.
 */
export function newEndMatcher(report: Pick<ExtractionReport, 'mentions' | 'proposedActors'>, gold: readonly Annotation[]) {
  const proposedMentions = new Map<string, { start: number; end: number }[]>();
  for (const m of report.mentions) if (m.proposed !== undefined && m.id !== undefined) proposedMentions.set(m.id, [...(proposedMentions.get(m.id) ?? []), m]);
  const proposedIds = new Set([...proposedMentions.keys(), ...report.proposedActors.map((p) => p.id)]);
  const goldNew = new Map<string, { start: number; end: number }[]>();
  for (const a of gold) if (a.type === 'mention' && a.id.startsWith('new:')) goldNew.set(a.id, [...(goldNew.get(a.id) ?? []), a]);
  const same = (proposed: string, goldEnd: string) =>
    proposed === goldEnd ||
    (goldEnd.startsWith('new:') &&
      proposedIds.has(proposed) &&
      (proposedMentions.get(proposed) ?? []).some((m) => (goldNew.get(goldEnd) ?? []).some((g) => overlaps(m, g))));
  return Object.assign(same, { isProposed: (id: string) => proposedIds.has(id) });
}

export interface Scored {
  task: 'mentions' | 'dates' | 'relations' | 'events';
  scores: Scores;
  misses: string[];
  /** For dates: spans found whose EDTF was right, out of spans found. */
  accuracy?: { right: number; of: number };
  /** For relations in a document without `newEnds`: proposals with an end the extractor proposed, left unscored. */
  setAside?: number;
}

export interface ScoreOptions {
  /** The document annotates relations whose end is a `new:` id (its metadata's `newEnds`); otherwise they are notes. */
  newEnds?: boolean;
}

/** Scores one document; only what lies inside the annotated regions counts. */
export function scoreDocument(report: ExtractionReport, gold: readonly Annotation[], label: string, options: ScoreOptions = {}): Scored[] {
  const regions = gold.filter((a): a is Extract<Annotation, { type: 'region' }> => a.type === 'region');
  const inside = (s: { start: number; end: number }) => regions.some((r) => s.start >= r.start && s.end <= r.end);
  const out: Scored[] = [];

  // Mentions: same span (overlapping) and the same id; a proposed actor matches a gold "new:" mention.
  {
    const scores: Scores = new Map();
    const misses: string[] = [];
    const goldMentions = gold.filter((a): a is Extract<Annotation, { type: 'mention' }> => a.type === 'mention');
    const predicted = report.mentions.filter(inside);
    const used = new Set<number>();
    for (const g of goldMentions) {
      const kind = g.id.split(':')[0] ?? 'actor';
      const i = predicted.findIndex(
        (p, k) => !used.has(k) && overlaps(p, g) && (sameReferent(p.id, g.id) || (g.id.startsWith('new:') && p.proposed !== undefined)),
      );
      if (i >= 0) {
        used.add(i);
        tally(scores, kind, 'tp');
      } else {
        tally(scores, kind, 'fn');
        const wrong = predicted.find((p) => overlaps(p, g));
        misses.push(`${label} mention ${g.id} at ${g.start}${wrong ? ` (found ${wrong.proposed ? `new "${wrong.proposed}"` : wrong.id})` : ''}`);
      }
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      tally(scores, p.proposed ? 'new' : p.kind, 'fp');
      misses.push(`${label} extra mention ${p.proposed ? `new "${p.proposed}"` : p.id} "${p.surface}" at ${p.start}`);
    });
    out.push({ task: 'mentions', scores, misses });
  }

  // Dates: an overlapping span with the same EDTF.
  {
    const scores: Scores = new Map();
    const misses: string[] = [];
    const goldDates = gold.filter((a): a is Extract<Annotation, { type: 'date' }> => a.type === 'date');
    const predicted = report.dates.filter(inside);
    const used = new Set<number>();
    let right = 0;
    let of = 0;
    for (const g of goldDates) {
      const i = predicted.findIndex((p, k) => !used.has(k) && overlaps(p, g));
      const p = predicted[i];
      if (p) {
        used.add(i);
        of++;
        if (p.edtf === g.edtf) {
          right++;
          tally(scores, 'date', 'tp');
          continue;
        }
        tally(scores, 'date', 'fp');
      }
      tally(scores, 'date', 'fn');
      misses.push(`${label} date ${g.edtf} at ${g.start}${p ? ` (read "${p.surface}" as ${p.edtf})` : ''}`);
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      tally(scores, 'date', 'fp');
      misses.push(`${label} extra date "${p.surface}" ${p.edtf} at ${p.start}`);
    });
    out.push({ task: 'dates', scores, misses, accuracy: { right, of } });
  }

  // Relations: same type and ends (either order for symmetric types), stated in a sentence that holds the evidence.
  {
    const scores: Scores = new Map();
    const misses: string[] = [];
    const goldRelations = gold.filter((a): a is Extract<Annotation, { type: 'relation' }> => a.type === 'relation');
    const sameEnd = newEndMatcher(report, gold);
    const inRegions = report.relations.filter((r) => inside(r.sentence));
    // Without `newEnds` the annotation keeps relations to actors the dataset lacks as notes: such a proposal is neither right nor wrong.
    const unscored = options.newEnds ? [] : inRegions.filter((r) => sameEnd.isProposed(r.from) || sameEnd.isProposed(r.to));
    const predicted = inRegions.filter((r) => !unscored.includes(r));
    const used = new Set<number>();
    const same = (p: (typeof predicted)[number], g: (typeof goldRelations)[number]) =>
      p.type === g.relation &&
      ((sameEnd(p.from, g.from) && sameEnd(p.to, g.to)) ||
        ((g.relation === 'allied_with' || g.relation === 'hostile_to') && sameEnd(p.from, g.to) && sameEnd(p.to, g.from)));
    for (const g of goldRelations) {
      const i = predicted.findIndex((p, k) => !used.has(k) && same(p, g) && overlaps(p.sentence, g.evidence));
      if (i >= 0) {
        used.add(i);
        tally(scores, g.relation, 'tp');
      } else {
        tally(scores, g.relation, 'fn');
        misses.push(`${label} relation ${g.from} ${g.relation} ${g.to} at ${g.evidence.start}`);
      }
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      tally(scores, p.type, 'fp');
      misses.push(`${label} extra relation ${p.from} ${p.type} ${p.to} at ${p.sentence.start}`);
    });
    out.push({ task: 'relations', scores, misses, setAside: unscored.length });
  }

  // Events: same type, stated in a sentence that holds the evidence.
  {
    const scores: Scores = new Map();
    const misses: string[] = [];
    const goldEvents = gold.filter((a): a is Extract<Annotation, { type: 'event' }> => a.type === 'event');
    const predicted = report.events.filter((e) => inside(e.sentence));
    const used = new Set<number>();
    for (const g of goldEvents) {
      const i = predicted.findIndex((p, k) => !used.has(k) && p.type === g.event && overlaps(p.sentence, g.evidence));
      if (i >= 0) {
        used.add(i);
        tally(scores, g.event, 'tp');
        const p = predicted[i];
        const details = [
          g.date && p?.date !== g.date ? `date ${p?.date ?? '-'} ≠ ${g.date}` : '',
          g.place && p?.place !== g.place ? `place ${p?.place ?? '-'} ≠ ${g.place}` : '',
        ].filter(Boolean);
        if (details.length) misses.push(`${label} event ${g.event} at ${g.evidence.start} found, but ${details.join(', ')}`);
      } else {
        tally(scores, g.event, 'fn');
        const other = predicted.find((p) => overlaps(p.sentence, g.evidence));
        misses.push(`${label} event ${g.event} at ${g.evidence.start}${other ? ` (found ${other.type})` : ''}`);
      }
    }
    predicted.forEach((p, k) => {
      if (used.has(k)) return;
      tally(scores, p.type, 'fp');
      misses.push(`${label} extra event ${p.type} ${p.date ?? ''} at ${p.sentence.start}`);
    });
    out.push({ task: 'events', scores, misses });
  }
  return out;
}
