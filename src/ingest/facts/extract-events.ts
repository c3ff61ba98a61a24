/**
 * From a sentence's triggers to proposed events: participants, subtype, place, date, toll and the filters that say a
 * trigger tells no incident. Participants are read in event-agents.ts, places in event-place.ts, and the checks that
 * a trigger tells no incident are in not-an-incident.ts. Over 400 lines because `build` runs the checks in an order
 * that matters (type changes before the filters that read the type); the next split is `extractEvents`' merging of
 * triggers into acts (claims, tolls, restated acts) into a file of its own.
 */
import type { Fatalities, Participant } from '../../core/model/event.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import { nearestDate } from '../dates/nearest-date.js';
import type { Mention } from '../mentions/find-mentions.js';
import { BARE_TAKING, EVENT_PATTERNS, FOUNDERS, type EventPattern } from './event-patterns.js';
import { spreadOverLists } from './event-lists.js';
import { WIDE, placeFor, unknownTownAt } from './event-place.js';
import { WITHDREW, leftWhat } from './event-leaving.js';
import { subtype } from './event-subtype.js';
import { findFatalities } from './fatalities.js';
import {
  DEVICE,
  DIED,
  EXPLOSION,
  HEADING,
  PASSIVE_STRUCK,
  isAnnounced,
  isComparison,
  isDescribing,
  isHabitual,
  isIntended,
  isPresentState,
  isUnverified,
  isTotal,
  isUndatedFounder,
  isUndatedPlural,
} from './not-an-incident.js';
import { ARMED_AGENT, FORCES, GROUP_KINDS, agentsAndPatients, armedAgentNear, forceNamedByNoun, protestersAct, regainedByTheState } from './event-agents.js';
import { actorsAfter, actorsBefore, type SentenceView } from './sentence-view.js';
import { isCoupArrest } from './coups.js';

export interface ExtractedParticipant {
  actor: Mention;
  role: Participant['role'];
  attribution?: Participant['attribution'];
}

/** An event proposed from one sentence. Offsets are UTF-16 indices into the document. */
export interface ExtractedEvent {
  type: EventType;
  date?: string;
  place?: Mention;
  placePrecision?: 1 | 2 | 3;
  participants: ExtractedParticipant[];
  fatalities?: Fatalities;
  sentence: number;
  trigger: { start: number; end: number };
}

const VIOLENT = new Set(['battle', 'remote_violence', 'violence_against_civilians']);
const AGREEMENT_WORDS =
  /agreement|accord|deal|cease-?fire|truce|tr[êe]ve|pact|memorandum|treaty|charter|charte|trait[ée]|cessez-le-feu|protocol|roadmap|feuille de route/iu;
const PASSIVE_CLAIM = /(?:revendiqu[ée]e?s?\s+par|claimed\s+by)$/iu;
/** Changes to one group: whoever is named before or after the trigger takes part. */
const ABOUT_A_GROUP = new Set<EventType>([
  'rename',
  'dissolution',
  'split',
  'leadership_change',
  'base_established',
  'withdrawal',
  'deployment',
  'other_strategic',
  'town_abandoned',
]);
/** "began", "a commencé" start a deployment only when an operation is what begins. */
const BEGAN = /^(?:began|started|commenced|(?:a|avait|ont|avaient)\s+(?:d[ée]but[ée]|commenc[ée]))$/iu;
const OPERATION = /(?<![\p{L}])(?:operations?|interventions?|missions?|deployments?|campaigns?|op[ée]rations?|d[ée]ploiements?|campagnes?)(?![\p{L}])/iu;
/** The sentence's text between two offsets with the actors' names blanked ("Blue Mission" names no mission). */
function withoutNames(view: SentenceView, from: number, to: number): string {
  let text = view.text;
  for (const m of view.actors) text = text.slice(0, m.start - view.start) + ' '.repeat(m.end - m.start) + text.slice(m.end - view.start);
  return text.slice(Math.max(0, from - view.start), Math.max(0, to - view.start));
}
/** An election still to come or put off is no event yet. */
const NOT_HELD =
  /(?<![\p{L}])(?:scheduled|planned|postponed|delayed|due|upcoming|will|would|to\s+be\s+held|pr[ée]vue?s?|report[ée]e?s?|programm[ée]e?s?|aura\s+lieu)(?![\p{L}])/iu;
