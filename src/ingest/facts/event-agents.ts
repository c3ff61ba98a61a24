/**
 * Who takes part in an event: the actors before and after a trigger (active, passive, a noun's object then its agent),
 * and the forces a report names by a common noun ("the army", "les soldats", "des hommes armés", "protesters").
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { ExtractedParticipant } from './extracted-event.js';
import { actorsAfter, actorsBefore, type SentenceView } from './sentence-view.js';

export const GROUP_KINDS = new Set(['armed_group', 'coalition', 'state_force', 'international_force']);

export const PASSIVE_BY = /^\s*(?:by|par|from|de\s+la\s+part\s+(?:de|du|des))\s+(?:the\s+|les?\s+|la\s+|l['’])?$/i;
/** "la reprise de Kidal par l’armée", "the capture of Gao by the MNLA": a noun's object, then its agent. */
export const NOUN_OBJECT_BY = /^\s*(?:of|de|du|des|d['’])\s*[^,;:()]{1,40}?\s+(?:by|par)\s+(?:the\s+|les?\s+|la\s+|l['’])?$/iu;

export const FORCES = new Set(['state_force', 'international_force', 'state']);
export const SOLDIERS =
  /(?<![\p{L}])(?:soldiers|troops|servicemen|peacekeepers|gendarmes|policemen|militiamen|soldats|militaires|casques\s+bleus|gendarmes|policiers)(?![\p{L}])/iu;

/** "the army", "les troupes": a state's forces named by a common noun. */
export const STATE_FORCE_NOUN =
  /(?<![\p{L}])(?:army|armed\s+forces|forces|troops|soldiers|military|arm[ée]e|forces\s+arm[ée]es|troupes|soldats|militaires|FAMa)(?![\p{L}])/iu;
export const NON_STATE_NOUN =
  /(?<![\p{L}])(?:rebels?|jihadists?|islamists?|insurgents?|militants?|separatists?|fighters|militias?|gunmen|assailants|rebelles?|jihadistes?|islamistes?|insurg[ée]s|combattants|milices?|assaillants|terroristes?)(?![\p{L}])/iu;

/** The actors named earlier in the trigger's clause (after its last comma, semicolon or colon). */
export function clauseBefore(view: SentenceView, at: { start: number; end: number }): Mention[] {
  const before = view.text.slice(0, at.start - view.start);
  const from = view.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'), 0);
  return view.actors.filter((m) => m.start >= from && m.end <= at.start);
}

/**
 * Who burns, destroys or strikes when no group is named: "gunmen", "des hommes armés", "les soldats", "protesters".
 * Floods and fires destroy homes too, so an unnamed act of destruction needs one of these words near it.
 */
export const ARMED_AGENT = new RegExp(
  String.raw`${NON_STATE_NOUN.source}|${STATE_FORCE_NOUN.source}|(?<![\p{L}])(?:armed\s+(?:men|groups?|individuals)|(?:hommes|individus|groupes?)\s+arm[ée]s|attackers|raiders|bandits|protesters|demonstrators|rioters|manifestants|[ée]meutiers)(?![\p{L}])`,
  'iu',
);
export function armedAgentNear(view: SentenceView, at: { start: number; end: number }): boolean {
  return ARMED_AGENT.test(view.text.slice(Math.max(0, at.start - view.start - 100), at.end - view.start + 60));
}

