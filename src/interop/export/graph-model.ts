import { MAX_DAY, MIN_DAY } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
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

/** A relation between two actors, in force from `start` to `end` as far as its valid time allows (D1–D5). */
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
 * Actors and actor-to-actor relations as a dynamic graph. A node's span covers its ties' spans, so a
 * timeline shows an actor only while it has ties; actors without ties are always shown.
 */
export function graphModel(records: ExportRecords): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const actorIds = new Set(records.actors.map((a) => a.id));
  const edges: GraphEdge[] = records.relations
    .filter((r) => actorIds.has(r.from) && actorIds.has(r.to))
    .map((r) => {
      const spec = RELATION_TYPES[r.type];
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
        ...spanOf(r.valid),
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
    const x = extent.get(a.id);
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