const LEFT_BASE =
  /^\s+(?:(?:its|their|the|his|sa|son|ses|leur|leurs|la|le|les|l['’])\s*)?(?:[\p{L}-]+\s+)?(?:bases?|camps?|garrisons?|emprises?|positions?)(?![\p{L}])/iu;
const INTEGRATED = /integr|int[ée]gr|int[èe]gr|absorb|incorporat|part\s+of|adh[ée]r|adh[èe]r/iu;
const LEFT_A_TOLL =
  /^\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|around|dozens|scores|hundreds|many|several|a\s+number)(?![\p{L}])|\d|(?:[\p{L}\d,-]+\s+){0,5}?(?:dead|wounded|injured|killed|homeless|displaced)(?![\p{L}]))/iu;
/** "le vol de bétail", "cattle rustling": a noun may name a scourge, not an act, when no one is named. */
const LOOT_NOUN =
  /^(?:vols?|pillages?|saccages?|razzias?|incendies?|destructions?|looting|pillaging|ransacking|plundering|sacking|torching|burning|destruction|cattle|livestock|theft)(?![\p{L}])/iu;
const FOUGHT_AGAINST =
  /(?:lutter|lutte|combattre|fight(?:ing)?|combat(?:ing)?|against|contre|prevent(?:ing)?|emp[êe]cher|pr[ée]venir|curb(?:ing)?|stop(?:ping)?)\s+(?:contre\s+)?(?:le|la|les|l['’]|the)?\s*$/iu;
const NATURAL_TOO = /destr|d[ée]trui|d[ée]vast|ravag|incendies?\s|br[ûu]l|burn/iu;
const UNDER_FIRE = /^(?:came\s+under|(?:a|ont|avait|avaient)\s+essuy)/iu;
// Not killing: "floods killed 20 people and destroyed 300 homes" tells no raid.
const AN_ATTACK = /(?<![\p{L}])(?:attack|assault|raid|ambush|offensive|attaqu|assaut|embuscade)/iu;
const YEAR_ONLY = /^\d{4}(?:\/\d{4})?$/;
const BORN = /(?:born|n[ée]e?s?)$/iu;
const BARE_TAKING_RE = new RegExp(`^(?:${BARE_TAKING})$`, 'iu');
/** "entered Kidal", "sont entrés dans Gao": forces of the state coming back; armed men entering a town are an attack's prelude. */
const ENTERED = /entered|entr[ée]e?s|investi/iu;
const LEADER_WORDS =
  /(?<![\p{L}])(?:leader|head|chief|emir|commander|president|prime\s+minister|minister|secretary-general|chef|[ée]mir|dirigeant|pr[ée]sident|premier\s+ministre|ministre|commandant)s?(?![\p{L}])/iu;
const RESIGNED =
  /^(?:resigned|stepped\s+down|d[ée]missionn[ée]|(?:a|avait)\s+pr[ée]sent[ée]\s+sa\s+d[ée]mission|(?:a|ont|avait|avaient)\s+remis\s+.*d[ée]mission)$/iu;

const TO_FORM =
  /^[^.;:]{0,30}?(?<![\p{L}])(?:pour|afin\s+de|to|in\s+order\s+to|and)\s+(?:ensemble\s+|together\s+)?(?:former|cr[ée]er|fonder|form|create|found|merge|fusionner)(?![\p{L}])/iu;

/** A date right after the group a noun names, with no comma or relative clause between ("founders of JNIM in March 2017"). */
function inTheSamePhrase(view: SentenceView, from: number, to: number): boolean {
  const gap = view.text.slice(from - view.start, to - view.start);
  return to >= from && gap.length <= 70 && !/[,;:()]|\s(?:which|who|that|qui|que|dont)\s/iu.test(gap);
}

/** Acts that reports tell of people they do not name: a date or a place is enough. */
const UNNAMED_AT_A_SPOT = new Set<EventType>(['looting', 'peaceful_protest', 'sexual_violence', 'arrests']);

/** Movements of forces, which a report tells with a date or a place; without either they describe how a group acts. */
const MOVES = new Set<EventType>(['withdrawal', 'town_abandoned', 'deployment']);
// "se sont repliés vers Tinzaouatène", "withdrew to Aguelhok": a named place the dataset may lack (no i flag: \p{Lu} is a capital).
const TOWARDS_A_NAME = /^\s+(?:to|towards|from|into|out\s+of|vers|de|du|sur|à|en\s+direction\s+d[eu])\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}/u;
const FORCE_MOVES = new Set<EventType>(['deployment', 'withdrawal', 'town_abandoned', 'base_established', 'arrests']);

const isCapture = (type: EventType) => type === 'town_captured' || type === 'government_regains_territory' || type === 'non_state_actor_overtakes_territory';
/** "seizure of", "capture of", "prise de": a noun whose complement must be the place itself ("seizure of a drug convoy" is none). */
const NOMINAL_CAPTURE = /(?:of|de|du|d['’])$/iu;
const PLACE_COMPLEMENT =
  /^\s*(?:(?:the|la|le|les|l['’])\s*)?(?:(?:[\p{L}-]+\s+){0,2}(?:town|city|village|camp|base|garrison|ville|localit[ée]|garnison)\s+(?:of|de|d['’])\s*)?$/iu;

function isViolent(type: EventType): boolean {
  return VIOLENT.has(EVENT_TYPES[type].group);
}

function build(view: SentenceView, pattern: EventPattern, at: { start: number; end: number; text: string }, claimers: Mention[]): ExtractedEvent | undefined {
  let type = pattern.type;
  const participants: ExtractedParticipant[] = [];
  const add = (actor: Mention, role: Participant['role'], attribution?: Participant['attribution']) => {
    if (actor.type === 'community' && role !== 'victim' && role !== 'target') return;
    if (!participants.some((p) => p.actor.id === actor.id)) participants.push({ actor, role, ...(attribution ? { attribution } : {}) });
  };
  switch (pattern.frame) {
    case 'agent': {
      const read = agentsAndPatients(view, at);
      // "a FAMa column came under fire from CSP fighters", "a essuyé des tirs": the subject is struck, the one after attacks.
      const struck = UNDER_FIRE.test(at.text);
      const named = [...read.agents, ...read.patients];
      const agents = struck ? named.filter((m) => m.start >= at.end) : read.agents;
      const patients = struck ? named.filter((m) => m.end <= at.start) : read.patients;
      // "created the group X", "joined the CMA": the group must follow, or the verb is about something else.
      if (pattern.needsObject) {
        // The nearest group after the verb, past the words that describe it ("created the Tuareg-dominated group X").
        // States found an alliance of states too ("créant l’Alliance des États du Sahel").
        const objects = actorsAfter(
          view,
          at.end,
          60,
          (m) => GROUP_KINDS.has(m.type) || m.type === 'other_org' || (type === 'formation' && m.type === 'international_org'),
        );
        if (objects.length === 0 || patients.length === 0) return undefined;
        for (const o of objects) add(o, 'participant');
        // "launched Operation Serval": what is launched is a force's operation, so it starts a deployment.
        if (/^launched$/i.test(at.text) && objects.some((o) => FORCES.has(o.type) || /^op[ée]ration\s/iu.test(o.name))) type = 'deployment';
      }
      const violent = isViolent(type) || type === 'abduction';
      for (const c of claimers) add(c, 'perpetrator', 'claimed');
      for (const a of agents) add(a, violent ? 'perpetrator' : 'participant');
      if (violent || type === 'arrests' || type === 'sanction' || type === 'allegiance_pledge' || ABOUT_A_GROUP.has(type))
        // "dissolved the Dogon militia X": a community named to describe the group is not the group.
        for (const p of ABOUT_A_GROUP.has(type)
          ? patients[0]?.type === 'community'
            ? actorsAfter(view, at.end, 60, (m) => m.type !== 'community')
            : patients
          : patients)
          add(p, type === 'abduction' ? 'victim' : type === 'allegiance_pledge' || ABOUT_A_GROUP.has(type) ? 'participant' : 'target');
      if (type === 'leadership_change' && !participants.some((p) => p.actor.type === 'person') && !LEADER_WORDS.test(view.text)) {
        // "Serval was replaced by Barkhane": one group taking another's place is a rebranding, not a change of leader.
        if (participants.filter((p) => GROUP_KINDS.has(p.actor.type)).length < 2) return undefined;
        type = 'rename';
      }
      if (EXPLOSION.test(at.text) && !DEVICE.test(view.text)) return undefined;
      // "ont annoncé leur dissolution pour former ensemble X": groups dissolved into a new one merged.
      if (type === 'dissolution' && TO_FORM.test(view.text.slice(at.end - view.start, at.end - view.start + 60))) type = 'merger';
      if (isViolent(type)) type = subtype(view, type, patients, at);
      if (BEGAN.test(at.text) && !OPERATION.test(withoutNames(view, at.start - 30, at.end + 50))) return undefined;
      // "X, founded by Y, broke away…", "Il a été fondé par Y": naming a founder with no date describes the group.
      if (type === 'formation' && isUndatedFounder(view, at)) return undefined;
      // "were integrated into the army", "a intégré la coalition": a group joins a group; people and fighters folded into
      // a state's army are no change to a group.
      if (
        type === 'change_to_group' &&
        INTEGRATED.test(at.text) &&
        (participants.some((p) => p.actor.type === 'person') || participants.some((p) => FORCES.has(p.actor.type)))
      )
        return undefined;
      // "was born in 1960 in Kidal", "est né à Gao": a person's birth; a group is born ("the FLN was born in 2012").
      if (
        type === 'formation' &&
        BORN.test(at.text) &&
        participants.some((p) => p.actor.type === 'person') &&
        !participants.some((p) => GROUP_KINDS.has(p.actor.type))
      )
        return undefined;
      // "one of the founders of JNIM" describes a group; "… of JNIM in March 2017" tells when it was formed.
      if (new RegExp(`^(?:${FOUNDERS})$`, 'iu').test(at.text) && !view.dates.some((d) => d.role !== 'since' && inTheSamePhrase(view, at.end, d.start)))
        return undefined;
      // "broke with France", "a rompu avec Bamako": a state or a government left is a change of policy, not a split.
      if (/^(?:broke|rompu)/i.test(at.text) && !['armed_group', 'coalition'].includes(patients[0]?.type ?? '')) return undefined;
      // A bare "left" is a departure only from the place it names next ("left Mali"), not "left 20 dead".
      // "left the FLN", "left ECOWAS": a group or an organisation left is read below (leftWhat).
      if (
        /^left$/i.test(at.text) &&
        // "near Tessalit … left 12 soldiers dead": a toll after "left" makes the town named before no place left.
        !view.places.some(
          (p) =>
            /^\s*(?:the\s+)?$/i.test(view.text.slice(at.end - view.start, p.start - view.start)) &&
            (p.start >= at.end || !LEFT_A_TOLL.test(view.text.slice(at.end - view.start))),
        ) &&
        !leftWhat(view, at, undefined)
      )
        return undefined;
      if (type === 'election' && NOT_HELD.test(view.text)) return undefined;
      // A resignation changes an actor's leadership only when the one who resigns held a leading post.
      if (type === 'leadership_change' && RESIGNED.test(at.text) && !LEADER_WORDS.test(view.text)) return undefined;
      // "began" and "deployed" start an operation only when a force is the one acting, named or not ("French troops").
      if (type === 'deployment' && !participants.some((p) => FORCES.has(p.actor.type)) && !forceNamedByNoun(view, at)) return undefined;
      break;
    }
    case 'mutual':
      for (const a of view.actors) add(a, 'participant');
      break;
    case 'signing':
      if (!AGREEMENT_WORDS.test(view.text)) return undefined;
      for (const a of [...actorsBefore(view, at.start), ...actorsAfter(view, at.end, 80)]) add(a, 'signatory');
      if (participants.length === 0 && view.dates.length === 0 && view.places.length === 0) return undefined;
      break;
    case 'governance': {
      const actor = [...actorsBefore(view, at.start, 140)].reverse().find((m) => GROUP_KINDS.has(m.type)) ?? view.actors.find((m) => GROUP_KINDS.has(m.type));
      if (!actor) return undefined;
      add(actor, 'perpetrator');
      break;
    }
    case 'claim':
      return undefined;
  }
  const located = placeFor(view, at, pattern.needsPlace === true || type === 'town_abandoned');
  // "attacked the village of Boni", "s’est emparé de Léré": a place the dataset lacks still places the incident for the
  // checks below (it is a town, named at the trigger), though the event is proposed without a place to point at.
  const placed =
    located ??
    (view.newPlaces?.length ? placeFor({ ...view, places: view.newPlaces }, at, pattern.needsPlace === true || type === 'town_abandoned') : undefined);
  if (pattern.needsPlace && !placed && !unknownTownAt(view, at)) return undefined;
  if (
    placed &&
    pattern.needsPlace &&
    NOMINAL_CAPTURE.test(at.text) &&
    placed.place.start >= at.end &&
    !PLACE_COMPLEMENT.test(view.text.slice(at.end - view.start, placed.place.start - view.start))
  )
    return undefined;
  // "left the FLN", "withdrew from ECOWAS", "s’est retiré de l’accord": what is left is a group or a pact, not a place.
  if (type === 'town_abandoned' || type === 'withdrawal') type = leftWhat(view, at, placed?.place) ?? type;
  // "withdrew from Kidal", "se sont retirés de Ber": forces that withdraw, whoever they are, make a withdrawal.
  if (type === 'town_abandoned' && WITHDREW.test(at.text)) type = 'withdrawal';
  // "withdrew from the north", "left their base": leaving a region, a country or no named town is a withdrawal.
  // So is a foreign or international force leaving its base or a town: it withdraws, the town is not lost to anyone.
  const foreign = participants.some((p) => p.actor.type === 'international_force' || p.actor.type === 'international_org' || p.actor.type === 'state');
  // Leaving "its base in X", "sa base de X", "le camp de X" is forces withdrawing too.
  const leftBase = LEFT_BASE.test(view.text.slice(at.end - view.start, at.end - view.start + 40));
  if (
    type === 'town_abandoned' &&
    (!placed || WIDE.includes(placed.place.type) || foreign || leftBase || /base|camp|troops|contingent|positions/i.test(at.text))
  )
    type = 'withdrawal';
  if (type === 'arrests' && isCoupArrest(view, at)) type = 'coup';
  // "was wounded and evacuated to Ouagadougou": a person moved is no force leaving a place.
  if ((type === 'town_abandoned' || type === 'withdrawal') && participants.length > 0 && participants.every((p) => p.actor.type === 'person')) return undefined;
  if (type === 'town_captured' && regainedByTheState(view, at, participants)) type = 'government_regains_territory';
  else if (type === 'town_captured' && ENTERED.test(at.text)) return undefined;
  // "Floods destroyed 300 homes", "l’incendie du marché": destruction with no one named is looting only if armed men did it.
  // "the camp was looted after the assault": destruction told with an attack is the attackers'. Looting, torching and
  // vandalism are acts of people whoever is named; only destruction and fire may be a flood's or an accident's.
  // "pour lutter contre le vol de bétail", "to fight cattle theft": a scourge fought is no act.
  if (type === 'looting' && LOOT_NOUN.test(at.text) && FOUGHT_AGAINST.test(view.text.slice(Math.max(0, at.start - view.start - 30), at.start - view.start)))
    return undefined;
  if (
    type === 'looting' &&
    participants.length === 0 &&
    !armedAgentNear(view, at) &&
    !AN_ATTACK.test(view.text) &&
    (NATURAL_TOO.test(at.text) || LOOT_NOUN.test(at.text))
  )
    return undefined;
  // "a été frappée par des inondations": struck by what is not armed is no attack.
  if (PASSIVE_STRUCK.test(at.text) && participants.length === 0 && !ARMED_AGENT.test(view.text.slice(at.end - view.start, at.end - view.start + 40)))
    return undefined;
  const date = nearestDate(view.dates, at, view);
  if (isIntended(view, at) || isHabitual(view, at, date)) return undefined;
  if (type === 'deployment' && !date && isPresentState(view, at)) return undefined;
  const fatalities = isViolent(type) ? findFatalities(view.text)?.fatalities : undefined;
  // "Dicko died in 2017": a death tells an incident only with a toll ("71 soldiers died at Inates").
  if (DIED.test(at.text) && !fatalities) return undefined;
  if (isViolent(type) && !fatalities && isUndatedPlural(view, at, date !== undefined)) return undefined;
  if (isViolent(type) && isTotal(view, at, date, !placed || placed.precision === 3)) return undefined;
  // An incident is told with a date, a toll or an exact place: "fought the army around Boni" tells of none.
  if (isViolent(type) && !date && !fatalities && (!placed || placed.precision > 1)) return undefined;
  // "Barkhane fought JNIM and the ISGS in the Ménaka region in 2018": a year and a region tell a campaign, not an incident.
  if (isViolent(type) && date && YEAR_ONLY.test(date.edtf) && !fatalities && (!placed || placed.precision === 3)) return undefined;
  // "announced the withdrawal from Mali", "son retrait, décidé en juin": a departure to come.
  if ((type === 'withdrawal' || type === 'town_abandoned') && isAnnounced(view, at)) return undefined;
  // A coup is often told without naming its makers ("the March 2012 coup"); its date or place is enough.
  // A coup or an election is often told without naming who made it ("the March 2012 coup", "the 2013 elections"), and a
  // base without who set it up: a date or a place is enough.
  // Looting, a protest, rape and arrests are told of unnamed people ("des hommes armés", "des manifestants"), at a spot.
  // A state of emergency, a mobilisation or an independence is often told of a government or a leader the text does not name.
  const bare = (type === 'coup' || type === 'election' || type === 'other_strategic') && (date || placed);
  // "urban protests have flared" tells no protest: the unnamed need a date, or a town named right at the trigger.
  const spot = placeFor(view, at, true) ?? (view.newPlaces?.length ? placeFor({ ...view, places: view.newPlaces }, at, true) : undefined);
  // "On 3 May the army arrested 20 men in Tessit. The next morning troops withdrew.": a sentence that goes on telling a
  // dated incident dates the arrests, protest or move it adds. Not looting: arson told after a raid is the raid's own
  // (the development texts annotate "the assailants also set fire to the market" as part of the attack).
  const carried = !date && type !== 'looting' && (UNNAMED_AT_A_SPOT.has(type) || MOVES.has(type)) ? view.previousDate : undefined;
  const unnamed = UNNAMED_AT_A_SPOT.has(type) && (date || carried || spot?.precision === 1);
  // Forces moving, named by a common noun ("the last French troops left", "les soldats se sont retirés"): a date or a place is enough.
  const moved = FORCE_MOVES.has(type) && (date || carried || placed) && forceNamedByNoun(view, at);
  if (!isViolent(type) && type !== 'agreement' && participants.length === 0 && !bare && !unnamed && !moved && !(type === 'base_established' && placed))
    return undefined;
  // "attacks army posts, then withdraws into the desert": a force moving with neither a date nor a place is a habit.
  if (MOVES.has(type) && !date && !carried && !placed && !TOWARDS_A_NAME.test(view.text.slice(at.end - view.start))) return undefined;
  const when = date ?? carried;
  return {
    type,
    ...(when ? { date: when.edtf } : {}),
    ...(located ? { place: located.place, placePrecision: located.precision } : {}),
    participants,
    ...(fatalities ? { fatalities } : {}),
    sentence: view.index,
    trigger: at,
  };
}

/** A region or an area taken by a non-state actor is territory overtaken, ACLED's own type; a town keeps its capture. */
function overtaken(event: ExtractedEvent): ExtractedEvent {
  return event.type === 'town_captured' && event.place && WIDE.includes(event.place.type) ? { ...event, type: 'non_state_actor_overtakes_territory' } : event;
}

/**
 * Every match of a trigger pattern in a sentence, as document offsets. The patterns are large (every form of every
 * lemma), so each is compiled once and run with `exec`, never copied per sentence as `matchAll` does.
 */
function triggersIn(view: SentenceView, re: RegExp): { start: number; end: number; text: string }[] {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  global.lastIndex = 0;
  const found: { start: number; end: number; text: string }[] = [];
  for (let m = global.exec(view.text); m; m = global.exec(view.text)) {
    if (m[0].length === 0) global.lastIndex++;
    else found.push({ start: view.start + m.index, end: view.start + m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** Events stated in a sentence: one per trigger, a claim of responsibility joined to the act it claims. */
export function extractEvents(view: SentenceView): ExtractedEvent[] {
  if (HEADING(view.text) || isUnverified(view)) return [];
  const taken: { start: number; end: number }[] = [];
  const found: { pattern: EventPattern; at: { start: number; end: number; text: string } }[] = [];
  for (const pattern of EVENT_PATTERNS) {
    for (const at of triggersIn(view, pattern.re)) {
      if (taken.some((t) => t.start < at.end && at.start < t.end)) continue;
      // "the Salafist Group for Preaching and Combat": a word inside a name is no trigger.
      if (view.actors.some((m) => m.start <= at.start && at.end <= m.end)) continue;
      // "Moussa Diallo took over", "took over the group": no place follows, so the words are left to a change of leader.
      if (/^took\s+over$/iu.test(at.text) && pattern.type === 'town_captured' && !view.places.some((p) => p.start >= at.end && p.start - at.end <= 40))
        continue;
      // A bare "took" takes a place only when a town follows it ("took Gao"; not "took place", "took office", "took Mali out of").
      if (
        (/^took$/iu.test(at.text) || (pattern.type === 'town_captured' && BARE_TAKING_RE.test(at.text))) &&
        !view.places.some((p) => !WIDE.includes(p.type) && /^\s+$/u.test(view.text.slice(at.end - view.start, p.start - view.start)))
      )
        continue;
      taken.push(at);
      if (isComparison(view, at) || isDescribing(view, at)) continue;
      found.push({ pattern, at });
    }
  }
  found.sort((a, b) => a.at.start - b.at.start);
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
    const event = build(view, pattern, at, useClaim ? claimers : []);
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
          (!isCapture(event.type) || x.place?.id === event.place?.id),
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
  const spread = events.flatMap((e) => (isViolent(e.type) || isCapture(e.type) ? spreadOverLists(view, e) : [e])).map(overtaken);
  events.splice(0, events.length, ...spread);
  if (claim && !claimUsed && claimers.length > 0) {
    const date = nearestDate(view.dates, claim.at, view);
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
