/**
 * Hostility named by a noun of attack with both its parties: "an attack on the army by the FLN", "an assault by Katiba
 * Macina fighters on a camp of the army", "l’attaque du camp de l’armée par le JNIM", "une embuscade de l’EIGS contre
 * une patrouille de l’armée". The target follows "on"/"against"/"contre"/"sur" (or "de" in French, the noun's object),
 * maybe as the owner of a post or unit; the attacker follows "by"/"par", or "by"/"de" right after the noun.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

type Trigger = { start: number; end: number };

const ATTACK_NOUN =
  /(?<![\p{L}])(?:attacks?|assaults?|ambush(?:es)?|raids?|offensives?|strikes?|attaques?|assauts?|embuscades?|offensives?|raids?|frappes?)(?![\p{L}])/giu;

const PARTIES = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'state']);

/** What a force owns that an attack hits, so the owner named after it is the target. */
const OWNED = String.raw`(?:members?|fighters?|soldiers?|troops?|men|positions?|posts?|outposts?|camps?|bases?|barracks|convoys?|patrols?|columns?|units?|vehicles?|checkpoints?|garrisons?|headquarters|membres?|combattants?|soldats?|positions?|postes?|camps?|bases?|casernes?|convois?|patrouilles?|colonnes?|unit[ée]s?|v[ée]hicules?|garnisons?|état-major)`;
const DET = String.raw`(?:(?:an?|the|une?|la|le|les|l['’]|des|du|its|their|ses|son|sa|leurs?)\s*)?`;
/** Right after the noun: "on the", "against a post of the", "contre une patrouille de l’", "du camp de l’", "on an X". */
const TARGET_GAP = new RegExp(
  String.raw`^\s+(?:on|against|upon|contre|sur|du|de\s+la|de\s+l['’]|des|d['’])\s*${DET}(?:(?:[\p{Ll}-]+\s+){0,2}${OWNED}(?:\s+[\p{Ll}-]+)?\s+(?:of|de|du|des|d['’])\s*${DET})?$`,
  'iu',
);
/** Right after the noun: its author, "by the", "par le", "de l’", "du", "by fighters of the", "of the" (an English genitive). */
const AGENT_GAP = new RegExp(
  String.raw`^\s+(?:by|par|de|du|des|d['’])\s*${DET}(?:(?:suspected\s+|alleged\s+|présumés?\s+)?(?:fighters|militants|gunmen|elements|men|combattants|éléments|hommes|jihadistes)\s+(?:of|from|de|du|des|d['’])\s*${DET})?$`,
  'iu',
);
/** After the first party: the second one's preposition. */
const THEN_TARGET = new RegExp(
  String.raw`^(?:\s+(?:fighters|militants|combattants|éléments))?\s+(?:on|against|upon|contre|sur)\s*${DET}(?:(?:[\p{Ll}-]+\s+){0,2}${OWNED}(?:\s+[\p{Ll}-]+)?\s+(?:of|de|du|des|d['’])\s*${DET})?$`,
  'iu',
);
const THEN_AGENT = new RegExp(
  String.raw`^(?:\s+(?:${OWNED}|post|poste|camp))?(?:\s+(?:at|in|near|à|de|d['’]|près\s+de)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)?(?:\s*,\s*)?\s+(?:by|par)\s*${DET}(?:(?:fighters|militants|gunmen|elements|combattants|éléments|hommes)\s+(?:of|from|de|du|des|d['’])\s*${DET})?$`,
  'iu',
);

/** `[attacker, target, trigger]` of each noun of attack whose two parties the sentence names right after it. */
export function nominalAttacks(view: SentenceView): [Mention, Mention, Trigger][] {
  const out: [Mention, Mention, Trigger][] = [];
  const rel = (n: number) => n - view.start;
  for (const m of view.text.matchAll(ATTACK_NOUN)) {
    const at = { start: view.start + m.index, end: view.start + m.index + m[0].length };
    const after = view.actors.filter((a) => a.start >= at.end && a.start - at.end <= 120);
    const [first, second] = after;
    if (!first || !second || !PARTIES.has(first.type) || !PARTIES.has(second.type) || first.id === second.id) continue;
    const gap1 = view.text.slice(rel(at.end), rel(first.start));
    const gap2 = view.text.slice(rel(first.end), rel(second.start));
    if (CLAUSE_BREAK.test(gap1) || CLAUSE_BREAK.test(gap2) || gap2.length > 70) continue;
    // "an attack on X by Y", "l’attaque du camp de X par Y".
    if (TARGET_GAP.test(gap1) && THEN_AGENT.test(gap2)) out.push([second, first, at]);
    // "an assault by Y on X", "une embuscade de Y contre X".
    else if (AGENT_GAP.test(gap1) && THEN_TARGET.test(gap2)) out.push([first, second, at]);
  }
  return out;
}
