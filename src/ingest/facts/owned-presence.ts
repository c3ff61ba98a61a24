/**
 * Where a group's people or acts are: "the attacks of the JNIM in the Ségou region", "la présence du JNIM dans la région
 * de Mopti", "les combattants de l’EIGS autour de Ménaka", "its fighters in the Ménaka and Gao regions". A noun of a
 * group's presence, acts or members whose owner is named after "of"/"du" (or by a possessive before it), then a place
 * phrase in the same clause, says the owner operates there — the noun form of the activity words in locative.ts.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { HABIT } from './habitual-fights.js';
import { locatedPlaces } from './locative.js';
import { CLAUSE_BREAK, type SentenceView } from './sentence-view.js';

const B = String.raw`(?<![\p{L}])`;

/** Nouns of a group's presence, acts and members, English and French. */
const PRESENCE_NOUN = String.raw`(?:attacks|presence|operations|activities|activity|incursions|raids|ambushes|fighters|combatants|militants|units|men|expansion|strongholds?|bases|attaques|pr[ée]sence|op[ée]rations|activit[ée]s|incursions|exactions|embuscades|combattants|hommes|unit[ée]s|[ée]l[ée]ments|expansion|bastions?|fiefs?|implantation)`;

/** The noun, then its owner after "of"/"du": the owner's mention must start where the match ends. */
const OWNER_AFTER = new RegExp(String.raw`${B}${PRESENCE_NOUN}\s+(?:of|du|de|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$`, 'iu');
/** "its fighters", "ses hommes", "leurs unités": the possessive (an anaphor mention) owns the noun after it. */
const NOUN_AFTER_POSSESSIVE = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+)?${PRESENCE_NOUN}(?![\p{L}])`, 'iu');
const POSSESSIVE = /^(?:its|their|ses|son|sa|leurs?)$/iu;

/** Verbs of one violent act or of taking someone, English and French. */
const INCIDENT_VERB =
  /(?<![\p{L}])(?:clash(?:ed|es)?|fought|attack(?:ed|s)?|ambush(?:ed|es)?|raid(?:ed|s)?|stormed|kill(?:ed|s)?|abduct(?:ed|s)?|kidnapp(?:ed|s)?|seized|struck|laid\s+down|affront(?:é|è?rent|ent|e)|attaqu(?:é|è?rent|ent|e)|enlev(?:é|è?rent|ent|e)|tu(?:é|èrent|ent|e)|enlev[ée]|tendu\s+une\s+embuscade)(?![\p{L}])/iu;

/** `[owner, place, trigger]` for each noun of presence whose owner and place a sentence names. */
export function ownedPresence(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  for (const owner of view.actors) {
    if (owner.type === 'community' || owner.type === 'person' || owner.type === 'state') continue;
    const lead = view.text.slice(Math.max(0, owner.start - view.start - 40), owner.start - view.start);
    const of = OWNER_AFTER.exec(lead);
    const possessed = POSSESSIVE.test(owner.surface) ? NOUN_AFTER_POSSESSIVE.exec(view.text.slice(owner.end - view.start)) : null;
    if (!of && !possessed) continue;
    const end = possessed ? owner.end + possessed[0].length : owner.end;
    // "les combattants du JNIM, qui…" or "… ; à Gao": the place must follow in the same clause, right after the phrase.
    if (CLAUSE_BREAK.test(view.text.slice(end - view.start, end - view.start + 12))) continue;
    const at = of ? { start: owner.start - of[0].length, end: owner.end } : { start: owner.start, end };
    for (const place of locatedPlaces(view, end, 30)) {
      // "its fighters ambushed a patrol near X", « ses hommes ont attaqué à X »: one incident, an event, unless told as a habit.
      const between = view.text.slice(end - view.start, place.start - view.start);
      const clause = view.text.slice(0, place.end - view.start) + (view.text.slice(place.end - view.start).split(CLAUSE_BREAK)[0] ?? '');
      if (INCIDENT_VERB.test(between) && !HABIT.test(clause)) continue;
      out.push([owner, place, at]);
    }
  }
  return out;
}
