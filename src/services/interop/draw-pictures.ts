import { snapshotGraph } from '../../analysis/graph.js';
import type { Store } from '../../core/store-port.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { isAcledDerived } from '../../interop/export/publishable.js';
import { genealogySvg } from '../../interop/draw/genealogy-svg.js';
import { layoutNetwork } from '../../interop/draw/network-layout.js';
import { networkSvg } from '../../interop/draw/network-svg.js';
import { genealogy } from '../queries/genealogy.js';
import { snapshot } from '../queries/snapshot.js';

/** The genealogy of an actor as an SVG: lineage lanes, splits, mergers and renames, coalition bands. */
export async function drawGenealogy(store: Store, actorId: string, options: { recordedAt?: string } = {}): Promise<string> {
  const g = await genealogy(store, actorId, options);
  const ids = new Set([g.actor.id, ...Object.keys(g.names)]);
  const actors: Record<string, { name: string; kind: ActorKind; short?: string }> = {};
  for (const id of ids) {
    const actor = await store.get('actor', id, options.recordedAt ? { recordedAt: options.recordedAt } : {});
    if (!actor || isAcledDerived(id)) continue;
    const short = actor.aliases?.find((a) => a.kind === 'acronym')?.name;
    actors[id] = { name: actor.name, kind: actor.kind, ...(short ? { short } : {}) };
  }
  return genealogySvg({
    focus: g.actor.id,
    actors,
    steps: [...g.ancestors, ...g.descendants].map((s) => ({ type: s.type, elder: s.elder, younger: s.younger, valid: s.valid })),
    memberships: [
      ...g.components.map((c) => ({ member: c.actor, coalition: g.actor.id, valid: c.valid })),
      ...g.memberOf.map((c) => ({ member: g.actor.id, coalition: c.actor, valid: c.valid })),
    ],
  });
}

/** The network of actors in force on a day as an SVG, laid out by seeded ForceAtlas2. */
export async function drawNetwork(store: Store, asOf: string, options: { recordedAt?: string; definiteOnly?: boolean } = {}): Promise<string> {
  const snap = await snapshot(store, { asOf, ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) });
  const kept = { ...snap, actors: snap.actors.filter((a) => !isAcledDerived(a.id)) };
  const graph = snapshotGraph(kept, options.definiteOnly ? { minCertainty: 'definite' } : {});
  const nodes = graph.mapNodes((id, a) => ({ id, name: a.name, kind: a.kind as ActorKind, possible: a.certainty === 'possible' }));
  const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, sign: a.sign, possible: a.certainty === 'possible' }));
  const positions = layoutNetwork({ nodes, edges });
  return networkSvg({
    title: `Actors and ties in force on ${snap.day}`,
    subtitle: `${nodes.length} actors, ${edges.length} pairs with ties · ${options.recordedAt ? `as recorded at ${options.recordedAt}` : 'as currently recorded'} · Faultline`,
    nodes,
    edges,
    positions,
  });
}
