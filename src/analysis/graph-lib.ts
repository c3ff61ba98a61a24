// graphology's metric packages are CommonJS typed as ES modules: under NodeNext their default export
// arrives wrapped once more in the types than at run time. This file unwraps them once, typed.
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import * as louvainModule from 'graphology-communities-louvain';

type Inner<M> = M extends { default: infer D } ? D : M;

function unwrap<M extends { default: unknown }>(module: M): Inner<M['default']> {
  const outer = module.default as { default?: unknown };
  return (outer.default ?? outer) as Inner<M['default']>;
}

/** Brandes betweenness centrality (graphology-metrics). */
export const betweennessCentrality = unwrap(betweennessModule);
/** Louvain community detection (graphology-communities-louvain). */
export const louvain = unwrap(louvainModule);
export { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
export { bidirectional as shortestPath } from 'graphology-shortest-path/unweighted.js';
