// The graphology plug-ins the analyses use, in one place (graph-plugins.ts says why they are unwrapped).
import * as betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { unwrap } from './graph-plugins.js';

/** Brandes betweenness centrality (graphology-metrics). */
export const betweennessCentrality = unwrap(betweennessModule);
export { louvain } from './graph-plugins.js';
export { degreeCentrality } from 'graphology-metrics/centrality/degree.js';
export { bidirectional as shortestPath } from 'graphology-shortest-path/unweighted.js';
