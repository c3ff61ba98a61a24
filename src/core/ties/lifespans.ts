import { MAX_DAY, MIN_DAY, type Day, type DayRange } from '../dates/bounds.js';
import { parseTemporal, type Temporal } from '../dates/edtf.js';
import type { Actor } from '../model/actor.js';
import type { ConflictEvent } from '../model/event.js';
import type { EventType } from '../vocab/event-types.js';
import type { Relation } from '../model/relation.js';
import type { LifespanEnd } from '../vocab/lifespan-ends.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType, type RelationTypeSpec } from '../vocab/relation-types.js';

/** Where a lifespan bound comes from: the actor's stated `existed`, or a genealogical tie (L2). */
export interface LifespanBasis {
  /** `stated` for the actor's own `existed`; otherwise the relation id it was derived from. */
  from: 'stated' | string;
  /** The relation's type, for a derived bound. */
  type?: string;
}

/** When an actor existed (L1, L2): its start and end as day ranges, and how each was established. */
export interface Lifespan {
  actor: string;
  /** Day ranges in the shape of a Temporal: an unknown start reaches back without limit, an open end forward. */
  start: DayRange;
  end: DayRange;
  /** The EDTF text of each bound, when known ('' for an unknown start, '..' for an open end). */
  startText: string;
  endText: string;
  ended?: LifespanEnd;
  startBasis?: LifespanBasis;
  endBasis?: LifespanBasis;
}

const UNKNOWN_START: DayRange = { earliest: MIN_DAY, latest: MIN_DAY };
const OPEN_END: DayRange = { earliest: MAX_DAY, latest: MAX_DAY };

/** Whether the lifespan bounds anything: an actor with neither start nor end known is not limited. */
export const isBounded = (l: Lifespan): boolean => l.start.earliest !== MIN_DAY || l.end.latest !== MAX_DAY;

/** The instant a genealogical tie happened, as a day range (`2012/2014` for a split known to the span). */
function instantOf(relation: Relation): { range: DayRange; text: string } | undefined {
  const t = parseTemporal(relation.valid);
  if (!t || t.start.earliest === MIN_DAY) return undefined;
  const range = { earliest: t.start.earliest, latest: t.end.latest === MAX_DAY ? t.start.latest : t.end.latest };
  return { range, text: relation.valid };
}

/** The start bound of a stated `existed`: undefined when it is unknown or open. */
function statedStart(t: Temporal): DayRange | undefined {
  return t.start.earliest === MIN_DAY ? undefined : t.start;
}

/** The end bound of a stated `existed`: undefined when it is open or unknown. */
function statedEnd(t: Temporal): DayRange | undefined {
  return t.end.latest === MAX_DAY ? undefined : t.end;
}

/**
 * L1–L2: each actor's lifespan. A stated `existed` wins for the bound it states (an open end states
 * that the actor was still in being, against a dissolution event but not against a merger or rename tie). Otherwise the start comes from the earliest tie that begins the
 * actor (it split from a parent, it is the renamed successor of an elder, a person founded it) or a
 * formation event in which it is the only organisation, and the end from the tie that ends it (it
 * merged into another, unless a membership in what it joined outlasts the merger; it was renamed into
 * a successor) or a dissolution event in which it is the only organisation.
 * Actors with nothing known are left out of the map: they are not limited.
 */
