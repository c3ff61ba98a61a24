/**
 * Hostility read from violence against a named force's people or posts: "overran a post of the Malian army", "killed
 * three members of the MSA", "targeted positions of X", "ambushed an X convoy", "a pris pour cible une position de
 * l’armée", "a tué dix combattants du JNIM". Earlier annotators read an attack on a named force as `hostile_to` from
 * the attacker to the force; the force must be named as the owner of what was hit (after "of"/"de", or before a unit
 * noun), so an attack on civilians or on a place says nothing of hostility. And "X fights its rival, Y", "named Y their
 * main enemy": a rival or an enemy named in apposition to a possessive.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { NUMBER } from './fatalities.js';
import { actorsBefore, CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

const B = String.raw`(?<![\p{L}])`;
const E = String.raw`(?![\p{L}])`;

/** Verbs of violence that take a force's people or posts as object; the attack verbs of the trigger table are among them. */
const VIOLENCE = new RegExp(
  String.raw`${B}(?:kill(?:s|ed|ing)?|overr(?:an|un|uns|unning)|stormed|storm(?:s|ing)?|assault(?:s|ed|ing)?|target(?:s|ed|ing)?|(?:struck|strikes?)(?!\s+(?:(?:an?|the|a\s+new)\s+)?(?:deal|agreement|bargain|truce|pact|accord|compromise|balance)${E})|shell(?:s|ed|ing)?|besieg(?:es|ed|ing)|ambush(?:es|ed|ing)?|attack(?:s|ed|ing)?|raid(?:s|ed|ing)?|hit|overwhelm(?:s|ed|ing)?|(?:a|ont|avait|avaient)\s+(?:tu[ée]|abattu|neutralis[ée]|attaqu[ée]|vis[ée]|frapp[ée]|pilonn[ée]|assi[ée]g[ée]|pris\s+(?:d['’]assaut|pour\s+cible)|tendu\s+une\s+embuscade\s+(?:à|aux?))|tu(?:e|ent|ait|aient|èrent)|attaqu(?:e|ent|ait|aient|èrent)|vis(?:e|ent|ait|aient)|pilonn(?:e|ent|ait|aient))${E}`,
  'giu',
);

/** What a force owns that an attack hits: its people, units, posts and vehicles, English and French. */
const OWNED = String.raw`(?:members?|fighters?|soldiers?|militants?|elements?|troops?|men|positions?|posts?|outposts?|camps?|bases?|barracks|convoys?|patrols?|columns?|units?|vehicles?|checkpoints?|garrisons?|membres?|combattants?|soldats?|[ée]l[ée]ments?|hommes|positions?|postes?|camps?|bases?|casernes?|convois?|patrouilles?|colonnes?|unit[ée]s?|v[ée]hicules?|garnisons?)`;

