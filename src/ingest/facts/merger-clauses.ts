/**
 * Mergers told around the whole rather than by a verb with the whole as its object:
 * - a temporal clause after the whole's birth: "W was created in 2013, when A and B merged", « W est né en 2011,
 *   lorsque A et B ont fusionné »; the clause's subjects merged into W, whatever the clause's verb names after it
 *   ("to form a single group", "with fighters back from Libya");
 * - a nominalised merger with its result: "the merger of A and B into W", « la fusion de A et de B au sein de W »,
 *   "A's absorption into W".
 * The trigger table reads a merger verb's subject and its object; here the whole stands outside the clause or the verb
 * is a noun, so its nearest-actor reading finds no pair.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, actorsBefore, type SentenceView } from './sentence-view.js';

type Span = { start: number; end: number };
const GROUP_KINDS = new Set(['coalition', 'armed_group', 'other_org', 'international_org', 'international_force', 'state_force']);
const isGroup = (m: Mention) => GROUP_KINDS.has(m.type);

/** The whole's birth, then a comma and "when": the participle closes the main clause, the temporal clause follows. */
const BIRTH_THEN_WHEN =
  /(?<![\p{L}])(?:was|were|has\s+been|had\s+been|a\s+été|avait\s+été|est|fut)\s+(?:formed|created|founded|born|established|set\s+up|form[ée]e?|cr[ée]{2}e?|fond[ée]e?|n[ée]e?)(?<tail>[^;:.()]{0,60}?),?\s+(?:when|as|after|lorsque|quand|lorsqu['’]|après\s+que)\s*/giu;
/** The verb of the temporal clause: a merger, in any of its usual forms. */
const MERGED =
  /^[^;:.]{0,120}?(?<![\p{L}])(?:merged|fused|amalgamated|united|joined\s+forces|came\s+together|(?:ont|avaient|a|avait)\s+fusionn[ée]|fusionn(?:ent|aient|èrent|a)|se\s+sont\s+(?:unis|unies|fondus|fondues|regroup[ée]e?s))(?![\p{L}])/iu;

/** "the merger of", "la fusion de", "l’amalgamation de": a merger named by its noun, its parts after "of". */
const MERGER_NOUN = /(?<![\p{L}])(?:merger|fusion|amalgamation|union)\s+(?:of|between|de|du|des|d['’]|entre)\s*(?:(?:the|la|le|les)\s+|l['’])?/giu;
/** After the parts: the whole the merger made. */
const INTO_WHOLE =
  /^\s*(?:into|to\s+form|to\s+create|that\s+(?:formed|created)|which\s+(?:formed|created)|pour\s+former|pour\s+cr[ée]er|qui\s+a\s+(?:form[ée]|donn[ée]\s+naissance\s+(?:à|au))|en|dans|au\s+sein\s+(?:de|du|d['’]))\s*(?:(?:the|a\s+new|la|le|les|une?\s+nouvelle|un\s+nouveau)\s+|l['’])?$/iu;
/** "A's absorption into W", "A’s merger into W": a possessive names the part. */
const ABSORBED = /['’]s?\s+(?:absorption|merger|integration|incorporation)\s+(?:into|in)\s+(?:the\s+)?$/iu;

/** The parts and wholes of the mergers a sentence tells around the whole, each with the phrase that tells it. */
export function mergerClauses(view: SentenceView): [Mention, Mention, Span][] {
  const out: [Mention, Mention, Span][] = [];
  for (const m of view.text.matchAll(BIRTH_THEN_WHEN)) {
    const at = view.start + m.index;
    const whole = actorsBefore(view, at, 40, true).filter(isGroup).at(-1);
    const from = at + m[0].length;
    const verb = MERGED.exec(view.text.slice(from - view.start));
    if (!whole || !verb) continue;
    const verbEnd = from + verb[0].length;
    const parts = view.actors.filter((a) => a.start >= from && a.end <= verbEnd && isGroup(a));
    // "A merged with B": the partner after "with" merged too.
    const partners = /^\s+(?:with|avec)\s/iu.test(view.text.slice(verbEnd - view.start)) ? actorsAfter(view, verbEnd, 20).filter(isGroup) : [];
    for (const part of [...parts, ...partners]) if (part.id !== whole.id) out.push([part, whole, { start: at, end: verbEnd }]);
  }
  for (const m of view.text.matchAll(MERGER_NOUN)) {
    const from = view.start + m.index + m[0].length;
    const parts = actorsAfter(view, from, 4).filter(isGroup);
    const last = parts.at(-1);
    const whole = last && view.actors.find((a) => a.start >= last.end && isGroup(a));
    if (!whole || !INTO_WHOLE.test(view.text.slice(last.end - view.start, whole.start - view.start))) continue;
    for (const part of parts) if (part.id !== whole.id) out.push([part, whole, { start: view.start + m.index, end: whole.end }]);
  }
  for (const whole of view.actors) {
    const lead = view.text.slice(0, whole.start - view.start);
    const noun = ABSORBED.exec(lead);
    const part = noun && view.actors.findLast((a) => a.end <= view.start + noun.index && view.start + noun.index - a.end <= 1);
    if (part && isGroup(part) && isGroup(whole) && part.id !== whole.id) out.push([part, whole, { start: part.start, end: whole.end }]);
  }
  return out;
}