/** "French troops", "l'armée", "the soldiers": a force named by a common noun in the trigger's clause, before it. */
export function forceNamedByNoun(view: SentenceView, at: { start: number; end: number }): boolean {
  const before = view.text.slice(0, at.start - view.start);
  let clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), 0));
  // "L’armée, épaulée par les VDP, a lancé…": an apposition stands between the subject and its verb.
  if (/^,?\s*(?:(?:a|ont|avait|avaient|has|have|had)\s*)?$/iu.test(clause) && /^[^,;:]+,[^,;:]+,\s*\S*\s*$/u.test(before))
    clause = before.slice(0, before.indexOf(','));
  // "le départ des soldats", "the departure of the troops": a noun's complement names the force.
  const complement = /(?:of|de|des|du|d['’])$/iu.test(view.text.slice(at.start - view.start, at.end - view.start))
    ? (/^\s*(?:the\s+|la\s+|les\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?/iu.exec(view.text.slice(at.end - view.start))?.[0] ?? '') +
      (view.text.slice(at.end - view.start).match(/^\s*(?:the\s+|la\s+|les\s+|l['’])?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/iu)?.[1] ?? '')
    : '';
  const force = (text: string) => (STATE_FORCE_NOUN.test(text) || PEACEKEEPERS.test(text) || FORCE_UNIT.test(text)) && !NON_STATE_NOUN.test(text);
  return force(clause) || force(complement);
}

/** Units of a force that move: "reinforcements reached the town", « un convoi militaire est arrivé », « des renforts ». */
const FORCE_UNIT = /(?<![\p{L}])(?:reinforcements|military\s+(?:convoy|column)|renforts|convoi\s+militaire|colonne\s+militaire)(?![\p{L}])/iu;

/** Peacekeepers are a force that moves, though no state's: "the peacekeepers were withdrawn", "les casques bleus ont quitté". */
const PEACEKEEPERS = /(?<![\p{L}])(?:peacekeepers|blue\s+helmets|casques\s+bleus|contingents?)(?![\p{L}])/iu;

const STATE_CONTROLLER_AFTER =
  /^\s*(?:of|de|du|d['’])\s*(?:the\s+|l['’]|les\s+|la\s+)?(?:\p{L}+\s+)?(?:army|arm[ée]e|troops|troupes|forces|soldiers|soldats|FAMa|government|gouvernement|[ée]tat)/iu;
const STATE_AGENT_AFTER =
  /^\s*(?:(?:of|de|du|des|d['’])\s*[^,;:()]{1,40}?\s+)?(?:by|par)\s+(?:the\s+|l['’]|les\s+|la\s+)?(?:\p{L}+\s+)?(?:army|arm[ée]e|troops|troupes|forces|soldiers|soldats)/iu;

/** A town taken by a state's forces (named, or "the army" with no other taker named) is territory the government regains. */
export function regainedByTheState(view: SentenceView, at: { start: number; end: number }, participants: readonly ExtractedParticipant[]): boolean {
  // "les colonnes jihadistes qui, la veille, s’étaient emparées de Konna": a relative clause takes its antecedent's side.
  const relative = RELATIVE_LEAD.exec(view.text.slice(Math.max(0, at.start - view.start - 90), at.start - view.start));
  if (relative && NON_STATE_NOUN.test(relative[1] ?? '')) return false;
  const takers = participants.filter((p) => p.role === 'perpetrator' || p.role === 'participant');
  if (takers.some((p) => FORCES.has(p.actor.type))) return true;
  // "The Malian Armed Forces and their allies of the Wagner Group retook Kidal": a state force leading the clause.
  // "the army camp at Aguelhok was overrun", "Gao fell to": before a passive verb stands what was lost, not its taker.
  const passive = PASSIVE_TAKING.test(view.text.slice(at.start - view.start, at.end - view.start));
  if (!passive && (actorsBefore(view, at.start, 140).some((m) => FORCES.has(m.type)) || clauseBefore(view, at).some((m) => FORCES.has(m.type)))) return true;
  if (takers.some((p) => p.role === 'perpetrator')) return false;
  const before = view.text.slice(0, at.start - view.start);
  const clause = passive ? '' : before.slice(Math.max(before.search(/[;:](?!.*[;:])/s) + 1, 0));
  if (NON_STATE_NOUN.test(clause)) return false;
  return (
    STATE_FORCE_NOUN.test(clause) ||
    // "retaken by the army", "la reprise de Kidal par l’armée": the agent after the verb, or after the noun's object.
    // "sous le contrôle de l’armée", "under army control": the controller after the trigger.
    (/contr[ôo]le?$/iu.test(view.text.slice(at.start - view.start, at.end - view.start)) &&
      STATE_CONTROLLER_AFTER.test(view.text.slice(at.end - view.start))) ||
    /under\s+(?:the\s+)?(?:army|military|government|state)\s+control$/iu.test(view.text.slice(at.start - view.start, at.end - view.start)) ||
    STATE_AGENT_AFTER.test(
      `${/(?:of|de|du|des|d['’])$/iu.test(view.text.slice(at.start - view.start, at.end - view.start)) ? ' de ' : ''}${view.text.slice(at.end - view.start)}`,
    )
  );
}

// "sont entrés dans Kidal" is active: être makes a passive only with a participle of taking or falling.
const PASSIVE_TAKING =
  /^(?:was|were|had\s+been|has\s+been|have\s+been|fell|(?:a|ont|avait|avaient)\s+été|(?:est|sont|était|étaient|fut|furent)\s+(?:tomb|pris|repris|conquis|occup))/iu;

export const RELATIVE_LEAD = /([^,;:]{0,40})\s+(?:qui|who|which|that)(?:\s*,[^,;:]{0,30},)?\s+[^,;:]{0,20}$/iu;

/** The first actor after an active attack verb, with only an article between, is what it struck ("attacked the MSA"). */
export function directObjectIsAForce(view: SentenceView, at: { start: number; end: number }, targets: readonly Mention[]): boolean {
  const first = targets.find((t) => t.start >= at.end);
  return (
    first !== undefined &&
    GROUP_KINDS.has(first.type) &&
    /^\s*(?:the\s+|an?\s+|le\s+|la\s+|les\s+|l['’]|des\s+|du\s+)?$/iu.test(view.text.slice(at.end - view.start, first.start - view.start))
  );
}

/** Who acts and who is acted on around an agent trigger, active or passive. */
export function agentsAndPatients(view: SentenceView, at: { start: number; end: number }): { agents: Mention[]; patients: Mention[] } {
  // "un groupe armé touareg fondé en 2011": a community qualifying a group noun is no agent; the clause's subject is.
  const agents = actorsBefore(view, at.start);
  const before =
    agents.length > 0 && agents.every((m) => m.type === 'community')
      ? actorsBefore({ ...view, actors: view.actors.filter((m) => m.type !== 'community') }, at.start)
      : agents;
  const after = actorsAfter(view, at.end);
  const first = after[0];
  const lead = first ? view.text.slice(at.end - view.start, first.start - view.start) : '';
  // The trigger may end with the noun's "of", "de" ("reprise de", "capture of").
  const nounObject = NOUN_OBJECT_BY.test(/(?:of|de|du|des|d['’])$/iu.test(view.text.slice(at.start - view.start, at.end - view.start)) ? ` de ${lead}` : lead);
  if (first && (PASSIVE_BY.test(lead) || nounObject)) {
    const last = after.at(-1) as Mention;
    return { agents: after, patients: [...before, ...actorsAfter(view, last.end, 25)] };
  }
  return { agents: before, patients: after };
}

export const PROTESTERS = /(?<![\p{L}])(?:protesters|demonstrators|rioters|mobs?|crowds?|manifestants|émeutiers|foules?)(?![\p{L}])/iu;

/** Protesters are the subject of the trigger's clause, with no actor named between them and it. */
export function protestersAct(view: SentenceView, at: { start: number; end: number }): boolean {
  const before = view.text.slice(0, at.start - view.start);
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), 0));
  const found = PROTESTERS.exec(clause);
  if (!found) return false;
  const from = view.start + Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), 0) + found.index;
  return !view.actors.some((m) => m.start > from && m.end <= at.start);
}
