/**
 * Hostility read from the incidents the event extractor told: a group that claimed an attack is hostile to the force
 * or group it struck (an attacker named in the attack's own sentence is left to the trigger table). A claim often comes a sentence or more after the attack ("Gunmen ambushed
 * an army convoy… JNIM claimed the attack the next day", « L'attaque a été revendiquée par le JNIM »); restatements
 * fold it into the incident, which then holds both sides. The tie is stated where the attacker is named: the sentence
 * of the claim. A perpetrator only alleged or attributed by others gives no tie (hearsay is no relation).
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { ExtractedEvent } from './extracted-event.js';
import { isCapture, isViolent } from './extracted-event.js';
import { GROUP_KINDS } from './event-agents.js';
import type { ExtractedRelation } from './extract-relations.js';

const FORCES = new Set(['state_force', 'international_force']);
const CLAIMANTS = new Set(['armed_group', 'coalition']);

const CLAIM = /(?<![\p{L}])(?:claim(?:s|ed)|revendiqu)/iu;
// "accused the FLN of the attack", « soupçonné d'être l'auteur »: others' blame is no claim.
const HEARSAY = /(?<![\p{L}])(?:accus|blam|suspect|soup[çc]onn|attribu|allegedly|pr[ée]sum)/iu;

/** "JNIM, al-Qaeda's branch in the Sahel, claimed…": a possessive names the owner of a noun, not the one who acts. */
const isOwner = (m: Mention, text: string) => /^['’]s(?![\p{L}])/u.test(text.slice(m.end, m.end + 3));

/** `hostile_to` from each perpetrator that claims a violent incident to each force or group it targeted. */
export function eventHostility(
  events: readonly ExtractedEvent[],
  text: string,
  sentences: readonly { index: number; start: number; end: number }[],
): ExtractedRelation[] {
  const sentenceAt = (offset: number) => sentences.find((x) => x.start <= offset && offset < x.end);
  const out: ExtractedRelation[] = [];
  for (const event of events) {
    // A town changing hands is read by the capture rules, which know the loser from the place's holder.
    if (!isViolent(event.type) || isCapture(event.type)) continue;
    const targets = event.participants.filter((p) => p.role === 'target' && GROUP_KINDS.has(p.actor.type)).map((p) => p.actor);
    // "Eleven soldiers were killed… JNIM claimed the ambush": a state's or an international force that took part in an
    // incident an armed group claims was struck by it, whatever role the incident's reading gave the force.
    const forces = event.participants.filter((p) => p.role !== 'target' && FORCES.has(p.actor.type)).map((p) => p.actor);
    for (const p of event.participants) {
      const at = sentenceAt(p.actor.start);
      if (!at || p.role !== 'perpetrator' || !GROUP_KINDS.has(p.actor.type) || isOwner(p.actor, text)) continue;
      // A claim, or the attacker named in a later sentence that claims the incident; in the sentence of the attack itself
      // only an armed group's own claim ("le JNIM, qui a revendiqué l'opération"), the rest being left to the table.
      const group = CLAIMANTS.has(p.actor.type);
      const said = text.slice(at.start, at.end);
      const claims = p.attribution === 'claimed' || (p.attribution === undefined && (at.index !== event.sentence || group) && CLAIM.test(said));
      if (!claims || HEARSAY.test(said)) continue;
      for (const t of group ? [...targets, ...forces] : targets) if (t.id !== p.actor.id) out.push(tie(p.actor, t, at.index, event.date));
    }
  }
  return out;
}

/** The tie holds on the incident's date, which the claim's own sentence seldom repeats ("claimed the attack the next day"). */
function tie(from: Mention, to: Mention, sentence: number, date: string | undefined): ExtractedRelation {
  return { type: 'hostile_to', from, to, ...(date ? { valid: date } : {}), sentence, trigger: { start: from.start, end: from.end } };
}
