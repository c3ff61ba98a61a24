/**
 * What the relation ranker sees of a pair of mentions in one tagged sentence: the kinds of both ends,
 * their order and distance, the lemmas between them (other mentions reduced to their kind), the words
 * around them, clause boundaries, negation and modality between, and whether an end was a pronoun or
 * "the group" read as the document's subject. Strings, so the model stays a plain table of weights.
 */
import type { Mention } from '../../mentions/find-mentions.js';
import type { TaggedToken } from '../../text/tagger.js';
import { ACTIVITY, LOCATIVE_END } from '../locative.js';
import { PLACE_PATTERNS, RELATION_PATTERNS } from '../relation-patterns.js';

/** A mention placed on the sentence's tokens (inclusive indices); an anaphor stands for the subject. */
export interface Slot {
  mention: Mention;
  first: number;
  last: number;
  anaphor: boolean;
}

const CLAUSE = new Set([';', ':', '.', 'which', 'who', 'whom', 'while', 'whereas', 'but', 'although', 'however', 'qui', 'dont', 'mais', 'tandis', 'alors']);
const MODAL = new Set([
  'aim',
  'would',
  'could',
  'might',
  'may',
  'plan',
  'want',
  'seek',
  'intend',
  'hope',
  'threaten',
  'should',
  'try',
  'attempt',
  'vise',
  'pourrait',
]);
const NEGATION = new Set(['not', 'never', "n't", 'no', 'neither', 'nor', 'pas', 'jamais', 'ni']);
const SKIP = new Set(['DET']);

/** The coarse kind of a mention: a place, or the actor's type. */
export const kindOf = (m: Mention) => (m.kind === 'place' ? 'place' : m.type);

const bucket = (n: number) => (n <= 1 ? `${n}` : n <= 3 ? '2-3' : n <= 6 ? '4-6' : n <= 10 ? '7-10' : n <= 20 ? '11-20' : '20+');

/** The sentence's text, for the trigger classes read between and around a pair. */
export interface SentenceText {
  text: string;
  /** The document offset of the text's first character. */
  offset: number;
}

/**
 * The table's patterns without their global flag (so `test` keeps no position between calls), compiled once: a
 * sentence has many candidate pairs, and compiling every pattern for each pair cost a tenth of the extraction.
 */
const classesOf = (patterns: readonly { re: RegExp; type: string; voice: string }[]) =>
  patterns.map((p) => ({ re: new RegExp(p.re.source, p.re.flags.replace('g', '')), feature: `${p.type}|${p.voice}` }));
const RELATION_CLASSES = classesOf(RELATION_PATTERNS);
const PLACE_CLASSES = classesOf(PLACE_PATTERNS);
const ACTIVITY_ANYWHERE = new RegExp(ACTIVITY.source, 'iu');
const BETWEEN_CLASSES = [
  ...RELATION_CLASSES.map(({ re, feature }) => ({ re, feature: `t=${feature}` })),
  ...PLACE_CLASSES.map(({ re, feature }) => ({ re, feature: `t=${feature}` })),
  { re: ACTIVITY_ANYWHERE, feature: 'act' },
];
const LEAD_CLASSES = RELATION_CLASSES.map(({ re, feature }) => ({ re, feature: `tl=${feature}` }));

/**
 * The classes whose pattern a text holds, remembered for the next pairs (a bounded cache): a pair and its reverse share the
 * words between them, and every pair with the same first mention shares the words before it.
 */
const seen = new Map<string, readonly string[]>();
function classesIn(where: 'lead' | 'between', text: string): readonly string[] {
  const key = `${where}\u0000${text}`;
  const known = seen.get(key);
  if (known) return known;
  if (seen.size > 4096) seen.clear();
  const found = (where === 'lead' ? LEAD_CLASSES : BETWEEN_CLASSES).filter(({ re }) => re.test(text)).map(({ feature }) => feature);
  seen.set(key, found);
  return found;
}

