import { snapshotGraph } from '../../analysis/graph.js';
import { FaultlineError } from '../../core/errors.js';
import type { Store } from '../../core/store-port.js';
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import { withoutActors } from '../../analysis/genealogy/filter.js';
import { genealogySvg } from '../../interop/draw/genealogy-svg.js';
import { layoutNetwork } from '../../interop/draw/network-layout.js';
import { networkSvg } from '../../interop/draw/network-svg.js';
import { genealogy } from '../queries/genealogy.js';
import { snapshot } from '../queries/snapshot.js';
import { loadPublishable } from './load-publishable.js';

/**
 * What a picture may show: the actors and relations an export would publish. A picture is a
 * publication like an export, so a fact resting only on restricted sources, or made by the ACLED
 * import, stays out of it as it does out of every file (src/interop/export/publishable.ts).
 */
async function publishedIds(store: Store, recordedAt: string | undefined): Promise<{ actors: Set<string>; relations: Set<string> }> {
  const { records } = await loadPublishable(store, recordedAt ? { recordedAt } : {});
  return { actors: new Set(records.actors.map((a) => a.id)), relations: new Set(records.relations.map((r) => r.id)) };
}

/** The genealogy of an actor as an SVG: the genealogy model drawn, with only the actors an export would publish. */
export async function drawGenealogy(store: Store, actorId: string, options: { recordedAt?: string } = {}): Promise<string> {
  const published = await publishedIds(store, options.recordedAt);
  if (!published.actors.has(actorId)) {
    throw new FaultlineError('not_found', `${actorId} is not published (no accepted claim from a source that is not restricted); its genealogy is not drawn`);
  }
  const g = await genealogy(store, actorId, options);
  return genealogySvg(
    withoutActors(g.model, (id) => !published.actors.has(id)),
    `Genealogy of ${g.actor.name}`,
  );
}

/** The network of actors in force on a day as an SVG, laid out by seeded ForceAtlas2. */
export async function drawNetwork(store: Store, asOf: string, options: { recordedAt?: string; definiteOnly?: boolean } = {}): Promise<string> {
  const snap = await snapshot(store, { asOf, ...(options.recordedAt ? { recordedAt: options.recordedAt } : {}) });
  const published = await publishedIds(store, options.recordedAt);
  const kept = {
    ...snap,
    actors: snap.actors.filter((a) => published.actors.has(a.id)),
    ties: snap.ties.filter((t) => published.relations.has(t.id)),
  };
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
