import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { DiscNodeProgram } from './disc-node-program.js';
import { suspendTies, TieEdgeProgram, type TieEdgeDisplay } from './tie-edge-program.js';
import type { EdgeAttributes, NetworkGraph, NodeAttributes, PairState, VisibleGraph } from './graph.js';
import { SIGN_COLOURS, withAlpha } from './palette.js';

/** What the canvas draws; changing it re-runs the reducers without touching the layout. */
export interface CanvasState {
  visible: VisibleGraph;
  colourOf: (id: string, attributes: NodeAttributes) => string;
  /** The focused actor, drawn highlighted with every visible name labelled. */
  focus?: string;
  /** The part of the layout the canvas frames (all of it, or the focused neighbourhood). */
  frame: Frame;
}

/** A box in layout coordinates. */
export interface Frame {
  x: [number, number];
  y: [number, number];
}

/** The automation handle tests and the browser benchmark use to find nodes on the canvas. */
export interface NetworkHandle {
  position: (id: string) => { x: number; y: number } | undefined;
  visibleNodes: () => string[];
  /** Frames drawn since the canvas was created, for the browser benchmark's frame rate. */
  renders: () => number;
}

declare global {
  interface Window {
    faultlineNetwork?: NetworkHandle;
  }
}

const DIMMED = '#dfe4ea';
/** A focused neighbourhood of up to this many actors shows every name. */
const FOCUS_LABELS = 60;
/** Above this many visible pairs, ties are hidden while the slider moves. */
const HEAVY_TIES = 2500;

/** Definite ties solid, possible ones dashed, presumed ones (D8) dotted and fainter, beneath the rest. */
const TIE_LOOK: Record<PairState['certainty'], { dashed: number; alpha: number; size: number; zIndex: number }> = {
  definite: { dashed: 0, alpha: 0.7, size: 1.8, zIndex: 2 },
  possible: { dashed: 1, alpha: 0.6, size: 1.4, zIndex: 1 },
  presumed: { dashed: 2, alpha: 0.45, size: 1.3, zIndex: 0 },
};

/** The sigma.js (WebGL) canvas: one instance per graph; hover highlights neighbours, click opens a profile. */
export function NetworkCanvas({
  graph,
  state,
  onOpen,
  onHover,
  onMove,
  label,
}: {
  graph: NetworkGraph;
  state: CanvasState;
  onOpen: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** An actor dragged to a new place (layout coordinates); the canvas has already moved it. */
  onMove?: (id: string, x: number, y: number) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma<NodeAttributes, EdgeAttributes> | null>(null);
  const stateRef = useRef(state);
  const hovered = useRef<{ node: string; neighbours: Set<string> } | null>(null);
  const settle = useRef(0);
  const scrubbing = useRef(false);
  const openRef = useRef(onOpen);
  openRef.current = onOpen;
  const hoverRef = useRef(onHover);
  hoverRef.current = onHover;
  const moveRef = useRef(onMove);
  moveRef.current = onMove;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, element, {
      defaultEdgeType: 'tie',
      edgeProgramClasses: { tie: TieEdgeProgram },
      defaultNodeType: 'disc',
      nodeProgramClasses: { disc: DiscNodeProgram },
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 12,
      labelWeight: '600',
      labelColor: { color: '#1b2330' },
      labelDensity: 0.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 7,
      zIndex: true,
      minCameraRatio: 0.08,
      maxCameraRatio: 3,
      // The container is briefly zero-wide while the page navigates away or a panel reflows; sigma
      // then throws from a pending render instead of waiting for the next one.
      allowInvalidContainer: true,
      nodeReducer: (node, data) => reduceNode(node, data, stateRef.current, hovered.current),
      edgeReducer: (edge, data) => reduceEdge(edge, data, graph, stateRef.current, hovered.current),
    });
    let renders = 0;
    sigma.on('afterRender', () => {
      if (renders++ === 0) performance.mark('network:first-render');
    });
    sigma.on('enterNode', ({ node }) => {
      const neighbours = new Set<string>();
      graph.forEachEdge(node, (edge, _attributes, source, target) => {
        if (stateRef.current.visible.pairs.has(edge)) neighbours.add(source === node ? target : source);
      });
      hovered.current = { node, neighbours };
      element.style.cursor = 'pointer';
      sigma.refresh();
      hoverRef.current?.(node);
    });
    sigma.on('leaveNode', () => {
      hovered.current = null;
      element.style.cursor = '';
      sigma.refresh();
      hoverRef.current?.(null);
    });
    sigma.setCustomBBox(stateRef.current.frame);
    // Dragging an actor moves it and reports where it was left; the frame stays put meanwhile (custom
    // bounding box), so the rest of the graph does not shift under the pointer. A drag is not a click.
    let dragged: string | null = null;
    let moved = false;
    sigma.on('downNode', ({ node }) => {
      dragged = node;
      moved = false;
    });
    const captor = sigma.getMouseCaptor();
    captor.on('mousemovebody', (event) => {
      if (!dragged) return;
      const point = sigma.viewportToGraph(event);
      graph.mergeNodeAttributes(dragged, { x: point.x, y: point.y });
      moved = true;
      event.preventSigmaDefault();
      event.original.preventDefault();
      event.original.stopPropagation();
    });
    captor.on('mouseup', () => {
      if (dragged && moved) {
        const { x, y } = graph.getNodeAttributes(dragged);
        moveRef.current?.(dragged, x, y);
      }
      dragged = null;
    });
    sigma.on('clickNode', ({ node }) => {
      if (moved) moved = false;
      else openRef.current(node);
    });
    sigmaRef.current = sigma;
    window.faultlineNetwork = {
      position: (id) => {
        if (!graph.hasNode(id) || !stateRef.current.visible.degree.has(id)) return undefined;
        const display = sigma.getNodeDisplayData(id);
        if (!display) return undefined;
        const point = sigma.framedGraphToViewport(display);
        const box = element.getBoundingClientRect();
        return { x: box.left + point.x, y: box.top + point.y };
      },
      visibleNodes: () => [...stateRef.current.visible.degree.keys()],
      renders: () => renders,
    };
    return () => {
      delete window.faultlineNetwork;
      sigmaRef.current = null;
      sigma.kill();
    };
  }, [graph]);

  useEffect(() => {
    const previous = stateRef.current;
    stateRef.current = state;
    const sigma = sigmaRef.current;
    if (!sigma) return;
    if (previous.frame !== state.frame) sigma.setCustomBBox(state.frame);
    if (previous.colourOf !== state.colourOf || previous.focus !== state.focus || previous.frame !== state.frame || hovered.current !== null) {
      sigma.refresh();
      return;
    }
    // Scrubbing changes a few ties per month: update only those, and re-index (labels, draw order) once
    // the slider rests. Thousands of ties are not drawn while it moves, as sigma hides edges while the
    // camera does; their buffers are rebuilt once when it rests.
    const heavy = state.visible.pairs.size > HEAVY_TIES;
    if (heavy && !scrubbing.current) {
      scrubbing.current = true;
      suspendTies(sigma, true);
    }
    sigma.refresh({ partialGraph: changedItems(graph, previous.visible, state.visible, !scrubbing.current), skipIndexation: true });
    window.clearTimeout(settle.current);
    settle.current = window.setTimeout(() => {
      scrubbing.current = false;
      if (!sigmaRef.current) return;
      suspendTies(sigmaRef.current, false);
      // Re-index labels and draw order, and rebuild the ties left as they were while suspended.
      sigmaRef.current.refresh();
    }, 200);
  }, [state, graph]);

  return <div ref={container} className="network__canvas" role="img" aria-label={label} />;
}

