// graphology's plug-ins are CommonJS typed as ES modules: under NodeNext (and in the web's bundle) their
// default export may arrive wrapped once more than the types say. This file unwraps them once, typed.
// It holds only what the web also loads (blocs, layout); the metric plug-ins are in graph-lib.ts, so the
// network's bundle does not carry betweenness.
import * as louvainModule from 'graphology-communities-louvain';
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';

type Inner<M> = M extends { default: infer D } ? D : M;

/** A CommonJS plug-in's function, however many times its default export is wrapped. */
export function unwrap<M extends { default: unknown }>(module: M): Inner<M['default']> {
  const outer = module.default as { default?: unknown };
  return (outer.default ?? outer) as Inner<M['default']>;
}

/** Louvain community detection (graphology-communities-louvain). */
export const louvain = unwrap(louvainModule);
/** ForceAtlas2 layout (graphology-layout-forceatlas2), synchronous. */
export const forceAtlas2 = unwrap(forceAtlas2Module);
