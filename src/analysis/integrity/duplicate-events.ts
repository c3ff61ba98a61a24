import type { Temporal } from '../../core/dates/edtf.js';
import { groupBy } from '../../core/group-by.js';
import type { ConflictEvent } from '../../core/model/event.js';
import { EVENT_TYPES, type EventGroup, type EventType, type ParticipantRole } from '../../core/vocab/event-types.js';
import { claimIds, type IntegrityContext } from './context.js';
import { finding, type Finding } from './finding.js';
import { mayOverlap } from './spans.js';

/**
 * How C6 tells incidents apart, as data. In the `typeDistinguishes` groups the type itself says what
 * happened (a split is not a pledge) and an actor has many such developments a year, so only events
 * of one type dated within a month are compared; catch-all types only when both dates are single
 * days. Roles opposed in one incident cannot be swapped in its twin (a reprisal), fatality figures
 * further apart than `fatalityFactor` times are two incidents, and so are two events that both name
 * whom they struck (`sufferingRoles`) when no one is struck in both (one group's raids on two peoples).
 */
export const INCIDENT_MATCHING = {
  typeDistinguishes: ['strategic', 'organisational', 'governance'] as readonly EventGroup[],
  catchAllTypes: ['other_strategic', 'change_to_group'] as readonly EventType[],
  opposedRoles: [
    ['perpetrator', 'target'],
    ['perpetrator', 'victim'],
  ] as readonly (readonly [ParticipantRole, ParticipantRole])[],
  fatalityFactor: 3,
  sufferingRoles: ['target', 'victim'] as readonly ParticipantRole[],
};

const DAY_MS = 86_400_000;
const spanDays = (t: Temporal): number => (Date.parse(t.end.latest) - Date.parse(t.start.earliest)) / DAY_MS + 1;

/** A date that may fall anywhere in more than a month says too little to tell two incidents apart by date alone. */
export const isCoarse = (t: Temporal): boolean => spanDays(t) > 31;
/** A date known only to more than a year stands for a campaign, not an incident inside it. */
const isCampaign = (t: Temporal): boolean => spanDays(t) > 366;

/** Whether two places may be the same: either is unknown, they are equal, or one lies inside the other. */
function placesMatch(a: string | undefined, b: string | undefined, parents: ReadonlyMap<string, string>): boolean {
  if (a === undefined || b === undefined) return true;
  const inside = (inner: string, outer: string) => {
    const seen = new Set<string>();
    for (let at: string | undefined = inner; at !== undefined && !seen.has(at); at = parents.get(at)) {
      if (at === outer) return true;
      seen.add(at);
    }
    return false;
  };
  return inside(a, b) || inside(b, a);
}

const actorsOf = (e: ConflictEvent): Set<string> => new Set(e.participants.map((p) => p.actor));
const sameSet = (a: Set<string>, b: Set<string>): boolean => a.size === b.size && [...a].every((x) => b.has(x));

/** Whether an actor plays opposed roles in two events (the perpetrator of one is the target of the other: a reprisal). */
function opposed(actor: string, a: ConflictEvent, b: ConflictEvent): boolean {
  const roles = (e: ConflictEvent) => e.participants.filter((p) => p.actor === actor).map((p) => p.role);
  return roles(a).some((x) => roles(b).some((y) => INCIDENT_MATCHING.opposedRoles.some(([p, q]) => (x === p && y === q) || (x === q && y === p))));
}

/** Shared participants that could make two events one: at least two (or all of a one-actor event), none in opposed roles. */
function sharedParticipants(a: ConflictEvent, b: ConflictEvent): string[] | undefined {
  const actorsA = actorsOf(a);
  const actorsB = actorsOf(b);
  const shared = [...actorsA].filter((x) => actorsB.has(x));
  if (shared.length < Math.min(2, actorsA.size, actorsB.size) || shared.length === 0) return undefined;
  return shared.some((x) => opposed(x, a, b)) ? undefined : shared;
}