export function deriveLifespans(actors: Iterable<Actor>, relations: readonly Relation[], events: readonly ConflictEvent[] = []): Map<string, Lifespan> {
  const actorList = [...actors];
  const kindOf = new Map(actorList.map((a) => [a.id, a.kind]));
  const starts = new Map<string, { range: DayRange; text: string; basis: LifespanBasis }>();
  const ends = new Map<string, { range: DayRange; text: string; basis: LifespanBasis; ended: LifespanEnd }>();
  const memberships = new Map<string, Relation[]>();
  for (const r of relations) {
    if (r.type !== MEMBERSHIP) continue;
    const list = memberships.get(r.from);
    if (list) list.push(r);
    else memberships.set(r.from, [r]);
  }
  const earlier = (id: string, range: DayRange, text: string, relation: Relation) => {
    const known = starts.get(id);
    if (!known || range.earliest < known.range.earliest) starts.set(id, { range, text, basis: { from: relation.id, type: relation.type } });
  };
  const later = (id: string, range: DayRange, text: string, relation: Relation, ended: LifespanEnd) => {
    const known = ends.get(id);
    if (!known || range.latest > known.range.latest) ends.set(id, { range, text, basis: { from: relation.id, type: relation.type }, ended });
  };
  for (const r of relations) {
    const derives = lifespanRule(r.type);
    if (!derives) continue;
    const instant = instantOf(r);
    if (!instant) continue;
    if (derives.begins) earlier(r[derives.begins], instant.range, instant.text, r);
    if (derives.ends) {
      const ending = r[derives.ends];
      const other = derives.ends === 'from' ? r.to : r.from;
      // L2: a group that joined what it merged into and is still recorded as its component lives on inside it.
      const continues = derives.unlessComponent === true && (memberships.get(ending) ?? []).some((m) => m.to === other && outlasts(m, instant.range));
      if (!continues) later(ending, instant.range, instant.text, r, derives.endedAs ?? 'dissolved');
    }
  }
  for (const event of events) {
    const rule = EVENT_LIFESPAN[event.type as keyof typeof EVENT_LIFESPAN];
    if (!rule) continue;
    // Only when one organisation takes part can the event say whose formation or dissolution it is.
    const organisations = [...new Set(event.participants.map((p) => p.actor))].filter((id) => ENDING_KINDS.has(kindOf.get(id) ?? ''));
    const [only] = organisations;
    const t = parseTemporal(event.date);
    if (organisations.length !== 1 || !only || !t || t.start.earliest === MIN_DAY) continue;
    const range = { earliest: t.start.earliest, latest: t.end.latest === MAX_DAY ? t.start.latest : t.end.latest };
    const basis = { from: event.id, type: event.type };
    if (rule === 'begins') {
      const known = starts.get(only);
      if (!known || range.earliest < known.range.earliest) starts.set(only, { range, text: event.date, basis });
    } else {
      const known = ends.get(only);
      if (!known || range.latest > known.range.latest) ends.set(only, { range, text: event.date, basis, ended: 'dissolved' });
    }
  }
  const result = new Map<string, Lifespan>();
  for (const actor of actorList) {
    const stated = actor.existed ? parseTemporal(actor.existed) : undefined;
    const [statedStartText = '', statedEndText = '..'] = actor.existed?.includes('/') ? actor.existed.split('/') : [actor.existed ?? '', actor.existed ?? '..'];
    const sStart = stated ? statedStart(stated) : undefined;
    const sEnd = stated ? statedEnd(stated) : undefined;
    const dStart = starts.get(actor.id);
    // A stated open end (`…/..`) says the actor was still in being: an event that seems to end it
    // (a dissolution) gives way; a tie that ends it (a merger, a rename) is a statement of its own.
    const derivedEnd = ends.get(actor.id);
    const dEnd =
      derivedEnd && !(stated !== undefined && stated.end.earliest === MAX_DAY && derivedEnd.basis.from.startsWith('event:')) ? derivedEnd : undefined;
    const lifespan: Lifespan = {
      actor: actor.id,
      start: sStart ?? dStart?.range ?? UNKNOWN_START,
      end: sEnd ?? dEnd?.range ?? OPEN_END,
      startText: sStart ? statedStartText : (dStart?.text ?? ''),
      endText: sEnd ? statedEndText : (dEnd?.text ?? '..'),
      ...(sEnd ? (actor.ended ? { ended: actor.ended } : {}) : dEnd ? { ended: dEnd.ended } : {}),
      ...(sStart ? { startBasis: { from: 'stated' } } : dStart ? { startBasis: dStart.basis } : {}),
      ...(sEnd ? { endBasis: { from: 'stated' } } : dEnd ? { endBasis: dEnd.basis } : {}),
    };
    // A derived end before a stated start (or the reverse) says the graph disagrees with itself; the stated bound wins alone.
    if (lifespan.start.earliest > lifespan.end.latest) {
      if (sStart && !sEnd) Object.assign(lifespan, { end: OPEN_END, endText: '..', ended: undefined, endBasis: undefined });
      else if (sEnd && !sStart) Object.assign(lifespan, { start: UNKNOWN_START, startText: '', startBasis: undefined });
      else continue;
      for (const key of ['ended', 'endBasis', 'startBasis'] as const) if (lifespan[key] === undefined) delete lifespan[key];
    }
    if (isBounded(lifespan)) result.set(actor.id, lifespan);
  }
  return result;
}

/**
 * Whether a membership says the group lives on inside what it merged into: one that begins at the
 * merger or later, or whose stated end falls after it. An open end recorded before the merger is not
 * such a statement (the coalition's members before a merger are not its components after it).
 */
function outlasts(membership: Relation, instant: DayRange): boolean {
  const t = parseTemporal(membership.valid);
  if (!t) return false;
  return t.start.earliest >= instant.earliest || (t.end.latest !== MAX_DAY && t.end.earliest > instant.latest);
}

/** Event types that begin or end the one organisation taking part (L2). */
const EVENT_LIFESPAN = { formation: 'begins', dissolution: 'ends' } as const satisfies Partial<Record<EventType, 'begins' | 'ends'>>;

/** The event types lifespans are derived from, for loading only those. */
export const LIFESPAN_EVENT_TYPES = Object.keys(EVENT_LIFESPAN) as EventType[];

/** Kinds that are formed and end; states, communities and persons are not read off an organisational event. */
const ENDING_KINDS: ReadonlySet<string> = new Set(['armed_group', 'coalition', 'state_force', 'international_force', 'international_org', 'other_org']);

/** The membership type, read from the relation-type table (as analysis/roles.ts reads it). */
const MEMBERSHIP: RelationType = RELATION_TYPE_NAMES.find((type) => (RELATION_TYPES[type] as { part?: string }).part === 'membership') ?? 'member_of';

const lifespanRule = (type: string): RelationTypeSpec['lifespan'] => (RELATION_TYPES[type as RelationType] as RelationTypeSpec | undefined)?.lifespan;

/** The relation types that lifespans are derived from, for loading only what is needed. */
export const LIFESPAN_RELATION_TYPES: readonly RelationType[] = [...RELATION_TYPE_NAMES.filter((type) => lifespanRule(type) !== undefined), MEMBERSHIP];

/** Whether an actor may exist on a day at all (L3). */
export function mayExistOn(l: Lifespan | undefined, day: Day): boolean {
  return l === undefined || (l.start.earliest <= day && day <= l.end.latest);
}

/** The lifespan as EDTF text (`2017-03/..`, `2014/2023-02`, `/2013-02`). */
export const lifespanText = (l: Lifespan): string => `${l.startText}/${l.endText}`;
