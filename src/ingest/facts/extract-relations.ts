import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { apposedPlaces } from './apposed-places.js';
import { apposedRelations } from './apposed.js';
import { bracketedMembers, listedElsewhere } from './bracketed-members.js';
import { alongsideMembers } from './co-members.js';
import { claimedAttacks } from './claimed-attacks.js';
import { partnersAfterFounded } from './co-founders.js';
import { frontedWhole } from './fronted-whole.js';
import { habitualFightPlaces } from './habitual-fights.js';
import { communityAdjectives, communityBases } from './community-base.js';
import { communityPlaces } from './community-places.js';
import { copularKindsFit, copularRelations, partOfCoalition } from './copular.js';
import { dativeTies } from './dative-clitics.js';
import { invertedRelatives } from './inverted-relatives.js';
import { homePlaces } from './home-places.js';
import { hostileTargets } from './hostile-targets.js';
import { jointPlaces } from './joint-places.js';
import { coActions, jointActions } from './joint-action.js';
import { movements } from './movements.js';
import { nominalAttacks } from './nominal-attacks.js';
import { opposedParties } from './opposed-parties.js';
import { ownedPresence } from './owned-presence.js';
import { possessiveAllies } from './possessive-allies.js';
import { activityPlaces } from './relation-activities.js';
import { denied } from './relation-denial.js';
import { kindFits, pairs } from './relation-pairs.js';
import { RELATION_PATTERNS } from './relation-patterns.js';
import { placeTableRelations } from './relation-place-table.js';
import { rangedPlaces } from './ranged-places.js';
import type { PushRelation } from './relation-push.js';
import { renamedFrom } from './renames.js';
import { sharedEnemies } from './shared-enemies.js';
import { frontedPlaces } from './fronted-places.js';
import { wherePlaces } from './where-places.js';
import { wrestedPlaces } from './wrested.js';
import { matchesIn, sentenceDate, type SentenceView } from './sentence-view.js';
import { mergerClauses } from './merger-clauses.js';
import { leaderPhrases } from './leader-phrases.js';
import { splitToFound } from './split-to-found.js';

/** A relation proposed from one sentence. Offsets are UTF-16 indices into the document. */
export interface ExtractedRelation {
  type: RelationType;
  from: Mention;
  to: Mention;
  /** EDTF from the sentence's date, when it gives one. */
  valid?: string;
  sentence: number;
  trigger: { start: number; end: number };
}

/** The relation's valid time from the sentence's dates: a span, since, until, or the date itself. */
export function validOf(type: RelationType, view: SentenceView): string | undefined {
  const date = sentenceDate(view);
  if (!date) return undefined;
  const first = date.edtf.split('/')[0] ?? date.edtf;
  // "Until 2013" names 2013: the tie holds up to its end.
  if (date.role === 'until') return `/${date.edtf.split('/').at(-1)}`;
  if (RELATION_TYPES[type].instant) return first;
  // "Since 2016" names 2016: the tie holds from then on.
  return date.role === 'since' ? `${first}/..` : date.edtf;
}

