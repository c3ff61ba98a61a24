import { CodePointIndex, sha256Hex } from '../core/text/normalise.js';
import type { Evidence } from '../core/model/claim.js';

/** Finds every place a quotation stands in a normalised text, tolerant of differences in whitespace. */
export function locatePassage(sourceId: string, text: string, quote: string): Evidence[] {
  const index = new CodePointIndex(text);
  const pattern = quote
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (!pattern) return [];
  const found: Evidence[] = [];
  for (const match of text.matchAll(new RegExp(pattern, 'gu'))) {
    const startUnit = match.index;
    const endUnit = startUnit + match[0].length;
    const start = index.toCodePoint(startUnit);
    const end = index.toCodePoint(endUnit);
    found.push({ source: sourceId, start, end, sha256: sha256Hex(index.slice(start, end)) });
  }
  return found;
}