/** "a post of the", "three members of the", "une patrouille des", "une vingtaine de combattants du": the owner follows. */
const OWNED_OF = new RegExp(
  String.raw`^\s+(?:(?:an?|the|some|several|at\s+least|about|more\s+than|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|une?|la|le|les|l['’]|des|plusieurs|au\s+moins|une\s+(?:dizaine|vingtaine|trentaine|centaine)\s+d[e'’]|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*)*(?:[\p{Ll}-]+\s+){0,2}${OWNED}(?:\s+[\p{Ll}-]+){0,2}\s+(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$`,
  'iu',
);
/** "an X convoy", "the MINUSMA camp", "ten JNIM fighters": the owner stands before the unit noun. */
const OWNED_BEFORE = /^\s+(?:(?:an?|the|some|several|at\s+least|about|\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)*$/iu;
const OWNED_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?${OWNED}${E}`, 'iu');

/** "its rival, Y", "their main enemy Y", "son rival, Y": a possessive, a word of enmity, then the enemy. */
const RIVAL_BEFORE =
  /(?:^|[^\p{L}])(?:its|their|ses|son|sa|leurs?)\s+(?:(?:main|chief|arch-?|old|principal|principale?|grand|vieil|ancien)\s*)?(?:rivals?|enem(?:y|ies)|foes?|adversar(?:y|ies)|rivale?s?|rivaux|ennemis?|adversaires?)\s*,?\s*(?:(?:the|le|la|les|l['’])\s*)?$/iu;
/** "named Y their main enemy", "a désigné Y comme son principal ennemi". */
const NAMED_ENEMY_AFTER =
  /^\s+(?:comme\s+|as\s+)?(?:its|their|ses|son|sa|leurs?|the)\s+(?:(?:main|chief|principal|principale?|first|premier|number\s+one)\s+)?(?:enemy|ennemi|target|cible|threat|menace)(?![\p{L}])/iu;
const NAMING_BEFORE = /(?:named|designated|declared|called|d[ée]sign[ée]|d[ée]clar[ée]|qualifi[ée])\s+(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** "killed 12 Nigerien soldiers", "a tué au moins 20 soldats maliens": a count, then a force named by its people. */
const COUNT_BEFORE = new RegExp(
  String.raw`^\s+(?:(?:at\s+least|about|more\s+than|nearly|some|au\s+moins|plus\s+de|pr[èe]s\s+de|environ)\s+)?${NUMBER}\s+$`,
  'iu',
);
const PEOPLE = /(?<![\p{L}])(?:soldiers|troops|servicemen|gendarmes|soldats|militaires)(?![\p{L}])/iu;

/** The force whose people a violence verb's object counts, when the mention itself names them ("Nigerien soldiers"). */
function forceByItsPeople(view: SentenceView, from: number): Mention | undefined {
  const next = view.actors.find((a) => a.start >= from);
  if (!next || (next.type !== 'state_force' && next.type !== 'international_force') || !PEOPLE.test(next.surface)) return undefined;
  // "six soldiers" alone leaves whose soldiers they are to the context; annotators read no relation from it.
  if (!/\p{L}/u.test(next.surface.replace(PEOPLE, '').replace(/(?<![\p{L}])(?:the|les?|des)(?![\p{L}])/giu, ''))) return undefined;
  return COUNT_BEFORE.test(view.text.slice(from - view.start, next.start - view.start)) ? next : undefined;
}

/**
 * "X claimed the ambush that killed…", « X a revendiqué l’attaque qui a tué… »: the relative's antecedent is an attack,
 * so the verb's agent is whoever claimed it.
 */
const CLAIMED_ATTACK_THAT = new RegExp(
  String.raw`(?:claimed(?:\s+responsibility\s+for)?|(?:a|ont|avait|avaient)\s+revendiqu[ée]|revendiqu(?:e|ent|ait|aient))\s+(?:(?:the|an?|la|le|l['’]|une?)\s*)(?:[\p{Ll}-]+\s+){0,2}(?:attacks?|ambush(?:es)?|assaults?|raids?|bombings?|strikes?|attaques?|embuscades?|assauts?|attentats?)(?:\s+[^,;:.]{0,40}?)?\s*,?\s*(?:which|that|qui)\s+(?:(?:has|had|have|a|avait)\s+)?$`,
  'iu',
);

/** The agent of a violence verb: its subject, or the claimant of the attack a relative clause stands for. */
function attackers(view: SentenceView, at: number): Mention[] {
  const subjects = actorsBefore(view, at);
  if (subjects.length > 0) return subjects;
  const claim = CLAIMED_ATTACK_THAT.exec(view.text.slice(Math.max(0, at - view.start - 120), at - view.start));
  return claim ? actorsBefore(view, at - claim[0].length) : [];
}

const PARTY = new Set(['armed_group', 'coalition', 'state_force', 'state', 'other_org', 'international_force', 'international_org']);

/** `[attacker, target, trigger]` of each hostility a sentence states through what the target owns or through enmity. */
export function hostileTargets(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  const party = (m: Mention) => PARTY.has(m.type);
  for (const m of view.text.matchAll(VIOLENCE)) {
    const at = { start: view.start + (m.index ?? 0), end: view.start + (m.index ?? 0) + m[0].length };
    const target = view.actors.find((a) => {
      if (a.start < at.end || a.start - at.end > 90 || !party(a)) return false;
      const gap = view.text.slice(at.end - view.start, a.start - view.start);
      if (CLAUSE_BREAK.test(gap) || /[;,()]/.test(gap)) return false;
      return OWNED_OF.test(gap) || (OWNED_BEFORE.test(gap) && OWNED_AFTER.test(view.text.slice(a.end - view.start)));
    });
    const people = target ? undefined : forceByItsPeople(view, at.end);
    const hit = target ?? people;
    if (!hit) continue;
    // Nothing else may stand between the verb and the owner: "killed Y and members of Z" is left to the table.
    if (view.actors.some((a) => a.start >= at.end && a.end <= hit.start)) continue;
    for (const attacker of attackers(view, at.start)) if (party(attacker) && attacker.id !== hit.id) out.push([attacker, hit, at]);
  }
  for (const enemy of view.actors) {
    if (!party(enemy)) continue;
    const lead = view.text.slice(Math.max(0, enemy.start - view.start - 50), enemy.start - view.start);
    const rival = RIVAL_BEFORE.exec(lead);
    const named = NAMING_BEFORE.test(lead) && NAMED_ENEMY_AFTER.test(view.text.slice(enemy.end - view.start));
    if (!rival && !named) continue;
    const at = rival ? { start: enemy.start - rival[0].length, end: enemy.start } : { start: enemy.start, end: enemy.end };
    // The possessive's owner, or the subject of the naming verb: the actor (or list) before the phrase.
    for (const owner of actorsBefore(view, at.start)) if (party(owner) && owner.id !== enemy.id) out.push([owner, enemy, at]);
  }
  return out;
}
