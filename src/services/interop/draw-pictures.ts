import { snapshotGraph } from '../../analysis/graph.js';
import type { Store } from '../../core/store-port.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { withoutActors } from '../../analysis/genealogy/filter.js';
import { isAcledDerived } from '../../interop/export/publishable.js';
import { genealogySvg } from '../../interop/draw/genealogy-svg.js';
import { layoutNetwork } from '../../interop/draw/network-layout.js';
import { networkSvg } from '../../interop/draw/network-svg.js';
import { genealogy } from '../queries/genealogy.js';
import { snapshot } from '../queries/snapshot.js';

/** The genealogy of an actor as an SVG: the genealogy model drawn, without ACLED-derived actors (they may not be published). */
export async function drawGenealogy(store: Store, actorId: string, options: { recordedAt?: string } = {}): Promise<string> {
  const g = await genealogy(store, actorId, options);
  return genealogySvg(withoutActors(g.model, isAcledDerived), `Genealogy of ${g.actor.name}`);
}

/** The network of actors in force on a day as an SVG, laid out by seeded ForceAtlas2. */
export async function drawNetwork(store: Store, asOf: string, options: { recordedAt?: string; definiteOnly?: boolean } = {}): Promise<string> {
  const snap = await snapshot(store, { asOf, ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) });
  const kept = { ...snap, actors: snap.actors.filter((a) => !isAcledDerived(a.id)) };
  const graph = snapshotGraph(kept, options.definiteOnly ? { minCertainty: 'definite' } : {});
  const nodes = graph.mapNodes((id, a) => ({ id, name: a.name, kind: a.kind as ActorKind, certainty: a.certainty }));
  const edges = graph.mapEdges((_e, a, source, target) => ({ source, target, sign: a.sign, certainty: a.certainty }));
  const positions = layoutNetwork({ nodes, edges });
  return networkSvg({
    title: `Actors and ties in force on ${snap.day}`,
    subtitle: `${nodes.length} actors, ${edges.length} pairs with ties · ${options.recordedAt ? `as recorded at ${options.recordedAt}` : 'as currently recorded'} · Faultline`,
    nodes,
    edges,
    positions,
  });
}

/** A picture as a file's bytes: the SVG itself, or a PNG rendered from it (loaded only when asked for). */
export async function pictureBytes(svg: string, format: 'svg' | 'png'): Promise<string | Uint8Array> {
  return format === 'png' ? (await import('../../interop/draw/render-png.js')).svgToPng(svg) : svg;
}
