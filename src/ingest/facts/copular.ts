/**
 * Relations stated by a copula and a relational noun whose other end is a pronoun, not a name after "of":
 * - the clitic "en" ("Bilal en est le secrétaire général", "A, B et C en sont les membres fondateurs", "X en est issu");
 * - a possessive ("X is its leader", "X est son fondateur");
 * - a relative "dont" / "whose" / "of which" resolving to the actor named before it ("le MNLA, dont X est le chef",
 *   "the MNLA, whose leader is X", "Ansar Dine, dont est issu X").
 * The nouns are the same in every form, so one table serves them all; the pronouns are read by DocumentSubject
 * (subject.ts), which places a mention on "en", "its", "son"… standing for the actor it means.
 */
import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, actorsBefore, CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

/** A relation a copular phrase states: `from` is the noun's holder, `to` the actor the noun is "of". */
export interface CopularRelation {
  type: RelationType;
  from: Mention;
  to: Mention;
  trigger: { start: number; end: number };
}

/** Relational nouns (and French participles used as such), with the relation they state. */
const NOUNS: readonly { type: RelationType; re: string }[] = [
  { type: 'commands', re: String.raw`(?:chef\s+militaire|commandant|commander|military\s+(?:chief|commander))` },
  {
    type: 'leads',
    re: String.raw`(?:chef|cheffe|dirigeant|dirigeante|leader|head|chief|secr[ée]taire[-\s]g[ée]n[ée]ral|secretary[-\s]general|pr[ée]sident|president|[ée]mir|emir|caliph|calife|guide|num[ée]ro\s+un|patron)`,
  },
  { type: 'founded', re: String.raw`(?:fondat(?:eur|rice)s?|co-?fondat(?:eur|rice)s?|founders?|co-?founders?)` },
  { type: 'member_of', re: String.raw`(?:membres?|members?|composantes?|components?|units?|unit[ée]s?|porte-parole|spokes(?:man|woman|person))` },
  { type: 'member_of', re: String.raw`(?:branche\s+arm[ée]e|bras\s+arm[ée]|armed\s+wing|military\s+wing)` },
  { type: 'split_from', re: String.raw`(?:issue?s?|n[ée]e?s?|offshoots?|splinters?|dissidents?)` },
  { type: 'affiliated_with', re: String.raw`(?:branch(?:es)?|branches?|affili[ée]e?s?|affiliates?|franchises?)` },
  { type: 'allied_with', re: String.raw`(?:alli[ée]e?s?|all(?:y|ies))` },
  { type: 'hostile_to', re: String.raw`(?:ennemie?s?|enem(?:y|ies)|rivale?s?|rivaux)` },
];

const COPULA = String.raw`(?:is|was|are|were|became|becomes|become|remains?|remained|has\s+been|have\s+been|had\s+been|est|sont|[ée]tait|[ée]taient|fut|furent|devient|deviennent|devint|est\s+devenue?|sont\s+devenue?s|a\s+[ée]t[ée]|ont\s+[ée]t[ée]|reste|restent|restait|demeure|demeurent)`;
const ADVERBS = String.raw`(?:(?:also|still|now|later|then|today|once|officially|aussi|[ée]galement|toujours|aujourd['’]hui|d[ée]sormais|alors|ensuite|d['’]abord|officiellement|lui-m[êe]me|elle-m[êe]me)\s+)*`;
const DETERMINER = String.raw`(?:(?:the|an?|one\s+of\s+the|le|la|les|une?|l['’]une?\s+des|des)\s+|l['’])?`;
/** Words that may qualify the noun: "founding", "principal", "historique", "top". */
export const QUALIFIER = String.raw`(?:(?:founding|main|principal|top|military|political|current|former|first|new|nouvel|nouveau|nouvelle|ancien|ancienne|actuel|actuelle|premier|premi[èe]re|principale?|historique|v[ée]ritable)\s+)?`;
export const NOUN = `(?:${NOUNS.map((n) => n.re).join('|')})`;
const TAIL = String.raw`(?:\s+(?:fondateurs?|fondatrices?|founding|historiques?|principaux|principales?))?(?![\p{L}-])`;

