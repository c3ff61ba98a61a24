/**
 * Groups that join, merge into or belong to a whole together with others named in the same phrase: "X joined A and B
 * in D", "X merged with A to form D", "X est membre de D, aux côtés de A et de B". Each names the whole after the list,
 * so the trigger table's nearest-actor reading would take a fellow member for the whole.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { frenchVerb } from './french-verbs.js';
import { actorsAfter, type SentenceView } from './sentence-view.js';

const JOINED = new RegExp(String.raw`^(?:joined|rejoined|has\s+joined|have\s+joined|${frenchVerb('rejoindre')}|${frenchVerb('intégrer')})$`, 'iu');
const GROUP_KINDS = new Set(['coalition', 'armed_group', 'other_org', 'international_org']);
const slice = (view: SentenceView, from: number, to: number) => view.text.slice(from - view.start, to - view.start);

/**
 * "X joined A, B and C in D", "X a rejoint A et B au sein de D": the groups joined are D's members alongside X, not
 * what X joined. The actors after the trigger, then a preposition of containment, then the whole.
 */
export function joinedWithin(view: SentenceView, at: { start: number; end: number }, listed: Mention[]) {
  const trigger = view.text.slice(at.start - view.start, at.end - view.start);
  if (!JOINED.test(trigger)) return undefined;
  const last = listed.at(-1);
  if (!last) return undefined;
  const whole = view.actors.find(
    (m) =>
      m.start >= last.end &&
      (m.type === 'coalition' || m.type === 'armed_group') &&
      /^\s+(?:in|into|within|to\s+form|dans|au\s+sein\s+(?:de|du|d['’])|pour\s+former)\s*(?:(?:the|la|le|les)\s+|l['’])?(?:(?:new\s+)?(?:coalition|alliance|group|nouvelle\s+coalition|coalition)\s+)?$/iu.test(
        view.text.slice(last.end - view.start, m.start - view.start),
      ),
  );
  return whole ? { whole, others: listed } : undefined;
}

/** "X merged with A to form D", "X a fusionné avec A pour donner naissance à D": X and A merged into D. */
export function mergedToForm(view: SentenceView, at: { start: number; end: number }, listed: Mention[]) {
  const trigger = slice(view, at.start, at.end);
  if (!/(?:with|avec)$/iu.test(trigger)) return undefined;
  const rest = slice(view, at.end, view.end);
  const form =
    /(?:to\s+(?:form|create)|pour\s+(?:former|cr[ée]er|fonder|donner\s+naissance\s+(?:à|au)))\s+(?:(?:the|a\s+new|la|le|les|une?\s+nouvelle|un\s+nouveau)\s+|l['’])?/iu.exec(
      rest,
    );
  // The phrase must close the clause the trigger opens: no other clause between.
  if (!form || form.index > 90 || /[;:]|\.\s/.test(rest.slice(0, form.index))) return undefined;
  const from = at.end + form.index + form[0].length;
  const whole = view.actors.find((m) => m.start >= from && m.start - from <= 12 && GROUP_KINDS.has(m.type));
  if (!whole) return undefined;
  return { whole, others: listed.filter((m) => m.end <= at.end + form.index && m.type !== 'person') };
}

/** "member of the CMA, alongside the HCUA and the MAA", "membre de la CMA, aux côtés du HCUA et du MAA". */
const MEMBER_OF = /(?<![\p{L}])(?:members?\s+of|part\s+of|membres?\s+(?:de|du|d['’])|partie\s+(?:de|du|d['’]))\s*(?:(?:the|la|le)\s+|l['’])?/giu;
const ALONGSIDE = /^\s*,\s*(?:aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’])|alongside|together\s+with|as\s+(?:are|were)|comme)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** Fellow members named after the whole of a membership, each with the whole and the phrase that names them. */
export function alongsideMembers(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const m of view.text.matchAll(MEMBER_OF)) {
    const from = view.start + m.index + m[0].length;
    const whole = view.actors.find((a) => a.start === from && GROUP_KINDS.has(a.type));
    const next = whole && view.actors.find((a) => a.start >= whole.end);
    if (!whole || !next || !ALONGSIDE.test(slice(view, whole.end, next.start))) continue;
    for (const member of actorsAfter(view, whole.end, 40)) if (member.id !== whole.id) out.push([member, whole, { start: whole.end, end: next.start }]);
  }
  return out;
}