/**
 * Which trigger classes of the table (a relation type and voice), and which activity and place phrases, stand
 * between two mentions and just before the first: a word's class carries across texts and languages where the
 * word itself ("rejoint", "joined", "became a component of") is too rare to learn.
 */
function triggerClasses(f: Set<string>, sentence: SentenceText, left: Slot, right: Slot, a: Slot): void {
  const at = (offset: number) => offset - sentence.offset;
  const between = sentence.text.slice(at(left.mention.end), at(right.mention.start));
  const lead = sentence.text.slice(Math.max(0, at(left.mention.start) - 40), at(left.mention.start));
  for (const x of classesIn('between', between)) f.add(x);
  for (const x of classesIn('lead', lead)) f.add(x);
  if (right.mention.kind === 'place' && LOCATIVE_END.test(between.slice(-40))) f.add(`loc|${left === a ? 'f' : 'r'}`);
  if (/[;:]|\.\s/.test(between)) f.add('stop');
  if (/,/.test(between)) f.add('comma');
}

/** The features of `a` as the relation's `from` and `b` as its `to`. */
export function pairFeatures(tokens: readonly TaggedToken[], slots: readonly Slot[], a: Slot, b: Slot, sentence?: SentenceText): string[] {
  const fwd = a.first < b.first;
  const [left, right] = fwd ? [a, b] : [b, a];
  const f = new Set<string>(['bias', `k=${kindOf(a.mention)}>${kindOf(b.mention)}`, `o=${fwd ? 'f' : 'r'}`]);
  f.add(`ko=${kindOf(a.mention)}>${kindOf(b.mention)}|${fwd ? 'f' : 'r'}`);
  const slotAt = new Map<number, Slot>();
  for (const s of slots) if (s !== a && s !== b && s.last > left.last && s.first < right.first) for (let k = s.first; k <= s.last; k++) slotAt.set(k, s);
  const between: string[] = [];
  let words = 0;
  for (let k = left.last + 1; k < right.first; k++) {
    const other = slotAt.get(k);
    if (other) {
      if (k === other.first) between.push(other.mention.kind === 'place' ? 'PLACE' : 'ACTOR');
      f.add(other.mention.kind === 'place' ? 'midP' : 'midA');
      continue;
    }
    const t = tokens[k] as TaggedToken;
    words++;
    if (CLAUSE.has(t.lemma) || CLAUSE.has(t.lower)) f.add('clause');
    if (NEGATION.has(t.lemma) || t.negated) f.add('neg');
    if (MODAL.has(t.lemma)) f.add('mod');
    if (SKIP.has(t.pos)) continue;
    // Only the words that carry a relation across texts: verbs, prepositions, and the nouns of a role
    // ("member", "wing", "leader"); names and adjectives between two mentions say little about their tie.
    const kept = t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'NOUN' || t.pos === 'X' || t.lemma === ',' || t.lemma === '(';
    between.push(kept ? t.lemma : t.pos);
    if (kept) f.add(`w=${t.lemma}`);
    if (t.pos === 'VERB') f.add(`v=${t.lemma}`);
  }
  f.add(`d=${bucket(words)}`);
  if (between.length > 0) {
    f.add(`w1=${between[0]}`);
    f.add(`wL=${between.at(-1)}`);
  }
  if (between.length <= 3) f.add(`seq=${between.join(' ')}`);
  const before = tokens[left.first - 1];
  if (before && (before.pos === 'ADP' || before.pos === 'VERB')) f.add(`pre=${before.lemma}`);
  for (let k = Math.max(0, left.first - 3); k < left.first; k++) if (MODAL.has(tokens[k]?.lemma ?? '')) f.add('mod');
  if (sentence) triggerClasses(f, sentence, left, right, a);
  if (a.anaphor) f.add('anaA');
  if (b.anaphor) f.add('anaB');
  const firstActor = slots.find((s) => s.mention.kind === 'actor');
  if (firstActor === a) f.add('aFirst');
  if (a.first <= 2) f.add('aOpens');
  return [...f];
}
