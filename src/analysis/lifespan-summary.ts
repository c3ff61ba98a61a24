import type { Day } from '../core/dates/bounds.js';
import { dateInWords } from '../core/dates/edtf-words.js';
import type { ActorKind } from '../core/vocab/actor-kinds.js';
import type { Lifespan } from '../core/ties/lifespans.js';

/** How profiles, the CLI and pictures say when an actor existed (L1): "formed March 2017 · active · last attested March 2024". */
export function lifespanSummary(life: Lifespan | undefined, kind: ActorKind, lastAttested?: Day): string {
  const parts: string[] = [];
  const person = kind === 'person';
  if (life?.startText) parts.push(`${person ? 'from' : 'formed'} ${dateInWords(life.startText)}`);
  if (life && life.endText !== '..') parts.push(`${life.ended ?? 'ended'} ${dateInWords(life.endText)}`);
  else if (!person && kind !== 'community' && kind !== 'state') parts.push(life?.startText ? 'active' : 'formation not recorded');
  if (lastAttested) parts.push(`last attested in a document of ${dateInWords(lastAttested.slice(0, 7))}`);
  return parts.join(' · ');
}