/** Whether both events give fatality figures so far apart that they cannot count one incident. */
function fatalitiesApart(a: ConflictEvent, b: ConflictEvent): boolean {
  const range = (e: ConflictEvent) => {
    const f = e.fatalities;
    const low = f?.low ?? f?.best ?? f?.high;
    return low === undefined ? undefined : { low, high: f?.high ?? f?.best ?? low };
  };
  const [x, y] = [range(a), range(b)];
  if (!x || !y) return false;
  return x.high * INCIDENT_MATCHING.fatalityFactor < y.low || y.high * INCIDENT_MATCHING.fatalityFactor < x.low;
}

/** Whether both events name whom they struck, and none is struck in both. */
function strikeApart(a: ConflictEvent, b: ConflictEvent): boolean {
  const struck = (e: ConflictEvent) => new Set(e.participants.filter((p) => INCIDENT_MATCHING.sufferingRoles.includes(p.role)).map((p) => p.actor));
  const [x, y] = [struck(a), struck(b)];
  return x.size > 0 && y.size > 0 && ![...x].some((id) => y.has(id));
}

/** Whether two dated events may be one incident, judging by their types and dates alone. */
function comparable(a: ConflictEvent, b: ConflictEvent, x: Temporal, y: Temporal): boolean {
  const sameType = a.type === b.type;
  if (INCIDENT_MATCHING.typeDistinguishes.includes(EVENT_TYPES[a.type].group) && (!sameType || isCoarse(x) || isCoarse(y))) return false;
  if ([a.type, b.type].some((t) => INCIDENT_MATCHING.catchAllTypes.includes(t)) && (spanDays(x) > 1 || spanDays(y) > 1)) return false;
  if (isCampaign(x) !== isCampaign(y) && !(isCoarse(x) && isCoarse(y))) return false;
  if (fatalitiesApart(a, b) || strikeApart(a, b)) return false;
  return !(isCoarse(x) && isCoarse(y)) || sameType;
}

/**
 * C6: two events of one event-type group that may be the same incident: dates that may overlap (D6),
 * places that may be the same (equal, one inside the other, or one unknown), and shared participants.
 * When either date spans more than a month, the same place or the same participants are required
 * too, so that two attacks by one group in one region and year are not taken for one; two such
 * events must also share their type, and a campaign (over a year) is not compared with an incident.
 */
export function duplicateEvents(context: IntegrityContext): Finding[] {
  const parents = new Map(context.places.flatMap((p) => (p.parent ? [[p.id, p.parent] as const] : [])));
  const findings: Finding[] = [];
  for (const group of groupBy(context.events, (e) => EVENT_TYPES[e.type].group).values()) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        const shared = sharedParticipants(a, b);
        if (!shared || !placesMatch(a.place, b.place, parents)) continue;
        const dates = overlappingDates(context.dateReadings.get(a.id) ?? [], context.dateReadings.get(b.id) ?? []);
        if (!dates || !comparable(a, b, ...dates)) continue;
        const coarse = isCoarse(dates[0]) || isCoarse(dates[1]);
        if (coarse && !(a.place !== undefined && a.place === b.place) && !sameSet(actorsOf(a), actorsOf(b))) continue;
        findings.push(
          finding(
            'C6',
            [a.id, b.id],
            [...claimIds(context, a.id), ...claimIds(context, b.id)],
            `${a.type} ${dates[0].text} and ${b.type} ${dates[1].text} may be one incident (${a.place ?? 'no place'} / ${b.place ?? 'no place'}, shared ${shared.join(', ')})`,
          ),
        );
      }
    });
  }
  return findings;
}

function overlappingDates(a: readonly Temporal[], b: readonly Temporal[]): [Temporal, Temporal] | undefined {
  for (const x of a) for (const y of b) if (mayOverlap(x, y)) return [x, y];
  return undefined;
}

/** C7: an actor listed more than once among one event's participants. */
export function duplicateParticipants(context: IntegrityContext): Finding[] {
  return context.events.flatMap((event) =>
    [...groupBy(event.participants, (p) => p.actor).entries()]
      .filter(([, listed]) => listed.length > 1)
      .map(([actor, listed]) =>
        finding(
          'C7',
          [event.id, actor],
          claimIds(context, event.id, 'participants'),
          `${actor} is listed ${listed.length} times (${listed.map((p) => p.role).join(', ')})`,
        ),
      ),
  );
}
