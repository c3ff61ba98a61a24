/**
 * A sentence's triggers merged into acts: a claim of responsibility joined to the act it claims, two triggers of one
 * violent act made one event, deaths joined to the act that caused them, protesters who attack made a riot, and one act
 * told of several places spread into one event each.
 */
import type { EventType } from '../../core/vocab/event-types.js';
import { eventDate } from './event-date.js';
import type { EventPattern } from './event-patterns.js';
import { spreadOverLists } from './event-lists.js';
import { WIDE, placeFor } from './event-place.js';
import { subtype } from './event-subtype.js';
import { DIED } from './not-an-incident.js';
import { protestersAct } from './event-agents.js';
import { actorsAfter, actorsBefore, type SentenceView } from './sentence-view.js';
import { buildEvent } from './build-event.js';
import { withoutCaptureMeans } from './capture-means.js';
import { isBombing } from './device-blasts.js';
import { isCapture, isViolent, type ExtractedEvent, type TriggerAt } from './extracted-event.js';

/** Forces moving: "withdrew from Tessit and Ber" is a withdrawal from each town (the annotation guide's rule). */
const MOVEMENTS = new Set<EventType>(['withdrawal', 'town_abandoned', 'deployment']);
/**
 * A word that tells what follows as coming after: "then", "later", « puis », « avant de »; or a lapse right before the
 * second trigger ("came two days after an attack", « quelques heures après l'attaque »), which dates it apart.
 */
const THEN =
  /(?<![\p{L}])(?:then|later|afterwards|subsequently|puis|ensuite|avant\s+d['’e])(?![\p{L}])|(?<![\p{L}])(?:days?|weeks?|months?|hours?|jours?|semaines?|mois|heures?)\s+(?:after|before|apr[èe]s|avant)\s+(?:an?\s+|the\s+|une?\s+|l['’]\s*|la\s+|le\s+|les\s+|des\s+)?$/iu;
const PASSIVE_CLAIM = /(?:revendiqu[ée]e?s?\s+par|claimed\s+by)$/iu;

/** A region or an area taken by a non-state actor is territory overtaken, ACLED's own type; a town keeps its capture. */
function overtaken(event: ExtractedEvent): ExtractedEvent {
  return event.type === 'town_captured' && event.place && WIDE.includes(event.place.type) ? { ...event, type: 'non_state_actor_overtakes_territory' } : event;
}

/**
 * Two triggers each followed closely by its own town ("the raid on a hotel in Bamako and the assault on a hotel in
 * Ouagadougou") are two acts. A place far from its trigger, such as a dateline's town, separates nothing.
 */
const inTwoTowns = (a: ExtractedEvent, b: ExtractedEvent) =>
  a.place !== undefined && b.place !== undefined && a.place.id !== b.place.id && placedAtTrigger(a) && placedAtTrigger(b);
const placedAtTrigger = (e: ExtractedEvent) =>
  e.place !== undefined && e.placePrecision === 1 && e.place.start >= e.trigger.end && e.place.start - e.trigger.end <= 60;

/** A movement told of a list of towns, one per town; "le retrait du Mali, du Burkina Faso et du Niger" lists who leaves. */
function townsLeft(view: SentenceView, event: ExtractedEvent): ExtractedEvent[] {
  const each = spreadOverLists(view, event);
  // A town the dataset lacks leaves its copy without a place: it is still a town, not a wide place or a state.
  return each.length > 1 && each.every((e) => !e.place || !WIDE.includes(e.place.type)) ? each : [event];
}

/**
 * A violent act told of a list of places, one per place; but fighting told across regions or areas ("clashed in the
 * Inner Niger Delta and in the Gourma", « se combattent dans le Gourma et dans le nord du Burkina Faso ») is one
 * campaign, told once at the first.
 */
function acrossAreas(view: SentenceView, event: ExtractedEvent): ExtractedEvent[] {
  const each = spreadOverLists(view, event);
  return each.length > 1 && each.every((e) => e.place !== undefined && WIDE.includes(e.place.type)) ? each.slice(0, 1) : each;
}

