// graphology's plug-ins are CommonJS typed as ES modules: their default export may arrive wrapped once
// more than the types say. This file unwraps them once, typed.
import * as forceAtlas2Module from 'graphology-layout-forceatlas2';
import * as louvainModule from 'graphology-communities-louvain';

type Inner<M> = M extends { default: infer D } ? D : M;

function unwrap<M extends { default: unknown }>(module: M): Inner<M['default']> {
  const outer = module.default as { default?: unknown };
  return (outer.default ?? outer) as Inner<M['default']>;
}

/** ForceAtlas2 (graphology-layout-forceatlas2), synchronous. */
export const forceAtlas2 = unwrap(forceAtlas2Module);
/** Louvain community detection (graphology-communities-louvain). */
export const louvain = unwrap(louvainModule);

/** A seeded random source (mulberry32), so layouts and blocs come out the same on every load. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), to seed each node's first position from its id. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
