// graphology's plug-ins are CommonJS typed as ES modules: under NodeNext (and in the web's bundle) their
// default export may arrive wrapped once more than the types say. This file unwraps them once, typed,
// for the CLI, the server and the web alike.
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as louvainModule from 'graphology-communities-louvain';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';

type Inner<M> = M extends { default: infer D } ? D : M;

function unwrap<M extends { default: unknown }>(module: M): Inner<M['default']> {
  const outer = module.default as { default?: unknown };
  return (outer.default ?? outer) as Inner<M['default']>;
}

/** Brandes betweenness centrality (graphology-metrics). */
export const betweennessCentrality = unwrap(betweennessModule);
/** Louvain community detection (graphology-communities-louvain). */
export const louvain = unwrap(louvainModule);
/** ForceAtlas2 layout (graphology-layout-forceatlas2), synchronous. */
export const forceAtlas2 = unwrap(forceAtlas2Module);
export { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
export { bidirectional as shortestPath } from 'graphology-shortest-path/unweighted.js';
