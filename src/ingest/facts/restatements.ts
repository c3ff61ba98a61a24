/**
 * A report tells one incident several times: in its lead, again in its body ("The attack on Wednesday was the third
 * this year", "L'attaque a été revendiquée lundi par le JNIM"), and with a toll given a sentence later ("Une dizaine
 * d'assaillants ont été tués"). Each restatement adds what it tells (a claimant, a toll, a date) to the incident it
 * restates instead of becoming an event of its own.
 */
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import type { ExtractedEvent } from './extracted-event.js';

const VIOLENT = new Set(['battle', 'remote_violence', 'violence_against_civilians']);
const isViolent = (type: EventType) => VIOLENT.has(EVENT_TYPES[type].group);

/** How many sentences back a restatement may point: a definite noun reaches further than a bare toll. */
const DEFINITE_REACH = 8;
const TOLL_REACH = 2;

// "the attack", "this ambush", "l'attaque", "cette embuscade", "the Wednesday raid": a determiner that points back,
// then up to two words, then an event noun.
// A day's possessive points back too ("Sunday's raids", "Tuesday’s attack").
const DEFINITE_BEFORE =
  /(?<![\p{L}])(?:the|this|that|these|those|l['’]|la|le|les|cette|cet|ce|ces|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s)\s*(?:[\p{L}-]+\s+){0,2}$/iu;
const EVENT_NOUN =
  /^(?:attacks?|assaults?|ambush|raids?|strikes?|bombing|massacre|killings?|incident|coup|putsch|takeover|battle|fighting|clashes|attaques?|assauts?|embuscade|frappes?|attentats?|tuerie|combats|affrontements|coup\s+d['’][ée]tat)$/iu;
// A claim of "the attack" or of responsibility is about an incident the text already told.
const CLAIM = /^(?:claimed|claims|took\s+credit|takes\s+credit|(?:was|were|has\s+been|had\s+been)\s+claimed|(?:a|ont)\s+revendiqu|revendiqu)/iu;

/**
 * Whether a restatement dated `b` can be about an incident dated `a`: one is missing, or one lies within the other; a
 * definite restatement may also be dated later, by when it was claimed or reported ("the attack was claimed on Monday").
 */
function sameTime(a: string | undefined, b: string | undefined, later: boolean, near = false): boolean {
  if (!a || !b) return true;
  return (
    a.startsWith(b) ||
    b.startsWith(a) ||
    (later && /^\d{4}/.test(a) && /^\d{4}/.test(b) && ((b > a && soonAfter(a, b)) || (near && daysApart(a, b) <= NEAR_DAYS)))
  );
}

/** How long after an incident a report may date its claim or its telling ("the attack was claimed on Monday"). */
const CLAIM_DAYS = 31;
/**
 * Whether `b` may date a claim or report of an incident dated `a`: within a month when both give the day, in the same or
 * the next month when one gives only the month. "The raid on the hotel that November" is no restatement of a March shooting.
 */
function soonAfter(a: string, b: string): boolean {
  if (daysApart(a, b) <= CLAIM_DAYS) return true;
  const month = (d: string) => (/^\d{4}-\d{2}/.test(d) ? Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) : undefined);
  const [ma, mb] = [month(a), month(b)];
  if (ma === undefined || mb === undefined) return false;
  return mb - ma <= 1 && (daysApart(a, b) === Infinity || daysApart(a, b) <= CLAIM_DAYS);
}

/** "l'embuscade du 26 septembre", "the attack of 3 May": a noun dated by its own complement names its incident. */
const OWN_DATE_AFTER = /^\s+(?:du|of|de)\s+\d/iu;

/** A definite restatement may date the incident a few days earlier than the lead did ("The battle began on Thursday"). */
const NEAR_DAYS = 7;
function daysApart(a: string, b: string): number {
  const day = /^\d{4}-\d{2}-\d{2}/;
  if (!day.test(a) || !day.test(b)) return Infinity;
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}

// "Quelques jours plus tôt", "days earlier", "la veille", "had already killed", « avait déjà coûté la vie »: a toll told as
// before the incident just told is another incident.
const EARLIER =
  /(?<![\p{L}])(?:earlier|previously|(?:had|avait|avaient)\s+(?:already|d[ée]j[àa])|the\s+day\s+before|the\s+previous\s+(?:day|week|month)|plus\s+t[ôo]t|auparavant|la\s+veille|l['’]avant-veille|pr[ée]c[ée]dente?)(?![\p{L}])/iu;

// "after the fighting", "following the attack", « après l'attaque », « à la suite des combats ».
const AFTER_THE_ACT =
  /(?<![\p{L}])(?:after|following|during|in)\s+the\s+(?:fighting|attack|assault|ambush|raid|clashes|battle)|(?:apr[èe]s|pendant|lors\s+de|à\s+la\s+suite\s+de)\s+(?:l['’]\s*|les\s+|la\s+|le\s+)(?:attaque|assaut|embuscade|combats|affrontements|raid)(?![\p{L}])/iu;
/** The words of the trigger's sentence near it: up to 120 characters before and `after` from its start, cut at sentence ends. */
function sentenceAround(event: ExtractedEvent, text: string, after: number): string {
  const before =
    text
      .slice(Math.max(0, event.trigger.start - 120), event.trigger.start)
      .split(/[.!?]\s/u)
      .at(-1) ?? '';
  return before + (text.slice(event.trigger.start, event.trigger.end + after).split(/[.!?]\s/u)[0] ?? '');
}

/** Whether the words around a trigger, within its sentence, tell its act as earlier than the one told before. */
// "other gunmen turned on the town and killed 35 civilians", « d'autres assaillants ont tué »: other attackers, another act.
const ANOTHER_AGENT =
  /(?<![\p{L}])(?:other|another|d['’]autres|un\s+autre|une\s+autre)\s+(?:gunmen|attackers|assailants|fighters|men|group|unit|column|hommes|assaillants|combattants|groupe|colonne)(?![\p{L}])/iu;

function toldAsEarlier(event: ExtractedEvent, text: string): boolean {
  return EARLIER.test(sentenceAround(event, text, 60)) || ANOTHER_AGENT.test(sentenceAround(event, text, 0));
}

function isRestatement(event: ExtractedEvent, text: string): 'definite' | 'toll' | undefined {
  const trigger = text.slice(event.trigger.start, event.trigger.end);
  const lead = text.slice(Math.max(0, event.trigger.start - 40), event.trigger.start);
  if (EVENT_NOUN.test(trigger) && DEFINITE_BEFORE.test(lead)) return 'definite';
  if (CLAIM.test(trigger) && event.participants.length > 0 && event.participants.every((p) => p.attribution === 'claimed')) return 'definite';
  if (isViolent(event.type) && event.participants.length === 0 && !event.place && !event.date && !toldAsEarlier(event, text)) return 'toll';
  return undefined;
}

// "the militia blamed for Saturday's massacre", "accusé de l'attaque": an incident named while blaming someone for it,
// which the report then tells.
const BLAMED_FOR =
  /(?<![\p{L}])(?:blamed\s+for|accused\s+of|responsible\s+for|held\s+responsible\s+for|accus[ée]e?s?\s+(?:de|du|des|d['’])|responsables?\s+(?:de|du|des|d['’])|tenue?s?\s+pour\s+responsables?\s+(?:de|du|des|d['’]))\s*(?:(?:the|a|an|la|le|les|l['’]|une?)\s*)?(?:[\p{L}\d]+['’]s\s+|[\p{L}\d-]+\s+){0,2}$/iu;
/** How many sentences ahead the telling of an incident named while blaming may come. */
const BLAME_REACH = 2;

/** Adds what a restatement tells to the incident it restates. */
function fold(into: ExtractedEvent, from: ExtractedEvent): void {
  for (const p of from.participants) {
    const same = into.participants.find((q) => q.actor.id === p.actor.id);
    // A claimant named later is the perpetrator, whatever role a nearest-actor reading gave it before.
    if (same && p.attribution === 'claimed') Object.assign(same, { role: 'perpetrator', attribution: 'claimed' });
    else if (!same) into.participants.push(p);
  }
  if (!into.fatalities && from.fatalities) into.fatalities = from.fatalities;
  if (!into.date && from.date) into.date = from.date;
  if (!into.place && from.place) {
    into.place = from.place;
    if (from.placePrecision) into.placePrecision = from.placePrecision;
  }
}

/**
 * Drops each event that restates an earlier one, folding what it adds into it: a definite event noun or a
 * claim ("the attack", "l'attaque a été revendiquée"), a toll with nothing else, or an event of the same type, place
 * and day as one before.
 */
export function mergeRestatements(events: readonly ExtractedEvent[], text: string): ExtractedEvent[] {
  events = foldBlamedIntoTelling(events, text);
  const kept: ExtractedEvent[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    if (event.place && event.date && event.placePrecision !== 3) {
      const key = `${event.type}|${event.place.id}|${event.date}`;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    // "Its trucks were torched after the fighting", « le camp a été pillé après l'attaque »: damage told as following the
    // incident just told is part of it.
    if (event.type === 'looting' && !event.date && AFTER_THE_ACT.test(sentenceAround(event, text, 80))) {
      const act = kept.findLast((e) => isViolent(e.type) && event.sentence - e.sentence <= TOLL_REACH && e.sentence <= event.sentence);
      if (act) continue;
    }
    const kind = isRestatement(event, text);
    const reach = kind === 'definite' ? DEFINITE_REACH : TOLL_REACH;
    const earlier = kind
      ? kept.findLast(
          (e) =>
            (isViolent(e.type) ? isViolent(event.type) : e.type === event.type) &&
            e.sentence < event.sentence &&
            event.sentence - e.sentence <= reach &&
            sameTime(e.date, event.date, kind === 'definite', !OWN_DATE_AFTER.test(text.slice(event.trigger.end, event.trigger.end + 8))) &&
            (!event.place || !e.place || e.place.id === event.place.id || event.placePrecision === 3),
        )
      : undefined;
    if (earlier) {
      fold(earlier, event);
      continue;
    }
    kept.push(event);
  }
  return kept;
}

/**
 * An incident named while blaming someone for it ("the militia blamed for Saturday's massacre") and told in a sentence
 * or two after ("More than 150 villagers were killed when gunmen stormed the village") is one incident: the telling
 * keeps it, with the blamed actor and the date the naming gave.
 */
function foldBlamedIntoTelling(events: readonly ExtractedEvent[], text: string): readonly ExtractedEvent[] {
  const dropped = new Set<ExtractedEvent>();
  for (const event of events) {
    if (!isViolent(event.type) || !BLAMED_FOR.test(text.slice(Math.max(0, event.trigger.start - 60), event.trigger.start))) continue;
    const telling = events.find(
      (e) =>
        e !== event && isViolent(e.type) && e.sentence > event.sentence && e.sentence - event.sentence <= BLAME_REACH && sameTime(event.date, e.date, false),
    );
    if (!telling) continue;
    fold(telling, event);
    dropped.add(event);
  }
  return dropped.size === 0 ? events : events.filter((e) => !dropped.has(e));
}
