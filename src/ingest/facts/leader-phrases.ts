/**
 * A person's role in a group stated by a phrase the trigger table does not read, because the group is named by a
 * possessive, a relative or a clitic rather than by a verb's subject or object:
 * - "X and his G", « X et son G », "X, whose G…": the group a person owns is the group he leads;
 * - « G, à la tête de laquelle se trouve X », "G, at the head of which stands X": the person at the head of the
 *   relative's antecedent leads it;
 * - « X en est le secrétaire général », « X en est le fondateur »: "en" stands for the group named before in the sentence.
 */
import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { SentenceView } from './sentence-view.js';

type Span = { start: number; end: number };
type Role = [RelationType, Mention, Mention, Span];
const GROUP_KINDS = new Set(['coalition', 'armed_group', 'other_org']);
const isGroup = (m: Mention) => GROUP_KINDS.has(m.type);
const between = (view: SentenceView, a: Span, b: Span) => view.text.slice(a.end - view.start, b.start - view.start);

/** "X and his G", "X, whose G", « X et son G »: the possessive right after the person, the group right after it. */
const OWNED = /^\s*(?:,\s*whose|(?:,\s*)?(?:and|et|with|avec)\s+(?:his|son|sa|ses))\s+$/iu;
/** « , à la tête de laquelle se trouve », ", at the head of which is": the relative, then a verb of being placed. */
const AT_ITS_HEAD =
  /^\s*,\s*(?:à\s+la\s+t[êe]te\s+(?:de\s+laquelle|duquel|desquels|desquelles|de\s+qui)|at\s+(?:the\s+head\s+of\s+which|whose\s+head))\s+(?:(?:se\s+trouve|se\s+trouvait|est|était|figure|siège|stands|stood|is|was|sits|sat)\s+|)(?:(?:le|la|the)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** « , à la tête duquel X s’est placé »: the person before the verb. */
const AT_ITS_HEAD_BEFORE = /^\s*,\s*(?:à\s+la\s+t[êe]te\s+(?:de\s+laquelle|duquel|desquels|desquelles))\s+(?:(?:le|la)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
/** « en est le secrétaire général », « en était le chef », « en est devenu le fondateur ». */
const EN_ROLE =
  /^\s+en\s+(?:est|était|fut|a\s+été|devient|est\s+devenue?|reste|demeure)\s+(?:le|la|l['’])\s*(?:(?<lead>secr[ée]taire\s+g[ée]n[ée]ral|chef|dirigeante?|pr[ée]sidente?|[ée]mir|leader|patron)|(?<founder>(?:co-?)?fondat(?:eur|rice))|(?<member>porte-parole|num[ée]ro\s+deux|adjointe?|cadre|membre))(?![\p{L}])/iu;

/** The person–group roles of a sentence told by a possessive, an "à la tête de laquelle" relative or "en". */
export function leaderPhrases(view: SentenceView): Role[] {
  const out: Role[] = [];
  const actors = view.actors;
  for (const [k, person] of actors.entries()) {
    if (person.type !== 'person') continue;
    const next = actors[k + 1];
    if (next && isGroup(next) && OWNED.test(between(view, person, next))) out.push(['leads', person, next, { start: person.start, end: next.end }]);
    const en = EN_ROLE.exec(view.text.slice(person.end - view.start));
    // "en" stands for the group the sentence named last before the person, across a semicolon but not a full stop.
    const group = en && actors.slice(0, k).findLast(isGroup);
    if (en && group) {
      const type: RelationType = en.groups?.founder ? 'founded' : en.groups?.member ? 'member_of' : 'leads';
      out.push([type, person, group, { start: person.start, end: person.end + en[0].length }]);
    }
  }
  for (const [k, group] of actors.entries()) {
    if (!isGroup(group)) continue;
    const after = actors.slice(k + 1).find((m) => m.start > group.end);
    const person = after?.type === 'person' ? after : undefined;
    if (!person) continue;
    const gap = between(view, group, person);
    const verbAfter = /^\s+(?:s['’]est\s+plac[ée]e?|a\s+[ée]t[ée]\s+plac[ée]e?|se\s+trouve|si[èe]ge)(?![\p{L}])/iu.test(
      view.text.slice(person.end - view.start),
    );
    if (AT_ITS_HEAD.test(gap) || (AT_ITS_HEAD_BEFORE.test(gap) && verbAfter)) out.push(['leads', person, group, { start: group.end, end: person.end }]);
  }
  return out;
}