/** The events a sentence's triggers tell, once each act. */
export function actsOf(view: SentenceView, found: { pattern: EventPattern; at: TriggerAt }[]): ExtractedEvent[] {
  const claim = found.find((f) => f.pattern.frame === 'claim');
  // "revendiquée par le JNIM", "claimed by JNIM": the claimant follows a passive claim.
  const claimers = !claim ? [] : PASSIVE_CLAIM.test(claim.at.text) ? actorsAfter(view, claim.at.end, 30) : actorsBefore(view, claim.at.start);
  const events: ExtractedEvent[] = [];
  const deaths: ExtractedEvent[] = [];
  let claimUsed = false;
  for (const { pattern, at } of found) {
    if (pattern.frame === 'claim') continue;
    const violent = isViolent(pattern.type) || pattern.type === 'abduction';
    const useClaim = violent && !claimUsed && claim !== undefined;
    const event = buildEvent(view, pattern, at, useClaim ? claimers : []);
    if (!event) continue;
    // A death alone ("twelve passengers died when a boat capsized") tells no violence: it waits for an act to join.
    if (DIED.test(at.text) && !events.some((x) => isViolent(x.type))) {
      deaths.push(event);
      continue;
    }
    if (useClaim) claimUsed = true;
    // Two triggers for one violent act in one sentence ("attacked … killing", "attack … fighting") make one event,
    // unless the sentence dates them apart.
    // A capture stays apart from the attack before it ("attacked Ménaka, then seized Aguelhok") unless at one place.
    // "a repris Konna ; onze militaires y ont péri": deaths told without a killer are the toll of the act told with them.
    const died = DIED.test(at.text) ? events.find((x) => isViolent(x.type)) : undefined;
    const same =
      died ??
      events.find(
        (x) =>
          isViolent(x.type) &&
          isViolent(event.type) &&
          (!x.date || !event.date || x.date === event.date) &&
          isCapture(x.type) === isCapture(event.type) &&
          // "attacked the village, killed 12 and abducted three women": an abduction is an act of its own.
          (x.type === 'abduction') === (event.type === 'abduction') &&
          // "gunmen attacked the embassy and a car bomb tore through the headquarters": a device and gunmen, two acts.
          isBombing(x.type) === isBombing(event.type) &&
          (!isCapture(event.type) || x.place?.id === event.place?.id) &&
          // "the raid on a hotel in Bamako and the assault on a hotel in Ouagadougou": two towns, two acts.
          !inTwoTowns(x, event) &&
          // "overran the army's positions and then massacred herders", « ont attaqué le camp, puis ont exécuté … »: a
          // second act told as coming after the first.
          !THEN.test(view.text.slice(x.trigger.end - view.start, at.start - view.start)),
      );
    // The toll is the attack's, not the abduction's told beside it ("killed 12 and abducted three women").
    if (!same && event.type === 'abduction' && events.some((x) => isViolent(x.type) && x.type !== 'abduction')) delete event.fatalities;
    if (same) {
      for (const p of event.participants) if (!same.participants.some((q) => q.actor.id === p.actor.id)) same.participants.push(p);
      if (!same.fatalities && event.fatalities) same.fatalities = event.fatalities;
      continue;
    }
    // "detained the president and removed him from power": the arrest is the coup's.
    if (event.type === 'arrests' && found.some((f) => f.pattern.type === 'coup')) continue;
    // "a coup d'état that ousted the president": two triggers of one change, told once.
    if (events.some((x) => x.type === event.type && !isViolent(x.type) && x.date === event.date)) continue;
    events.push(event);
  }
  // "Twelve soldiers died when the FLN struck": deaths told before the act are its toll; with no act, they are dropped.
  const act = events.find((x) => isViolent(x.type));
  if (act)
    for (const death of deaths) {
      for (const p of death.participants) if (!act.participants.some((q) => q.actor.id === p.actor.id)) act.participants.push(p);
      if (!act.fatalities && death.fatalities) act.fatalities = death.fatalities;
    }
  // One act told of several places or dates ("captured Timbuktu on 28 June and Léré on 28 November") is one incident each.
  // "des manifestants ont saccagé l’ambassade", "protesters torched a police station": protesters who attack riot.
  for (const e of events) if ((isViolent(e.type) || e.type === 'looting') && protestersAct(view, e.trigger)) e.type = 'violent_demonstration';
  if (events.some((e) => e.type === 'violent_demonstration')) events.splice(0, events.length, ...events.filter((e) => e.type !== 'peaceful_protest'));
  // "opened fire on protesters": the protesters are the force's object, not a protest told apart.
  if (events.some((e) => e.type === 'excessive_force_against_protesters'))
    events.splice(0, events.length, ...events.filter((e) => e.type !== 'peaceful_protest'));
  const spread = events
    .flatMap((e) =>
      isViolent(e.type) ? acrossAreas(view, e) : isCapture(e.type) ? spreadOverLists(view, e) : MOVEMENTS.has(e.type) ? townsLeft(view, e) : [e],
    )
    .map(overtaken);
  events.splice(0, events.length, ...withoutCaptureMeans(view, spread));
  if (claim && !claimUsed && claimers.length > 0) {
    const date = eventDate(view, claim.at);
    const located = placeFor(view, claim.at, false);
    if (date || located) {
      events.push({
        type: subtype(view, 'armed_clash'),
        ...(date ? { date: date.edtf } : {}),
        ...(located ? { place: located.place, placePrecision: located.precision } : {}),
        participants: claimers.map((actor) => ({ actor, role: 'perpetrator', attribution: 'claimed' })),
        sentence: view.index,
        trigger: claim.at,
      });
    }
  }
  return events;
}
