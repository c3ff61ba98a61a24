import { UndirectedGraph } from 'graphology';
import type { Actor } from '../../api/types.js';
import { acronymOf } from '../../ui/actor-names.js';
import type { TieSpan } from './api.js';
import { forceAtlas2 } from '../../../../src/analysis/graph-plugins.js';
import { mergeSign, signOf, type PairSign } from '../../../../src/analysis/pair-sign.js';
import { seededPosition } from '../../../../src/analysis/random.js';
import { CERTAINTY_RANK, type InForce } from '../../../../src/core/ties/tie-span.js';
import { certaintyInMonth, type NetworkFilter } from './model.js';

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  name: string;
  kind: string;
}

/** One edge per pair of actors, carrying every tie between them. */
export interface EdgeAttributes {
  ties: TieSpan[];
}

export type NetworkGraph = UndirectedGraph<NodeAttributes, EdgeAttributes>;

/** A pair's look on a day: the surest of its visible ties, and their combined sign. */
export interface PairState {
  certainty: InForce;
  sign: PairSign;
  disputed: boolean;
}

/** What is drawn on a day: pairs by edge key, and each actor's number of visible pairs. */
export interface VisibleGraph {
  pairs: Map<string, PairState>;
  degree: Map<string, number>;
  ties: number;
  definiteTies: number;
  presumedTies: number;
}

const WIDTH_STRETCH = 1.9;

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * The graph of every actor that ever has a tie, with one layout computed once over all of them
 * (ForceAtlas2 from positions seeded by each id), so that scrubbing through time only shows and hides.
 */
export function buildNetworkGraph(ties: readonly TieSpan[], actors: ReadonlyMap<string, Actor>): NetworkGraph {
  const graph: NetworkGraph = new UndirectedGraph<NodeAttributes, EdgeAttributes>();
  const addActor = (id: string) => {
    if (graph.hasNode(id)) return;
    const actor = actors.get(id);
    const name = actor?.name ?? id;
    const short = actor ? acronymOf(actor) : undefined;
    graph.addNode(id, { ...seededPosition(id), label: short ?? shorten(name), name, kind: actor?.kind ?? 'other_org' });
  };
  for (const tie of ties) {
    addActor(tie.from);
    addActor(tie.to);
    const key = pairKey(tie.from, tie.to);
    if (graph.hasEdge(key)) graph.getEdgeAttributes(key).ties.push(tie);
    else graph.addEdgeWithKey(key, tie.from, tie.to, { ties: [tie] });
  }
  const order = graph.order;
  performance.mark('network:layout-start');
  if (order > 1) {
    // Fewer passes on large graphs keep the first render under two seconds; Barnes–Hut makes each pass cheap.
    const iterations = order <= 600 ? 400 : Math.max(10, Math.round(250_000 / (order + graph.size)));
    forceAtlas2.assign(graph, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: order > 400, outboundAttractionDistribution: true, gravity: 1, scalingRatio: 12 },
      // Enemies pull less than allies and members, so blocs sit together.
      getEdgeWeight: (_edge: string, attributes: EdgeAttributes) => attributes.ties.reduce((w, t) => w + (t.sign < 0 ? 0.25 : 1), 0),
    });
    // The canvas is wider than tall: stretch the round layout to use it.
    graph.updateEachNodeAttributes((_node, attributes) => ({ ...attributes, x: attributes.x * WIDTH_STRETCH }));
  }
  performance.mark('network:layout-end');
  return graph;
}

function shorten(name: string): string {
  return name.length <= 28 ? name : `${name.slice(0, 26).trimEnd()}…`;
}

/** A pair with its ends' kinds, read once per graph: scrubbing walks a plain array, not graphology's adjacency. */
interface PairEntry {
  key: string;
  source: string;
  target: string;
  kinds: [string, string];
  ties: TieSpan[];
}

const pairLists = new WeakMap<NetworkGraph, PairEntry[]>();

function pairsOf(graph: NetworkGraph): PairEntry[] {
  let pairs = pairLists.get(graph);
  if (!pairs) {
    const list: PairEntry[] = [];
    graph.forEachEdge((key, attributes, source, target, sourceAttributes, targetAttributes) =>
      list.push({ key, source, target, kinds: [sourceAttributes.kind, targetAttributes.kind], ties: attributes.ties }),
    );
    pairLists.set(graph, list);
    pairs = list;
  }
  return pairs;
}

/**
 * Which pairs are in force under the filter, from each tie's day bounds. With a focus, only the
 * focused actor's neighbourhood on that month: the actors `steps` visible ties away or nearer, and
 * every visible tie among them.
 */
export function visibleGraph(graph: NetworkGraph, filter: NetworkFilter): VisibleGraph {
  const whole = pairsInForce(graph, filter);
  if (!filter.focus) return whole;
  return pairsInForce(graph, filter, neighbourhood(graph, whole, filter.focus.actor, filter.focus.steps));
}

/** The actors at most `steps` visible ties from `actor` (itself included, even with no tie that month). */
export function neighbourhood(graph: NetworkGraph, visible: VisibleGraph, actor: string, steps: number): Set<string> {
  const near = new Set([actor]);
  if (!graph.hasNode(actor)) return near;
  let frontier = [actor];
  for (let step = 0; step < steps; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        const other = source === node ? target : source;
        if (!visible.pairs.has(edge) || near.has(other)) return;
        near.add(other);
        next.push(other);
      });
    }
    frontier = next;
  }
  return near;
}

function pairsInForce(graph: NetworkGraph, filter: NetworkFilter, only?: ReadonlySet<string>): VisibleGraph {
  const visible: VisibleGraph = { pairs: new Map(), degree: new Map(), ties: 0, definiteTies: 0, presumedTies: 0 };
  for (const { key, source, target, kinds, ties } of pairsOf(graph)) {
    if (only && (!only.has(source) || !only.has(target))) continue;
    if (!filter.kinds.has(kinds[0]) || !filter.kinds.has(kinds[1])) continue;
    let state: PairState | undefined;
    for (const tie of ties) {
      if (!filter.types.has(tie.type)) continue;
      const certainty = certaintyInMonth(tie, filter.month);
      if (certainty === 'none' || (certainty === 'possible' && !filter.showPossible) || (certainty === 'presumed' && !filter.showPresumed)) continue;
      visible.ties++;
      if (certainty === 'definite') visible.definiteTies++;
      if (certainty === 'presumed') visible.presumedTies++;
      if (!state) state = { certainty, sign: signOf(tie.sign), disputed: tie.disputed };
      else {
        if (CERTAINTY_RANK[certainty] > CERTAINTY_RANK[state.certainty]) state.certainty = certainty;
        state.sign = mergeSign(state.sign, tie.sign);
        state.disputed ||= tie.disputed;
      }
    }
    if (!state) continue;
    visible.pairs.set(key, state);
    visible.degree.set(source, (visible.degree.get(source) ?? 0) + 1);
    visible.degree.set(target, (visible.degree.get(target) ?? 0) + 1);
  }
  return visible;
}
