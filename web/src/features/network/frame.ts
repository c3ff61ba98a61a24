import type { Frame } from './NetworkCanvas.js';

/**
 * The box that frames these positions, with a margin (a share of its span) that leaves the actors at
 * its edges room for their names; a lone actor gets a box around it rather than an infinite zoom.
 */
export function frameOf(points: readonly { x: number; y: number }[], margin = 0): Frame {
  if (points.length === 0) return { x: [-1, 1], y: [-1, 1] };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY, 1);
  const pad = span * margin + (maxX - minX < 1 && maxY - minY < 1 ? 10 : 0);
  return { x: [minX - pad, maxX + pad], y: [minY - pad, maxY + pad] };
}
