import type { Day } from '../../core/dates/bounds.js';
import type { Actor } from '../../core/model/actor.js';
import type { Relation } from '../../core/model/relation.js';
import { RELATION_TYPES, type RelationType, type RelationTypeSpec } from '../../core/vocab/relation-types.js';
import type { Lifespan } from '../../core/ties/lifespans.js';
import type { LineageStep } from '../lineage.js';
import { ANALYSIS_ROLES } from '../roles.js';
import { datedBounds, instantRange, instantWords, maxOf, minOf } from './dates.js';
import { attestations, laneEnd, laneStart } from './lanes.js';
import { laneOrder } from './order.js';
import { membershipsOf, personMarks } from './parts.js';
import type { GenealogyConnector, GenealogyLane, GenealogyModel, LaneRole } from './types.js';

/** What the model is built from: the lineage walk, the actors, every relation touching them, and lifespans. */
export interface GenealogyInput {
  focus: string;
  ancestors: readonly LineageStep[];
  descendants: readonly LineageStep[];
  actors: ReadonlyMap<string, Actor>;
  /** Every relation from or to an actor of the lineage (any type): memberships, leaders, and the dated things lanes fall back on. */
  relations: readonly Relation[];
  lifespans: ReadonlyMap<string, Lifespan>;
}

const PERSON = 'person';

/** The actor's acronym when it has one, else its name. */
export const labelOf = (actor: Actor): string => actor.aliases?.find((a) => a.kind === 'acronym')?.name ?? actor.name;

/** Builds the genealogy model: lanes from lifespans, connectors elder → younger, memberships and persons on lanes. */
export function buildGenealogyModel(input: GenealogyInput): GenealogyModel {
  const { focus, actors } = input;
  const isLane = (id: string) => {
    const actor = actors.get(id);
    return actor !== undefined && actor.kind !== PERSON;
  };
  const roles = laneRoles(input);
  const ids = [...roles.keys()].filter(isLane);
  const laneIds = new Set(ids);
  const attested = attestations(ids, input.relations);
  const connectors = connectorsOf(input, laneIds, (id) => attested.get(id)?.first);

  const known: Day[] = connectors.flatMap((c) => [c.earliest, c.latest]);
  for (const id of ids) {
    const l = input.lifespans.get(id);
    const a = attested.get(id);
    if (a?.first) known.push(a.first);
    if (a?.last) known.push(a.last);
    if (l && l.start.earliest !== '0000-01-01') known.push(l.start.earliest, l.start.latest);
    if (l && l.end.latest !== '9999-12-31') known.push(l.end.earliest, l.end.latest);
  }
  const fallback = minOf(known) ?? '2000-01-01';
  const last = maxOf(known) ?? fallback;
  const lanes = new Map<string, GenealogyLane>();
  for (const id of ids) {
    const actor = actors.get(id) as Actor;
    const lifespan = input.lifespans.get(id);
    const a = attested.get(id) ?? { open: false };
    const start = laneStart(lifespan, a, fallback);
    lanes.set(id, {
      id,
      name: actor.name,
      label: labelOf(actor),
      kind: actor.kind,
      role: roles.get(id) ?? 'component',
      start,
      end: laneEnd(actor, lifespan, a, start, last),
    });
  }
  notBeforeElder(connectors, lanes);
  const order = laneOrder(
    [...lanes.values()].map((l) => ({ id: l.id, start: l.start.earliest })),
    connectors.map((c) => ({ elder: c.elder, younger: c.younger })),
  );
  const ordered = order.map((id) => lanes.get(id) as GenealogyLane);
  const first = minOf([...ordered.map((l) => l.start.earliest), ...connectors.map((c) => c.earliest)]) ?? fallback;
  return {
    focus,
    lanes: ordered,
    connectors,
    memberships: membershipsOf(input.relations, lanes),
    persons: personMarks(input.relations, lanes, actors, order),
    axis: { first, last },
  };
}

/**
 * A group cannot split from, or be renamed out of, an elder that does not yet exist: where a tie that begins
 * the younger (L2, `lifespan.begins` in the relation table) is known only to a range reaching before the
 * elder's start, the range (and the younger's fuzzy start) is cut to begin with the elder.
 */
function notBeforeElder(connectors: GenealogyConnector[], lanes: Map<string, GenealogyLane>): void {
  for (const c of connectors) {
    const begins = (RELATION_TYPES[c.type as RelationType] as RelationTypeSpec | undefined)?.lifespan?.begins;
    const elder = lanes.get(c.elder);
    const younger = lanes.get(c.younger);
    if (!begins || !elder?.start.known || !younger) continue;
    const floor = elder.start.earliest;
    if (c.earliest < floor && floor <= c.latest) c.earliest = floor;
    if (younger.start.earliest < floor && floor <= younger.start.latest) younger.start.earliest = floor;
  }
}

/** Every actor of the lineage with why it is there; the first reason wins (focus, ancestor, descendant, component, coalition). */
function laneRoles(input: GenealogyInput): Map<string, LaneRole> {
  const roles = new Map<string, LaneRole>([[input.focus, 'focus']]);
  const add = (id: string, role: LaneRole) => {
    if (!roles.has(id)) roles.set(id, role);
  };
  for (const s of input.ancestors) for (const id of [s.elder, s.younger]) add(id, 'ancestor');
  for (const s of input.descendants) for (const id of [s.elder, s.younger]) add(id, 'descendant');
  for (const r of input.relations) {
    if (r.type !== ANALYSIS_ROLES.membership) continue;
    if (r.to === input.focus) add(r.from, 'component');
    if (r.from === input.focus) add(r.to, 'coalition');
  }
  return roles;
}

/** One connector per genealogical tie between two lanes, with the sentence that reads it in its own direction. */
function connectorsOf(input: GenealogyInput, lanes: ReadonlySet<string>, firstOf: (id: string) => Day | undefined): GenealogyConnector[] {
  const label = (id: string) => {
    const actor = input.actors.get(id);
    return actor ? labelOf(actor) : id;
  };
  const seen = new Set<string>();
  const connectors: GenealogyConnector[] = [];
  const sides = [
    ['ancestor', input.ancestors],
    ['descendant', input.descendants],
  ] as const;
  for (const [side, steps] of sides) {
    for (const s of steps) {
      if (seen.has(s.relation) || !lanes.has(s.elder) || !lanes.has(s.younger)) continue;
      seen.add(s.relation);
      // A tie known only to have happened by a date (`/2012`) may have happened from when the younger is first heard of;
      // an undated one is drawn there.
      const heard = firstOf(s.younger);
      const dated = instantRange(s.valid);
      const range = dated
        ? { earliest: datedBounds(s.valid).start || !heard ? dated.earliest : (minOf([heard, dated.earliest]) as Day), latest: dated.latest }
        : heard
          ? { earliest: heard, latest: heard }
          : undefined;
      if (!range) continue;
      const reads = (RELATION_TYPES[s.type as RelationType] as { reads?: string } | undefined)?.reads ?? s.type.replace(/_/g, ' ');
      connectors.push({
        relation: s.relation,
        type: s.type,
        from: s.from,
        to: s.to,
        elder: s.elder,
        younger: s.younger,
        depth: s.depth,
        side,
        valid: s.valid,
        earliest: range.earliest,
        latest: range.latest,
        text: `${label(s.from)} ${reads} ${label(s.to)} (${instantWords(s.valid)})`,
      });
    }
  }
  return connectors.sort(
    (a, b) => a.side.localeCompare(b.side) || a.depth - b.depth || a.earliest.localeCompare(b.earliest) || a.relation.localeCompare(b.relation),
  );
}
