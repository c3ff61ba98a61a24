/**
 * An attack claimed by a group: "X claimed the attack on Y", "l’attaque contre Y, revendiquée par X", "the ambush
 * against Y was claimed by X". The claimant is hostile to the force or group attacked; a place or a community attacked
 * gives no tie (an attack on civilians is an event, not a relation). "l’attaque du X" is left alone: "du" names the
 * attacker as often as the attacked.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { actorsAfter, actorsBefore, CLAUSE_BREAK, matchesIn, type SentenceView } from './sentence-view.js';

const ATTACK = new RegExp(
  String.raw`(?<![\p{L}])(?:attacks?|assaults?|raids?|ambush(?:es)?|offensive|attaques?|assauts?|embuscades?|offensive)\s+(?:on|against|targeting|contre|sur|visant)\s*(?:(?:the|la|le|les)\s+|l['’])?`,
  'giu',
);
const CLAIM_BEFORE =
  /(?<![\p{L}])(?:claimed(?:\s+responsibility\s+for)?|revendiqu(?:é|e|ent|ait|aient|a)|a\s+revendiqu[ée]|ont\s+revendiqu[ée])\s+(?:(?:the|an?|une?|la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,2}$/iu;
const CLAIMED_BY = /^[^.;]{0,60}?(?:claimed\s+by|revendiqu[ée]e?s?\s+(?:\p{Ll}+\s+)?par)\s+(?:(?:the|le|la|les)\s+|l['’])?$/iu;
const TARGETS = new Set(['armed_group', 'coalition', 'state_force', 'international_force']);
const CLAIMANTS = new Set(['armed_group', 'coalition']);

/** `[claimant, target, trigger]` for each claimed attack on a group or force in a sentence. */
export function claimedAttacks(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const at of matchesIn(view, ATTACK)) {
    const target = view.actors.find((m) => m.start === at.end);
    if (!target || !TARGETS.has(target.type)) continue;
    const lead = view.text.slice(Math.max(0, at.start - view.start - 60), at.start - view.start);
    const claimed = CLAIM_BEFORE.exec(lead);
    const claimants = claimed ? actorsBefore(view, at.start - claimed[0].length) : [];
    // "…, revendiquée par le JNIM", "…was claimed by JNIM": the claimant follows the attacked.
    const by = view.actors.find((m) => m.start > target.end && CLAIMED_BY.test(view.text.slice(target.end - view.start, m.start - view.start)));
    const all = [
      ...claimants,
      ...(by && !CLAUSE_BREAK.test(view.text.slice(target.end - view.start, by.start - view.start).replace(/,/g, ' ')) ? actorsAfter(view, by.start, 0) : []),
    ];
    for (const c of all) if (CLAIMANTS.has(c.type) && c.id !== target.id) out.push([c, target, { start: at.start, end: at.end }]);
  }
  return out;
}
