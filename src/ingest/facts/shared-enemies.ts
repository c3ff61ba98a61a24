/**
 * Allies in a fight share its enemy: "X combat l’EIGS aux côtés du GATIA", "X fought Y alongside Z", "X allied itself
 * with Z against Y", "X combat aux côtés de Z contre Y". The sentence's own relations say who fights whom and who fights
 * with whom; this reads the enemy of the partner, and the enemy named after "against"/"contre" a partner phrase.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };
interface Tie {
  type: string;
  from: Mention;
  to: Mention;
  trigger: Trigger;
}

// Militias the dataset files as other organisations (volunteer corps) and commanders who fight beside a force take sides too.
const PARTIES = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'state', 'other_org', 'person']);

/** A phrase that names a partner in the act: "alongside", "aux côtés de", "allied (itself) with", "together with". */
const PARTNER =
  /(?<![\p{L}])(?:alongside|together\s+with|side\s+by\s+side\s+with|allied\s+(?:itself|themselves)?\s*with|in\s+(?:alliance|coordination)\s+with|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’])|(?:s['’]est|se\s+sont)\s+alli[ée]e?s?\s+(?:à|au|aux|avec)|en\s+coordination\s+avec|avec\s+l['’]appui\s+(?:de|du|des|d['’]))/giu;

const COORDINATION = /,\s*(?:and|et|puis|then|but|mais)\s|\s(?:and|et)\s+(?:then|puis|also|aussi|later|ensuite)\s/iu;
const CLAUSE_SPLIT = /[;:!?]|\.\s|\s(?:but|mais|while|tandis\s+que)\s/iu;
const NEGATION = /(?<![\p{L}])(?:not|never|n['’]t|no\s+longer|pas|jamais|plus\s+jamais)(?![\p{L}])/iu;

/** Between two items of a list of partners: a comma or "and"/"et", maybe with an article or a repeated "de". */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|et))\s*(?:(?:de|du|des|d['’])\s*)?(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** "against Y", "contre Y" right after a partner phrase's actor or list. */
const AGAINST =
  /^[^.;:]{0,60}?(?<![\p{L}])(?:against|contre)\s+(?:(?:the|le|la|les)\s+|l['’])?(?:(?:rebels|rebelles|fighters|combattants|forces|troupes|troops|soldats|soldiers)\s+(?:of|de|du|des|d['’])\s*(?:(?:the|le|la|les)\s+|l['’])?)?$/iu;

/**
 * Hostility the partners of a fight share: for each ally named by a partner phrase, the enemy its partner fights in
 * the same clause, and the enemy named after "against"/"contre" that phrase.
 */
export function sharedEnemies(view: SentenceView, ties: readonly Tie[]): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  const partnerPhrases = [...view.text.matchAll(PARTNER)].map((m) => ({ start: view.start + m.index, end: view.start + m.index + m[0].length }));
  if (partnerPhrases.length === 0) return out;
  const hostile = ties.filter((t) => t.type === 'hostile_to');
  const allied = ties.filter((t) => t.type === 'allied_with');
  const sameClause = (a: number, b: number) => !CLAUSE_BREAK.test(view.text.slice(Math.min(a, b) - view.start, Math.max(a, b) - view.start));
  for (const phrase of partnerPhrases) {
    // The partners the phrase names: actors right after it (a list), and the subject it was read with.
    const partners = allied.filter((t) => t.trigger.start <= phrase.end && t.trigger.end >= phrase.start);
    const named: Mention[] = [];
    for (const m of view.actors) {
      if (m.start < phrase.end || !PARTIES.has(m.type)) continue;
      const gap = view.text.slice((named.at(-1)?.end ?? phrase.end) - view.start, m.start - view.start);
      if (named.length === 0 ? !/^\s*(?:(?:the|le|la|les|forces|troops|troupes)\s+|l['’]|(?:of|de|du|des|d['’])\s*)*$/iu.test(gap) : !LIST_GAP.test(gap)) break;
      named.push(m);
    }
    // "did not fight alongside", "n’a jamais combattu aux côtés de": a denied act shares nothing.
    const clause =
      view.text
        .slice(0, phrase.start - view.start)
        .split(CLAUSE_SPLIT)
        .at(-1) ?? '';
    if (NEGATION.test(clause)) continue;
    const sides = new Map<string, Mention>();
    for (const t of partners) for (const m of [t.from, t.to]) if (PARTIES.has(m.type)) sides.set(m.id, m);
    if (sides.size === 0) continue;
    // "X fought Y alongside Z": whoever one side fights in the clause, the other fights too.
    for (const h of hostile)
      for (const [side, enemy] of [
        [h.from, h.to],
        [h.to, h.from],
      ] as const) {
        if (!sides.has(side.id) || sides.has(enemy.id) || !sameClause(h.trigger.start, phrase.start)) continue;
        // The phrase qualifies the fight when it follows its verb ("fought Y alongside Z") or is set off by commas before
        // it ("X, allied with Z, fought Y"); "X allied with Z and then fought Y" coordinates two acts of X alone.
        if (phrase.start < h.trigger.start && !/,\s*$/u.test(view.text.slice(0, phrase.start - view.start))) continue;
        // "X fought Y, and worked alongside Z": a second verb after the conjunction is another act.
        if (phrase.start > h.trigger.end && COORDINATION.test(view.text.slice(h.trigger.end - view.start, phrase.start - view.start))) continue;
        for (const other of sides.values()) if (other.id !== side.id && other.id !== enemy.id) out.push([other, enemy, phrase]);
      }
    // "allied itself with Z against Y", "combat aux côtés de Z contre Y": Y is the enemy of both sides.
    const lastNamed = named.at(-1);
    const from = lastNamed ? lastNamed.end : phrase.end;
    const enemy = view.actors.find(
      (m) => m.start >= from && PARTIES.has(m.type) && !sides.has(m.id) && AGAINST.test(view.text.slice(from - view.start, m.start - view.start)),
    );
    if (enemy) for (const side of sides.values()) out.push([side, enemy, phrase]);
  }
  return out;
}
