import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { INK, PAGE } from './palette.js';

export type SvgNode = XMLBuilder;

export const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** A blank SVG page with a title and a white background; callers add shapes to the returned root. */
export function svgPage(width: number, height: number, title: string): { root: SvgNode; end: () => string } {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.w3.org/2000/svg', 'svg', {
    width: String(width),
    height: String(height),
    viewBox: `0 0 ${width} ${height}`,
    'font-family': FONT,
  });
  root.ele('title').txt(title);
  root.ele('rect', { x: '0', y: '0', width: String(width), height: String(height), fill: PAGE });
  return { root, end: () => root.end({ prettyPrint: true }) + '\n' };
}

/** Text, with numbers rounded so output is stable and small. */
export function text(parent: SvgNode, x: number, y: number, content: string, attrs: Record<string, string> = {}): SvgNode {
  return parent.ele('text', { x: r(x), y: r(y), fill: INK, 'font-size': '12', ...attrs }).txt(content);
}

export const r = (n: number) => String(Math.round(n * 10) / 10);

/** A rough width for a label, enough to keep labels from running into each other. */
export const textWidth = (s: string, size = 12) => s.length * size * 0.58;
