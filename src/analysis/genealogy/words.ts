// The words every renderer prints for a lane's bounds, so the CLI table and the web list agree.
import type { GenealogyLane } from './types.js';

/** `2017-03`, `2012/2014`, or `? (first dated 2011-10-01)` for an unknown start. */
export function startWords(lane: GenealogyLane): string {
  return lane.start.known ? lane.start.text : `? (first dated ${lane.start.earliest})`;
}

/** `2017-03 (merged)`, `in being (last dated 2023-08-31)`, or `? (last dated 2017-12-31)`. */
export function endWords(lane: GenealogyLane): string {
  if (lane.end.state === 'ended') return lane.end.ended ? `${lane.end.text} (${lane.end.ended})` : lane.end.text;
  if (lane.end.state === 'continues') return `in being (last dated ${lane.end.latest})`;
  return `? (last dated ${lane.end.latest})`;
}