/** Relations stated in a sentence, from the trigger table; symmetric types in a fixed order. */
export function extractRelations(view: SentenceView): ExtractedRelation[] {
  const out: ExtractedRelation[] = [];
  const seen = new Set<string>();
  const push: PushRelation = (type, from, to, trigger) => {
    if (from.id === to.id) return;
    let [f, t] = [from, to];
    if (RELATION_TYPES[type].symmetric && f.id > t.id) [f, t] = [t, f];
    const key = `${type}|${f.id}|${t.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    const valid = validOf(type, view);
    out.push({ type, from: f, to: t, ...(valid ? { valid } : {}), sentence: view.index, trigger });
  };
  // "la coalition, qu’a rejointe X": the subject follows the verb. invertedRelatives reads it; the table, which takes the
  // actor before an active verb as its subject, would read it backwards.
  const inverted = invertedRelatives(view);
  for (const pattern of RELATION_PATTERNS) {
    for (const at of matchesIn(view, pattern.re)) {
      if (denied(view, at.start)) continue;
      if (inverted.some(([type, , , t]) => type === pattern.type && at.start >= t.start && at.start < t.end)) continue;
      for (const [from, to, as] of pairs(pattern, view, at)) {
        // "commanded one of its katibas", "dirige l’une de ses unités": heading a unit of a group is membership of it.
        const unit =
          (pattern.type === 'leads' || pattern.type === 'commands') &&
          to.start >= at.end &&
          /^\s*(?:l['’]une?\s+d(?:e|es|u|['’])|one\s+of)(?![\p{L}])/iu.test(view.text.slice(at.end - view.start, to.start - view.start));
        const noun = view.text.slice(at.start - view.start, at.end - view.start);
        const type = as ?? (unit || (pattern.type === 'affiliated_with' && partOfCoalition(noun, to)) ? 'member_of' : pattern.type);
        if (as === undefined && !(kindFits(pattern.fromKinds, from) && kindFits(pattern.toKinds, to))) continue;
        // Communities take part in hostilities ("Tuareg rebels clashed with the army") and are bases; they join nothing.
        if (type !== 'based_on_community' && type !== 'hostile_to' && (from.type === 'community' || to.type === 'community')) continue;
        push(type, from, to, at);
      }
    }
  }
  // "X founded D with A and B": the partners founded D too.
  for (const r of [...out])
    if (r.type === 'founded')
      for (const partner of partnersAfterFounded(view, r.to, r.trigger)) if (partner.type !== 'community') push('founded', partner, r.to, r.trigger);
  placeTableRelations(view, push);
  activityPlaces(view, push);
  for (const [member, whole, trigger] of alongsideMembers(view)) push('member_of', member, whole, trigger);
  const bracketed = bracketedMembers(view);
  for (const list of bracketed) for (const member of list.members) push('member_of', member, list.whole, list.trigger);
  for (const [part, whole, trigger] of frontedWhole(view)) push('member_of', part, whole, trigger);
  for (const [successor, former, trigger] of renamedFrom(view)) push('successor_of', successor, former, trigger);
  for (const [part, whole, trigger] of mergerClauses(view)) if (!denied(view, trigger.start)) push('merged_into', part, whole, trigger);
  for (const [type, person, group, trigger] of leaderPhrases(view)) if (!denied(view, trigger.start)) push(type, person, group, trigger);
  for (const [founded, left, trigger] of splitToFound(view)) if (!denied(view, trigger.start)) push('split_from', founded, left, trigger);
  for (const [group, place, trigger] of ownedPresence(view)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const [group, place, trigger] of movements(view)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const [group, place, trigger] of wherePlaces(view)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const [group, place, trigger] of frontedPlaces(view)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const [group, place, trigger] of apposedPlaces(view)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const [group, place, trigger] of [...habitualFightPlaces(view), ...rangedPlaces(view), ...jointPlaces(view), ...homePlaces(view)])
    if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  // "ses unités, appuyées par celles du GATIA, ont repoussé une attaque", "a FAMa column supported by Wagner came under
  // fire": support given in a fight is acting together, which annotators read as an alliance as well.
  for (const r of [...out])
    if (r.type === 'supported_by' && r.to.type !== 'person' && FIGHT_AFTER.test(view.text.slice(r.trigger.end - view.start)))
      push('allied_with', r.from, r.to, r.trigger);
  for (const [group, partner, trigger] of coActions(view)) if (!denied(view, trigger.start)) push('allied_with', group, partner, trigger);
  for (const [group, partner, trigger] of jointActions(view)) if (!denied(view, trigger.start)) push('allied_with', group, partner, trigger);
  for (const [type, from, to, trigger] of inverted)
    if (!denied(view, trigger.start) && copularKindsFit({ type, from, to, trigger })) push(type, from, to, trigger);
  for (const [type, from, to, trigger] of dativeTies(view)) if (!denied(view, trigger.start)) push(type, from, to, trigger);
  for (const [attacker, target, trigger] of hostileTargets(view)) if (!denied(view, trigger.start)) push('hostile_to', attacker, target, trigger);
  for (const [first, second, trigger] of opposedParties(view)) if (!denied(view, trigger.start)) push('hostile_to', first, second, trigger);
  for (const [actor, ally, trigger] of possessiveAllies(view)) if (!denied(view, trigger.start)) push('allied_with', actor, ally, trigger);
  for (const [attacker, target, trigger] of nominalAttacks(view)) if (!denied(view, trigger.start)) push('hostile_to', attacker, target, trigger);
  for (const [claimant, target, trigger] of claimedAttacks(view)) if (!denied(view, trigger.start)) push('hostile_to', claimant, target, trigger);
  for (const w of wrestedPlaces(view)) {
    if (denied(view, w.trigger.start)) continue;
    if (w.taker.type !== 'state') push('controls', w.taker, w.place, w.trigger);
    if (w.loser && w.loser.type !== 'community' && w.loser.type !== 'person') push('hostile_to', w.taker, w.loser, w.trigger);
  }
  for (const [group, community] of communityAdjectives(view)) push('based_on_community', group, community, community);
  for (const [group, community] of communityBases(view)) push('based_on_community', group, community, community);
  for (const [group, place, trigger] of communityPlaces(view, out)) if (!denied(view, trigger.start)) push('operates_in', group, place, trigger);
  for (const r of [...copularRelations(view), ...apposedRelations(view)])
    if (!denied(view, r.trigger.start) && (r.type === 'kin_of' || copularKindsFit(r))) push(r.type, r.from, r.to, r.trigger);
  for (const [side, enemy, trigger] of sharedEnemies(view, out)) if (!denied(view, trigger.start)) push('hostile_to', side, enemy, trigger);
  return out.filter((r) => r.type !== 'member_of' || !listedElsewhere(bracketed, r.from, r.to, r.trigger));
}

/** A fight in the clause after a trigger: a verb of combat or of coming under fire within a few words. */
const FIGHT_AFTER =
  /^[^.;:]{0,80}?(?<![\p{L}])(?:repelled|repulsed|fought|clashed|attacked|ambushed|came\s+under\s+(?:fire|attack)|counter-?attacked|(?:ont|a|avait|avaient)\s+(?:repouss[ée]|combattu|affront[ée]|attaqu[ée]|essuy[ée])|repouss(?:e|ent|ait|aient)|riposte|affront(?:e|ent|ait|aient))(?![\p{L}])/iu;
