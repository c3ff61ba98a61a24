import { shiftDay, type Day } from '../../core/dates/bounds.js';
import type { ConflictEvent } from '../../core/model/event.js';
import { EVENT_TYPES, type EventGroup, type EventType, type ParticipantRole } from '../../core/vocab/event-types.js';
import type { RelationType } from '../../core/vocab/relation-types.js';
import { ANALYSIS_ROLES } from '../roles.js';
import { claimIds, type IntegrityContext } from './context.js';
import { finding, type Finding } from './finding.js';

/** An event that shows a tie between two of its participants already held when it happened. */
export interface ImpliedTie {
  /** The event types, or whole event-type groups, that imply the tie. */
  types?: readonly EventType[];
  groups?: readonly EventGroup[];
  relation: RelationType;
  /** The roles of the two ends, in either order; any two participants when absent. */
  roles?: readonly [readonly ParticipantRole[], readonly ParticipantRole[]];
  /** How long after the event's latest day the tie may still begin without contradicting it. */
  graceMonths: number;
}

/** C8: which events imply which ties. Add a line here rather than a branch in the rule. */
export const IMPLIED_TIES: readonly ImpliedTie[] = [
  { types: ['allegiance_pledge'], relation: 'affiliated_with', graceMonths: 0 },
  { types: ['merger'], relation: 'merged_into', graceMonths: 0 },
  { types: ['split'], relation: 'split_from', graceMonths: 0 },
  { types: ['rename'], relation: 'successor_of', graceMonths: 0 },
  { groups: ANALYSIS_ROLES.violentGroups, relation: 'hostile_to', roles: [['perpetrator'], ['target']], graceMonths: 0 },
  // A group formed against a party is hostile to it from its formation, give or take a year.
  { types: ['formation'], relation: 'hostile_to', roles: [['participant', 'perpetrator'], ['target']], graceMonths: 12 },
];

const implies = (rule: ImpliedTie, event: ConflictEvent): boolean =>
  (rule.types?.includes(event.type) ?? false) || (rule.groups?.includes(EVENT_TYPES[event.type].group) ?? false);

const pairKey = (a: string, b: string): string => [a, b].sort().join(' ');

/** The unordered pairs of distinct participants that a rule joins in an event. */
function pairsOf(rule: ImpliedTie, event: ConflictEvent): string[] {
  const [left, right] = rule.roles ?? [undefined, undefined];
  const pick = (roles: readonly ParticipantRole[] | undefined) => event.participants.filter((p) => !roles || roles.includes(p.role)).map((p) => p.actor);
  const pairs = new Set<string>();
  for (const a of pick(left)) for (const b of pick(right)) if (a !== b) pairs.add(pairKey(a, b));
  return [...pairs];
}

/**
 * C8: a tie that begins later than an event between the same two actors shows it held (plus the
 * rule's grace): the earliest tie of that type between them may start only after the event's latest day.
 */
export function tiesStartingAfterEvents(context: IntegrityContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of IMPLIED_TIES) {
    const earliestEvent = new Map<string, { event: ConflictEvent; latest: Day }>();
    for (const event of context.events) {
      if (!implies(rule, event)) continue;
      const latest = (context.dateReadings.get(event.id) ?? []).reduce<Day | undefined>(
        (max, t) => (max === undefined || t.end.latest > max ? t.end.latest : max),
        undefined,
      );
      if (latest === undefined) continue;
      for (const pair of pairsOf(rule, event)) {
        const known = earliestEvent.get(pair);
        if (!known || latest < known.latest) earliestEvent.set(pair, { event, latest });
      }
    }
    const ties = context.relations.filter((r) => r.type === rule.relation && earliestEvent.has(pairKey(r.from, r.to)));
    const earliestTie = new Map<string, { id: string; start: Day; text: string }>();
    for (const tie of ties) {
      for (const reading of context.validReadings.get(tie.id) ?? []) {
        const pair = pairKey(tie.from, tie.to);
        const known = earliestTie.get(pair);
        if (!known || reading.start.earliest < known.start) earliestTie.set(pair, { id: tie.id, start: reading.start.earliest, text: reading.text });
      }
    }
    for (const [pair, tie] of earliestTie) {
      const shown = earliestEvent.get(pair);
      if (!shown || tie.start <= shiftDay(shown.latest, 'month', rule.graceMonths)) continue;
      const grace = rule.graceMonths > 0 ? ` by more than ${rule.graceMonths} months` : '';
      findings.push(
        finding(
          'C8',
          [tie.id, shown.event.id],
          [...claimIds(context, tie.id, 'valid'), ...claimIds(context, shown.event.id, 'date')],
          `${rule.relation} ${tie.text} starts after ${shown.event.type} ${shown.event.date}${grace}, which shows ${pair.replace(' ', ' – ')} tied earlier`,
        ),
      );
    }
  }
  return findings;
}