/** The nodes and edges whose look differs between two days. */
function changedItems(graph: NetworkGraph, before: VisibleGraph, after: VisibleGraph, withEdges: boolean): { nodes: string[]; edges: string[] } {
  const nodes: string[] = [];
  const edges: string[] = [];
  for (const [node, degree] of after.degree) if (before.degree.get(node) !== degree) nodes.push(node);
  for (const node of before.degree.keys()) if (!after.degree.has(node)) nodes.push(node);
  if (!withEdges) return { nodes, edges };
  for (const [edge, pair] of after.pairs) {
    const old = before.pairs.get(edge);
    if (!old || old.certainty !== pair.certainty || old.sign !== pair.sign) edges.push(edge);
  }
  for (const edge of before.pairs.keys()) if (!after.pairs.has(edge)) edges.push(edge);
  // An edge is drawn from its ends' display data: a resized node moves its edges' ends too.
  if (nodes.length > 0) {
    const seen = new Set(edges);
    for (const node of nodes) graph.forEachEdge(node, (edge) => (seen.has(edge) ? undefined : (seen.add(edge), edges.push(edge))));
  }
  return { nodes, edges };
}

/** Smaller discs when thousands of actors share the canvas: they stay apart, and software WebGL fills fewer pixels. */
function densityScale(visibleActors: number): number {
  return visibleActors <= 400 ? 1 : Math.max(0.3, Math.round(10 * Math.sqrt(400 / visibleActors)) / 10);
}

function reduceNode(
  node: string,
  data: NodeAttributes,
  state: CanvasState,
  hovered: { node: string; neighbours: Set<string> } | null,
): Partial<NodeDisplayData> {
  const degree = state.visible.degree.get(node);
  if (degree === undefined) return { ...data, hidden: true };
  const size = (3.5 + 2.2 * Math.sqrt(degree)) * densityScale(state.visible.degree.size);
  const colour = state.colourOf(node, data);
  if (hovered && node !== hovered.node && !hovered.neighbours.has(node)) return { ...data, size, color: DIMMED, label: '', zIndex: 0 };
  // A focused neighbourhood is small: every name is shown.
  const labelled = hovered !== null || (state.focus !== undefined && state.visible.degree.size <= FOCUS_LABELS);
  const highlighted = hovered ? hovered.node === node : state.focus === node;
  return { ...data, size, color: colour, zIndex: hovered ? 2 : 1, highlighted, forceLabel: labelled };
}

function reduceEdge(
  edge: string,
  _data: EdgeAttributes,
  graph: NetworkGraph,
  state: CanvasState,
  hovered: { node: string; neighbours: Set<string> } | null,
): Partial<EdgeDisplayData> & TieEdgeDisplay {
  const pair = state.visible.pairs.get(edge);
  if (!pair) return { hidden: true };
  const touches = hovered !== null && (graph.source(edge) === hovered.node || graph.target(edge) === hovered.node);
  if (hovered && !touches) return { hidden: true };
  const base = SIGN_COLOURS[pair.sign];
  const look = TIE_LOOK[pair.certainty];
  // Thousands of ties at once read better, and draw faster, as hairlines.
  const scale = state.visible.pairs.size > 2000 ? 0.5 : 1;
  return {
    dashed: look.dashed,
    color: withAlpha(base, touches ? 0.95 : look.alpha),
    size: touches ? 2.6 : look.size * scale,
    zIndex: look.zIndex,
  };
}
