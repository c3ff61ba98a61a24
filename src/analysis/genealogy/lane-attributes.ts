import type { GenealogyLane } from './types.js';

/** The `data-*` attributes every renderer puts on a lane, so a test can read the lanes back from any picture. */
export function laneAttributes(lane: GenealogyLane): Record<string, string> {
  return {
    'data-lane': lane.id,
    'data-start': lane.start.earliest,
    'data-start-latest': lane.start.latest,
    'data-start-known': String(lane.start.known),
    'data-end': lane.end.latest,
    'data-end-earliest': lane.end.earliest,
    'data-end-state': lane.end.state,
  };
}

/** Reads lanes back from an SVG's text: the attributes of each element that carries `data-start-known`, in document order. */
export function lanesInSvg(svg: string): Record<string, string>[] {
  const lanes: Record<string, string>[] = [];
  for (const [tag] of svg.matchAll(/<[a-z]+\b[^>]*\bdata-start-known="[^"]*"[^>]*>/g)) {
    lanes.push(Object.fromEntries([...tag.matchAll(/\b(data-[a-z-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''])));
  }
  return lanes;
}
