import { blocsOf, type Blocs } from '../../../../src/analysis/blocs.js';
import type { NetworkGraph, VisibleGraph } from './graph.js';

export type { Bloc } from '../../../../src/analysis/blocs.js';

/** The blocs of the pairs in view, by the one definition `faultline metrics` also follows (`analysis/blocs.ts`). */
export function visibleBlocs(graph: NetworkGraph, visible: VisibleGraph): Blocs {
  const pairs = [...visible.pairs].map(([key, { sign, certainty }]) => ({ a: graph.source(key), b: graph.target(key), sign, certainty }));
  return blocsOf(pairs);
}
