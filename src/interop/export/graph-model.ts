import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { deriveLifespans } from '../../core/ties/lifespans.js';
import { buildTieFacts, sourceDayOf } from '../../core/ties/tie-facts.js';
import type { ExportRecords } from './publishable.js';

/** An actor as a node, present from `start` to `end` (absent bounds: unbounded). */
export interface GraphNode {
  id: string;
  label: string;
  kind: ActorKind;
  country?: string;
  acledType?: string;
  start?: string;
  end?: string;
}

/** A relation between two actors, in force from `start` to `end` by the rule every view follows (D3, D7, D8, L3). */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  directed: boolean;
  sign: -1 | 0 | 1;
  valid: string;
  role?: string;
  start?: string;
  end?: string;
}

/** The widest days a valid time may cover; open and unknown ends are left unbounded. */
export function spanOf(valid: string): { start?: string; end?: string } {
  const t = parseTemporal(valid);
  if (!t) return {};
  return {
    ...(t.start.earliest !== MIN_DAY ? { start: t.start.earliest } : {}),
    ...(t.end.latest !== MAX_DAY ? { end: t.end.latest } : {}),
  };
}

/**
 * Actors and actor-to-actor relations as a dynamic graph. An edge spans the days its tie may be in
 * force, definite, possible or presumed (D8: a presumption ends at its horizon), cut to both actors'
 * lifespans (L3); a tie never in force is left out. A node spans its lifespan where one is known (L1,
 * L2) and its ties' spans otherwise, so a timeline shows an actor only while it exists or has ties.
 */
export function graphModel(records: ExportRecords): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const actorIds = new Set(records.actors.map((a) => a.id));
  const lifespans = deriveLifespans(records.actors, records.relations, records.events);
  const days = new Map(records.sources.map((s) => [s.id, sourceDayOf(s.date)]));
  const relations = records.relations.filter((r) => actorIds.has(r.from) && actorIds.has(r.to));
  const facts = buildTieFacts(relations, records.claims, (id) => days.get(id), { lifespans });
  const edges: GraphEdge[] = facts
    .filter((f) => f.bounds !== undefined)
    .map(({ relation: r, bounds }) => {
      const spec = RELATION_TYPES[r.type];
      const start = bounds?.startEarliest ?? MIN_DAY;
      const end = bounds?.endLatest ?? MAX_DAY;
      return {
        id: r.id,
        source: r.from,
        target: r.to,
        type: r.type,
        label: spec.label,
        directed: spec.directed,
        sign: spec.sign,
        valid: r.valid,
        ...(r.role ? { role: r.role } : {}),
        ...(start !== MIN_DAY ? { start } : {}),
        ...(end !== MAX_DAY ? { end } : {}),
      };
    });
  const extent = new Map<string, { start: string; end: string }>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      const s = e.start ?? MIN_DAY;
      const t = e.end ?? MAX_DAY;
      const x = extent.get(id);
      extent.set(id, x ? { start: s < x.start ? s : x.start, end: t > x.end ? t : x.end } : { start: s, end: t });
    }
  }
  const nodes: GraphNode[] = records.actors.map((a) => {
    const life = lifespans.get(a.id);
    const known = extent.get(a.id);
    const x = {
      start: life && life.start.earliest !== MIN_DAY ? life.start.earliest : (known?.start ?? MIN_DAY),
      end: life && life.end.latest !== MAX_DAY ? life.end.latest : (known?.end ?? MAX_DAY),
    };
    return {
      id: a.id,
      label: a.name,
      kind: a.kind,
      ...(a.country ? { country: a.country } : {}),
      ...(a.acledType ? { acledType: a.acledType } : {}),
      ...(x && x.start !== MIN_DAY ? { start: x.start } : {}),
      ...(x && x.end !== MAX_DAY ? { end: x.end } : {}),
    };
  });
  return { nodes, edges };
}
