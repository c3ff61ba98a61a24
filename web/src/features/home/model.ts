import type { Actor, ActorKind, RecordKind } from '../../api/types.js';
import { ACTOR_KIND_ORDER } from '../../vocab/labels.js';

/** Actors grouped by kind in the display order, each group sorted by name; empty kinds left out. */
export function groupActorsByKind(actors: readonly Actor[]): { kind: ActorKind; actors: Actor[] }[] {
  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return ACTOR_KIND_ORDER.map((kind) => ({
    kind,
    actors: actors.filter((a) => a.kind === kind).sort((a, b) => collator.compare(a.name, b.name)),
  })).filter((group) => group.actors.length > 0);
}

/** The dataset counts shown on the home page, in reading order. */
export const STAT_LABELS: { kind: RecordKind; label: string }[] = [
  { kind: 'actor', label: 'Actors' },
  { kind: 'relation', label: 'Relations' },
  { kind: 'event', label: 'Events' },
  { kind: 'place', label: 'Places' },
  { kind: 'source', label: 'Sources' },
  { kind: 'claim', label: 'Claims' },
];
