import type { Day } from '../../core/dates/bounds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Relation } from '../../core/model/relation.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { ANALYSIS_ROLES } from '../roles.js';
import { datedBounds, maxOf, minOf } from './dates.js';
import type { GenealogyLane, GenealogyMembership, PersonMark } from './types.js';

/** The ties that put a person on a lane as its leader, founder or commander; any other tie of a person is not drawn. */
export const PERSON_TIE_TYPES: readonly string[] = ['leads', 'founded', 'commands'] satisfies readonly RelationType[];

/** A person's membership counts as leading when its free-text role names an office of command; rank and file are left out. */
export const LEADING_ROLE = /lead|emir|chief|command|found|president|head|secretary-general|spokes/i;

const isPersonTie = (r: Relation): boolean =>
  PERSON_TIE_TYPES.includes(r.type) || (r.type === ANALYSIS_ROLES.membership && r.role !== undefined && LEADING_ROLE.test(r.role));

/** Components inside coalitions: memberships between two lanes, cut to both lanes (L3); none that falls outside them. */
export function membershipsOf(relations: readonly Relation[], lanes: ReadonlyMap<string, GenealogyLane>): GenealogyMembership[] {
  const result: GenealogyMembership[] = [];
  const seen = new Set<string>();
  for (const r of relations) {
    if (r.type !== ANALYSIS_ROLES.membership || seen.has(r.id) || r.from === r.to) continue;
    const member = lanes.get(r.from);
    const coalition = lanes.get(r.to);
    if (!member || !coalition) continue;
    seen.add(r.id);
    const b = datedBounds(r.valid);
    const floor = maxOf([member.start.earliest, coalition.start.earliest]) as Day;
    const ceiling = minOf([member.end.latest, coalition.end.latest]) as Day;
    const start = b.start
      ? { earliest: maxOf([b.start.earliest, floor]) as Day, latest: maxOf([b.start.latest, floor]) as Day, known: true }
      : { earliest: floor, latest: floor, known: false };
    const end = b.end
      ? { earliest: minOf([b.end.earliest, ceiling]) as Day, latest: minOf([b.end.latest, ceiling]) as Day, state: 'ended' as const }
      : { earliest: ceiling, latest: ceiling, state: b.open ? ('continues' as const) : ('unknown' as const) };
    if (start.earliest > end.latest) continue;
    result.push({ relation: r.id, member: r.from, coalition: r.to, valid: r.valid, ...(r.role ? { role: r.role } : {}), start, end });
  }
  return result.sort((a, b) => a.start.earliest.localeCompare(b.start.earliest) || a.member.localeCompare(b.member));
}

/** Persons on lanes: each leader, founder, commander or member tie from a person to a lane, dated and cut to the lane. */
export function personMarks(
  relations: readonly Relation[],
  lanes: ReadonlyMap<string, GenealogyLane>,
  actors: ReadonlyMap<string, Actor>,
  order: readonly string[],
): PersonMark[] {
  const marks: PersonMark[] = [];
  const seen = new Set<string>();
  for (const r of relations) {
    if (!isPersonTie(r) || seen.has(r.id)) continue;
    const person = actors.get(r.from);
    const lane = lanes.get(r.to);
    if (!person || person.kind !== 'person' || !lane) continue;
    seen.add(r.id);
    const b = datedBounds(r.valid);
    const from = b.start ? maxOf([b.start.earliest, lane.start.earliest]) : undefined;
    const until = b.end ? minOf([b.end.latest, lane.end.latest]) : undefined;
    const at = from ?? until;
    // A tie that names no day, or falls wholly outside the lane (L3), puts no mark on it.
    if (at === undefined || at > lane.end.latest || at < lane.start.earliest || (from && until && until < from)) continue;
    const role = r.role ?? (RELATION_TYPES[r.type as RelationType] as { label?: string } | undefined)?.label ?? r.type;
    marks.push({
      relation: r.id,
      person: person.id,
      name: person.name,
      lane: lane.id,
      role,
      valid: r.valid,
      ...(from ? { from } : {}),
      ...(until ? { until } : {}),
      at,
    });
  }
  const row = new Map(order.map((id, i) => [id, i]));
  return marks.sort((a, b) => (row.get(a.lane) ?? 0) - (row.get(b.lane) ?? 0) || a.at.localeCompare(b.at) || a.relation.localeCompare(b.relation));
}
