import type { Day } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { Actor } from '../core/model/actor.js';
import type { ConflictEvent } from '../core/model/event.js';
import { EVENT_TYPES } from '../core/vocab/event-types.js';
import type { CommunityLevel, CommunityTree } from './community-tree.js';
import { ANALYSIS_ROLES } from './roles.js';
import { tieCertainty, tieOverlaps } from './tie-certainty.js';
import type { TieFact } from '../core/ties/tie-facts.js';

/** Which communities each actor draws on over time, from community-base ties. */
export class CommunityBases {
  private readonly byActor = new Map<string, TieFact[]>();

  constructor(
    facts: readonly TieFact[],
    private readonly actors: ReadonlyMap<string, Actor>,
  ) {
    for (const fact of facts) {
      if (fact.relation.type !== ANALYSIS_ROLES.communityBase) continue;
      const list = this.byActor.get(fact.relation.from);
      if (list) list.push(fact);
      else this.byActor.set(fact.relation.from, [fact]);
    }
  }

  /** Communities of an actor at some day of [from, to]; a community is its own base. */
  during(actorId: string, from: Day, to: Day): string[] {
    if (this.actors.get(actorId)?.kind === 'community') return [actorId];
    return [...new Set((this.byActor.get(actorId) ?? []).filter((f) => tieOverlaps(f, from, to)).map((f) => f.relation.to))].sort();
  }

  /** Communities an actor's base ties at least possibly hold on a day. */
  on(actorId: string, day: Day): string[] {
    return [...new Set((this.byActor.get(actorId) ?? []).filter((f) => tieCertainty(f, day) !== 'none').map((f) => f.relation.to))].sort();
  }
}

export interface CommunalCell {
  /** The two communities, in id order (the matrix is symmetric); never equal, and neither contains the other. */
  a: string;
  b: string;
  events: number;
  fatalities: { low: number; best: number; high: number };
}

/** Violence between groups of one community at the level shown (Arab against Arab, Imghad against Ifoghas at the top level). */
export interface CommunalWithin {
  community: string;
  events: number;
  fatalities: { low: number; best: number; high: number };
}

/** The community × community matrix at one level, with violence inside one community apart. */
export interface CommunalMatrix {
  level: CommunityLevel;
  cells: CommunalCell[];
  within: CommunalWithin[];
}

/** Whether an event type counts as violence, from the event table's group. */
export function isViolent(event: ConflictEvent): boolean {
  const group: string = EVENT_TYPES[event.type].group;
  return (ANALYSIS_ROLES.violentGroups as readonly string[]).includes(group);
}

/**
 * Community × community violence at a level: each violent event counts once for every pair of
 * communities on opposing sides — perpetrators against targets and victims or, when roles do not say
 * who attacked, every pair of participants. Communities are first lifted to the level; a pair where
 * one community is, or contains, the other is violence inside that (the wider) community, counted
 * apart, so that no cell pairs a group with the community it belongs to.
 */
export function communalViolence(events: readonly ConflictEvent[], bases: CommunityBases, tree: CommunityTree, level: CommunityLevel = 'top'): CommunalMatrix {
  const cells = new Map<string, CommunalCell>();
  const within = new Map<string, CommunalWithin>();
  for (const event of events) {
    if (!isViolent(event)) continue;
    const t = parseTemporal(event.date);
    if (!t) continue;
    const communitiesOf = (actor: string) => [...new Set(bases.during(actor, t.start.earliest, t.end.latest).flatMap((c) => tree.at(c, level)))];
    const pairs = new Set<string>();
    const inside = new Set<string>();
    for (const [x, y] of opposingSides(event)) {
      for (const a of communitiesOf(x))
        for (const b of communitiesOf(y)) {
          if (tree.contains(a, b)) inside.add(a);
          else if (tree.contains(b, a)) inside.add(b);
          else pairs.add(a <= b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
        }
    }
    for (const key of pairs) {
      const [a = '', b = ''] = key.split('\u0000');
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { a, b, events: 0, fatalities: { low: 0, best: 0, high: 0 } }));
      count(cell, event);
    }
    for (const community of inside) {
      let row = within.get(community);
      if (!row) within.set(community, (row = { community, events: 0, fatalities: { low: 0, best: 0, high: 0 } }));
      count(row, event);
    }
  }
  return {
    level,
    cells: [...cells.values()].sort((p, q) => q.events - p.events || (p.a + p.b).localeCompare(q.a + q.b)),
    within: [...within.values()].sort((p, q) => q.events - p.events || p.community.localeCompare(q.community)),
  };
}

function count(into: { events: number; fatalities: CommunalCell['fatalities'] }, event: ConflictEvent): void {
  into.events++;
  into.fatalities.low += event.fatalities?.low ?? 0;
  into.fatalities.best += event.fatalities?.best ?? event.fatalities?.low ?? 0;
  into.fatalities.high += event.fatalities?.high ?? event.fatalities?.best ?? 0;
}

function opposingSides(event: ConflictEvent): [string, string][] {
  const by = (roles: string[]) => event.participants.filter((p) => roles.includes(p.role)).map((p) => p.actor);
  const attackers = by(['perpetrator']);
  const attacked = by(['target', 'victim']);
  if (attackers.length > 0 && attacked.length > 0) return attackers.flatMap((a) => attacked.map((b) => [a, b] as [string, string]));
  const sides = by(['participant', 'perpetrator', 'target', 'victim']);
  const pairs: [string, string][] = [];
  for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) pairs.push([sides[i] ?? '', sides[j] ?? '']);
  return pairs;
}

export interface Tribalisation {
  day: Day;
  /** Armed groups active that day with at least one community base in force. */
  withBase: number;
  /** Of those, the groups drawing on exactly one community. */
  single: number;
  share: number | null;
}

/** The share of armed groups whose base is a single community, among the given active groups. */
export function tribalisation(day: Day, activeGroups: readonly string[], bases: CommunityBases): Tribalisation {
  let withBase = 0;
  let single = 0;
  for (const group of activeGroups) {
    const communities = bases.on(group, day);
    if (communities.length === 0) continue;
    withBase++;
    if (communities.length === 1) single++;
  }
  return { day, withBase, single, share: withBase === 0 ? null : single / withBase };
}
