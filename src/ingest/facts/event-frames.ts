/**
 * A trigger's participants read by its pattern's frame (agent and patient, mutual, signing, governance), with the checks
 * that the verb tells the pattern's event at all ("began" an operation, "left" a place, a founder with a date).
 * The type may change here (a leadership change that is a rename, a dissolution that is a merger, an attack's subtype).
 */
import type { Participant } from '../../core/model/event.js';
import type { EventType } from '../../core/vocab/event-types.js';
import type { Mention } from '../mentions/find-mentions.js';
import { FOUNDERS, LOST_TO, type EventPattern } from './event-patterns.js';
import { leftWhat } from './event-leaving.js';
import { subtype } from './event-subtype.js';
import { DEVICE, EXPLOSION, isUndatedFounder } from './not-an-incident.js';
import { FORCES, GROUP_KINDS, agentsAndPatients, forceNamedByNoun } from './event-agents.js';
import { actorsAfter, actorsBefore, type SentenceView } from './sentence-view.js';
import { isViolent, type ExtractedParticipant, type TriggerAt } from './extracted-event.js';

const AGREEMENT_WORDS =
  /agreement|accord|deal|cease-?fire|truce|tr[êe]ve|pact|memorandum|treaty|charter|charte|trait[ée]|cessez-le-feu|protocol|roadmap|feuille de route/iu;
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
const INTEGRATED = /integr|int[ée]gr|int[èe]gr|absorb|incorporat|part\s+of|adh[ée]r|adh[èe]r/iu;
const LEFT_A_TOLL =
  /^\s+(?:(?:at\s+least|more\s+than|over|some|about|nearly|around|dozens|scores|hundreds|many|several|a\s+number)(?![\p{L}])|\d|(?:[\p{L}\d,-]+\s+){0,5}?(?:dead|wounded|injured|killed|homeless|displaced)(?![\p{L}]))/iu;
const UNDER_FIRE = /^(?:came\s+under|(?:a|ont|avait|avaient)\s+essuy)/iu;
const LOST = new RegExp(`^(?:${LOST_TO})$`, 'iu');
const BORN = /(?:born|n[ée]e?s?)$/iu;
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

// An object relative pronoun and the relative clause's subject before its verb: "which it", "that they", « qu'il », « que le FLN ».
const OBJECT_RELATIVE =
  /(?:,\s*|\s)(?:which|that|qu['’]|que\s)\s*(?:it|they|he|she|il|elle|ils|elles|[^,;:()]{1,40}?)?\s*(?:(?:had|has|have|a|ont|avait|avaient)\s+)?$/iu;
/** The group a relative clause's object pronoun stands for: the last group named right before "which" or « qu' ». */
function relativeAntecedent(view: SentenceView, at: TriggerAt): Mention | undefined {
  const before = view.text.slice(Math.max(0, at.start - view.start - 60), at.start - view.start);
  const relative = OBJECT_RELATIVE.exec(before);
  if (!relative) return undefined;
  const pronounAt = at.start - (before.length - relative.index);
  const antecedent = view.actors.filter((m) => m.end <= pronounAt && pronounAt - m.end <= 3 && GROUP_KINDS.has(m.type)).at(-1);
  return antecedent;
}

// People named by a common noun as the subject of a relative clause right before the verb: "commanders who had rallied to".
const PEOPLE_WHO =
  /(?<![\p{L}])(?:commanders|fighters|members|cadres|officers|men|soldiers|leaders|chiefs|combattants|commandants|membres|officiers|hommes|soldats|chefs|dirigeants)\s+(?:who|that|qui)\s+(?:(?:had|have|has|avaient|avait|ont|a)\s+)?(?:\p{L}+\s+)?$/iu;
/** Whether the one who joins is a person (named last in the clause before the verb) or people named by a common noun. */
function joinedByPeople(view: SentenceView, at: TriggerAt): boolean {
  if (PEOPLE_WHO.test(view.text.slice(Math.max(0, at.start - view.start - 60), at.start - view.start))) return true;
  const before = view.text.slice(0, at.start - view.start);
  const clauseStart = view.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), 0);
  const subject = view.actors.filter((m) => m.start >= clauseStart && m.end <= at.start).at(-1);
  return subject?.type === 'person';
}

/** The event's type and participants as the trigger's frame reads them, or undefined when the words tell no such event. */
export function readFrame(
  view: SentenceView,
  pattern: EventPattern,
  at: TriggerAt,
  claimers: Mention[],
): { type: EventType; participants: ExtractedParticipant[] } | undefined {
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
      // "the CSP lost Kidal to the army": the taker follows the place, the loser stands before the verb.
      const lost = LOST.test(at.text);
      const agents = struck ? named.filter((m) => m.start >= at.end) : lost ? actorsAfter(view, at.end, 90) : read.agents;
      const patients = struck || lost ? named.filter((m) => m.end <= at.start) : read.patients;
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
        // "the CMA, which it formed in 2014", « la CMA, qu'il a formée en 2014 »: the object is the relative's antecedent.
        const antecedent = objects.length === 0 ? relativeAntecedent(view, at) : undefined;
        if (antecedent) add(antecedent, 'participant');
        else if (objects.length === 0 || patients.length === 0) return undefined;
        for (const o of objects) add(o, 'participant');
        // "launched Operation Serval": what is launched is a force's operation, so it starts a deployment.
        if (/^launched$/i.test(at.text) && objects.some((o) => FORCES.has(o.type) || /^op[ée]ration\s/iu.test(o.name))) type = 'deployment';
      }
      // "the Sahel Union, which it formed in 2014": the group formed is the antecedent, whoever formed it.
      const formed = type === 'formation' && !pattern.needsObject ? relativeAntecedent(view, at) : undefined;
      if (formed) add(formed, 'participant');
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
      // "Alghabass joined Ansar Dine", "commanders who had rallied to the ISGS": a person or fighters joining a group is a
      // membership (a relation), not a group changing sides.
      if (type === 'change_to_group' && joinedByPeople(view, at)) return undefined;
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
      if (/^(?:broke(?!\s+into)|rompu)/i.test(at.text) && !['armed_group', 'coalition'].includes(patients[0]?.type ?? '')) return undefined;
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
  return { type, participants };
}
