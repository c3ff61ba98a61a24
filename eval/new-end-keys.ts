/**
 * Relations whose end is an actor the dataset lacks, for the ranker's training: a gold end `new:slug` stands for the actor
 * the extractor proposed at one of the gold mentions of `new:slug`, as eval/score.ts matches them, so that such a gold
 * relation labels the candidate pair between proposed actors.
 */
import type { Mention } from '../src/ingest/mentions/find-mentions.js';
import { CodePointIndex } from '../src/core/text/normalise.js';
import type { Annotation } from './annotation.js';

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Maps a gold end to the id a candidate would carry: itself, or for `new:slug` the first proposed actor found at its mentions. */
export function newEndResolver(text: string, mentions: readonly Mention[], gold: readonly Annotation[]): (end: string) => string {
  const index = new CodePointIndex(text);
  // Gold offsets count code points; the extractor's count UTF-16 units.
  const proposed = mentions.filter((m) => m.via === 'proposed').map((m) => ({ id: m.id, start: index.toCodePoint(m.start), end: index.toCodePoint(m.end) }));
  const resolved = new Map<string, string>();
  for (const a of gold) {
    if (a.type !== 'mention' || !a.id.startsWith('new:') || resolved.has(a.id)) continue;
    const found = proposed.find((p) => overlaps(p, a));
    if (found) resolved.set(a.id, found.id);
  }
  return (end) => resolved.get(end) ?? end;
}

/** The ids of the actors and places the extractor proposed in a document (no dataset id). */
export const proposedIds = (mentions: readonly Mention[]) => new Set(mentions.filter((m) => m.via === 'proposed').map((m) => m.id));
