// Appositions and relative clauses between a subject and its verb: the head they follow, not the actor named inside them.
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

// "GATIA and the MSA, Tuareg militias allied with the army, hold…": a bare plural noun opens an apposition as an article does.
/** ", a member group of the CMA, " or ", which is led by Y, " between an actor and the trigger that follows the clause. */
export const APPOSITION =
  /^(?:\s+[\p{Ll}-]+)?\)?\s*,\s+(?:(?:an?|the|one\s+of\s+the|une?|la|le|les|l['’]|which|who|qui|whose|dont|two|three|four|both|deux|trois|quatre|originally|formerly|previously|initially|anciennement|initialement|autrefois|d['’]abord)\s|\p{Ll}+(?:ed|en|é|ée|és|ées|u|ue|us|ues)\s+(?:by|par|with|avec|from|to|de|du|des|à|au|aux)\s|(?:groupe|mouvement|milice|coalition|organisation|formation|branche|faction|composante|membre|alli[ée]e?|filiale|aile|ancienne?|fondat(?:eur|rice)|chef|dirigeant|rivale?|ennemi|partenaire|[ée]manation)s?\s|(?:\p{Lu}[\p{L}-]+\s+)?(?:militias|groups|movements|factions|rebels|allies|partners|rivals)\s)(?:[^,;:()]|\([^(),;:]{1,20}\)){1,80},\s*(?:(?:also|then|now|still|later|itself|lui-même|aussi)\s+)?(?:[\p{Ll}][^,;:]{0,40})?$/u;

/**
 * ", two Tuareg militias which", ", trois mouvements qui", ", a regional force headquartered in Kidal that": a noun phrase
 * in apposition to the actor (or list) named last, then a relative pronoun whose antecedent is that actor.
 */
const APPOSED_RELATIVE =
  /^\)?\s*,\s*(?:an?|the|one\s+of\s+the|two|three|four|five|both|une?|la|le|les|l['’]|deux|trois|quatre|cinq|des|ces)(?![\p{L}])[^,;:()]{0,70}?\s(?:which|who|that|qui)\s[^;:!?,]*$/iu;
/** "JNIM fighters, who are active in…": a noun for a group's members after its name, then a relative for the group. */
const MEMBERS_RELATIVE =
  /^\s+(?:fighters|militants|members|men|combatants|troops|soldiers|units|elements|forces|gunmen)\s*,?\s*(?:which|who|that)\s[^;:!?,]*$/iu;
/** "'s branch in the Sahel, which", " affiliate in Mali, which": the rest of an apposition the actor named last sits in. */
const OWNED_RELATIVE = /^(?:['’]s?)?\s+[^,;:()]{1,60}?,\s*(?:which|who|qui)\s[^;:!?,]*$/iu;
/** " officer who joined ": the rest of a noun phrase after a name that qualifies it, then a relative pronoun. */
const RELATIVE_AFTER_NOUN = /^\s+[^,;:()]{1,40}?\s(?:which|who|that|qui)\s[^;:!?,]*$/iu;
/** An apposition opening: the owner named inside it ("X, the Y affiliate", "X, al-Qaeda's branch") is not the head. */
const APPOSITION_OPENING = /^\)?\s*,\s*(?:(?:the|la|le|l['’])\s*)?$/iu;
/** "the report said that…": a saying or thinking verb makes "that" a complement, not a relative pronoun. */
const SAYING =
  /(?<![\p{L}])(?:said|says|say|told|reported|claimed|added|noted|stated|believes?|thinks?|argues?|dit|disent|affirm\p{L}*|indiqu\p{L}*|estim\p{L}*|assur\p{L}*|pens\p{L}*)(?![\p{L}])/iu;

/**
 * The antecedent of a relative clause that follows an apposition: "A and B, two militias which were backed by Z" (A and
 * B), "X, the Y affiliate in the Sahel, which holds…" (X, not the owner Y named inside the apposition).
 */
export function appositionRelativeHead(view: SentenceView, before: readonly Mention[], nearest: Mention, gap: string): Mention | undefined {
  if (SAYING.test(gap)) return undefined;
  if (APPOSED_RELATIVE.test(gap) || MEMBERS_RELATIVE.test(gap)) return nearest;
  // "X, a former FAMa officer who joined Y": the actor named last only qualifies the apposition's noun; the relative
  // pronoun after that noun stands for the head before the apposition.
  const at = nearest.end + gap.length;
  const modifier = RELATIVE_AFTER_NOUN.test(gap)
    ? before.findLast((m) => m.end <= nearest.start && APPOSED_RELATIVE.test(view.text.slice(m.end - view.start, at - view.start)))
    : undefined;
  if (modifier) return modifier;
  if (!OWNED_RELATIVE.test(gap) || nearest.type === 'person') return undefined;
  const k = before.indexOf(nearest);
  const head = before
    .slice(0, k)
    .findLast((m) => m.end <= nearest.start && APPOSITION_OPENING.test(view.text.slice(m.end - view.start, nearest.start - view.start)));
  return head;
}

/** ", was formed in 2014 and ": the comma closing an apposition, then the clause's verb. */
export const CLOSED_APPOSITION = /^\)?\s*,\s*(?:was|were|is|are|has|have|had|a|ont|est|sont|fut|[ée]tait|avait)\s[^,;:]*$/iu;
/** "(SU), an alliance of the FLN, the …": an apposition with a determiner opening after the first actor. */
export const OPENED_APPOSITION = /^\s*(?:\([^()]{1,20}\))?\s*,\s*(?:an?|the|une?|la|le|l['’])\s*[^;:]*?\(?$/iu;
/** Nothing before the sentence's first actor but a heading's dash, a date or an article. */
export const OPENING_LEAD = /^(?:.*[–—-]\s+)?(?:(?:in|en|on|le|since|depuis)\s+[^,]{0,24}?,?\s*)?(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** From a name to the object of a noun in its apposition: "(SU), an alliance of the ", ", une coalition regroupant le ". */
export const INSIDE_APPOSITION =
  /^\s*(?:\([^()]{1,20}\))?\s*,\s*(?:an?|the|une?|la|le|l['’])\s*[^,;:()]{0,40}?(?:\s(?:of|de|du|des)\s*|\sd['’]|regroupant\s+|comprising\s+|r[ée]unissant\s+)(?:(?:the|la|le|les)\s+|l['’])?$/iu;