const re = (source: string) => new RegExp(source, 'giu');
/** "<from> en est le chef", "<from> en est issu" — the noun's "of" is the clitic. */
const CLITIC = re(String.raw`(?<![\p{L}])en\s+${COPULA}\s+${ADVERBS}${DETERMINER}${QUALIFIER}(${NOUN})${TAIL}`);
/** "<from> is its leader", "<from> est son fondateur": the possessive's mention starts right after the copula. */
const POSSESSIVE_LEAD = re(String.raw`(?<![\p{L}])${COPULA}\s+${ADVERBS}(?:one\s+of\s+|l['’]une?\s+de\s+)?$`);
const POSSESSIVE_NOUN = re(String.raw`^\s+${QUALIFIER}(${NOUN})${TAIL}`);
/** "its secretary-general is ", "son premier chef militaire était ": the possessive's noun, then the copula. */
const POSSESSED_SUBJECT = re(String.raw`^\s+${QUALIFIER}(${NOUN})${TAIL}\s+${COPULA}\s+${ADVERBS}$`);
export const POSSESSIVES = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
/** "<antecedent>, dont <from> est le chef", "<antecedent>, of which <from> is a member". */
const RELATIVE = re(String.raw`(?<![\p{L}])(?:dont|of\s+which|of\s+whom)\s+`);
/** "… dont <from> est le chef": copula and noun after the relative clause's subject. */
const AFTER_SUBJECT = re(String.raw`^\s+${COPULA}\s+${ADVERBS}${DETERMINER}${QUALIFIER}(${NOUN})${TAIL}`);
/** "… dont est issu <from>", "… dont le chef est <from>", "… whose leader is <from>", "… whose founder, <from>,". */
const INVERTED = re(
  String.raw`^(?:${COPULA}\s+${ADVERBS}${DETERMINER}${QUALIFIER}(${NOUN})${TAIL}|${DETERMINER}${QUALIFIER}(${NOUN})${TAIL}(?:\s+${COPULA}\s+|\s*,\s*|\s+))\s*(?:(?:the|le|la|les)\s+|l['’])?$`,
);
/** "the secretary-general of the ", "Le chef du ": a noun opening its clause, then its "of". */
const NOUN_OF = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+)(?:the|le|la|l['’])\s*${QUALIFIER}(${NOUN})${TAIL}\s+(?:of|de|du|des|d['’])\s*(?:(?:the|le|la|les)\s+|l['’])?$`,
  'iu',
);
/** "Le secrétaire général " before "du mouvement", whose mention holds the "du". */
const NOUN_BEFORE_FUSED = new RegExp(String.raw`(?:^|[.;:]\s+|,\s+)(?:the|le|la|l['’])\s*${QUALIFIER}(${NOUN})${TAIL}\s+$`, 'iu');
/** After the group: an acronym in brackets, then the copula, up to the holder's name. */
const COPULA_AFTER = new RegExp(String.raw`^\s*(?:\([^()]{1,20}\)\s*)?${COPULA}\s+${ADVERBS}`, 'iu');
const WHOSE = re(String.raw`(?<![\p{L}])whose\s+`);

export const typeOf = (noun: string): (typeof NOUNS)[number] | undefined => NOUNS.find((n) => new RegExp(`^${n.re}$`, 'iu').test(noun.trim()));

/**
 * The relation a noun states between `from` and the actor `to` it is "of". A branch of a coalition ("the Katiba Macina,
 * the JNIM's branch in the centre") is one of its parts; a branch of a movement ("al-Qaeda's branch") is an affiliate.
 */
export function nounRelation(noun: string, to: Mention): RelationType | undefined {
  const type = typeOf(noun)?.type;
  return type === 'affiliated_with' && partOfCoalition(noun, to) ? 'member_of' : type;
}

/** Whether "branch"/"branche" before a coalition names one of its parts. */
export const partOfCoalition = (noun: string, to: Mention): boolean => to.type === 'coalition' && /^\s*(?:branch|branche)/iu.test(noun);
const slice = (view: SentenceView, from: number, to: number) => view.text.slice(from - view.start, to - view.start);

/** The actor a relative pronoun at `at` stands for: the one named right before it, in the same clause. */
function antecedent(view: SentenceView, at: number): Mention | undefined {
  const m = view.actors.findLast((a) => a.end <= at && at - a.end <= 50);
  if (!m) return undefined;
  const gap = slice(view, m.end, at);
  return CLAUSE_BREAK.test(gap) || /[()]/.test(gap) ? undefined : m;
}

/** Copular relations stated in one sentence whose actors include the anaphors of subject.ts. */
export function copularRelations(view: SentenceView): CopularRelation[] {
  const out: CopularRelation[] = [];
  const add = (noun: string, from: Mention | undefined, to: Mention | undefined, start: number, end: number) => {
    const type = to && nounRelation(noun, to);
    if (!type || !from || !to || from.id === to.id) return;
    out.push({ type, from, to, trigger: { start, end } });
  };
  for (const m of view.text.matchAll(CLITIC)) {
    const at = view.start + m.index;
    const clitic = view.actors.find((a) => a.start === at);
    for (const from of actorsBefore(view, at, 40)) add(m[1] ?? '', from, clitic, at, at + m[0].length);
  }
  for (const pos of view.actors) {
    if (!POSSESSIVES.has(pos.surface.toLowerCase())) continue;
    const lead = slice(view, Math.max(view.start, pos.start - 60), pos.start);
    // "Its secretary-general is X", "son chef est X": the possessive's noun is the clause's subject, the name after the copula.
    const named = view.actors.find((a) => a.start >= pos.end && a.start - pos.end <= 60);
    const subject = named && slice(view, pos.end, named.start).match(new RegExp(POSSESSED_SUBJECT.source, 'iu'));
    if (named && subject) add(subject[1] ?? '', named, pos, pos.start, named.start);
    const copula = [...lead.matchAll(POSSESSIVE_LEAD)].at(-1);
    const noun = slice(view, pos.end, view.end).match(new RegExp(POSSESSIVE_NOUN.source, 'iu'));
    if (!copula || !noun) continue;
    const at = pos.start - lead.length + copula.index;
    for (const from of actorsBefore(view, at, 40)) add(noun[1] ?? '', from, pos, at, pos.end + noun[0].length);
  }
  // "The secretary-general of the MSA is X", "Le secrétaire général du mouvement est X": the noun's "of" names the group,
  // the copula's complement the holder.
  for (const to of view.actors) {
    const fused = /^(?:du|de|des|d['’])(?![\p{L}])/iu.test(to.surface);
    const lead = slice(view, Math.max(view.start, to.start - 70), to.start);
    const noun = lead.match(fused ? NOUN_BEFORE_FUSED : NOUN_OF);
    const copula = slice(view, to.end, view.end).match(COPULA_AFTER);
    const from = copula && view.actors.find((a) => a.start === to.end + (copula[0]?.length ?? 0));
    if (noun && from) add(noun[1] ?? '', from, to, to.start - (noun[0]?.length ?? 0), from.start);
  }
  for (const m of [...view.text.matchAll(RELATIVE), ...view.text.matchAll(WHOSE)]) {
    const at = view.start + m.index;
    const to = antecedent(view, at);
    if (!to) continue;
    const after = at + m[0].length;
    // "dont X est le chef": the relative clause's subject, then the copula and noun.
    const subject = view.actors.find((a) => a.start >= after && /^(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(slice(view, after, a.start)));
    const tail = subject && slice(view, subject.end, view.end).match(new RegExp(AFTER_SUBJECT.source, 'iu'));
    if (subject && tail && !/^whose/i.test(m[0])) {
      add(tail[1] ?? '', subject, to, at, subject.end + tail[0].length);
      continue;
    }
    // "dont est issu X", "dont le chef est X", "whose leader is X", "whose founder, X,".
    const next = actorsAfter(view, after, 60);
    const first = next[0];
    if (!first) continue;
    const lead = slice(view, after, first.start).match(new RegExp(INVERTED.source, 'iu'));
    if (!lead) continue;
    for (const from of next) add(lead[1] ?? lead[2] ?? '', from, to, at, first.start);
  }
  return out;
}

/** Whether a copular relation's ends are of the kinds its noun allows: persons lead, found and command; groups do the rest. */
export function copularKindsFit(r: CopularRelation): boolean {
  const personal = r.type === 'leads' || r.type === 'founded' || r.type === 'commands';
  if (r.to.type === 'person' || r.to.type === 'community') return false;
  if (personal) return r.from.type === 'person';
  if (r.type === 'member_of') return r.from.type !== 'community';
  return r.from.type !== 'person' && r.from.type !== 'community';
}
