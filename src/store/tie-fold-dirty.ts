import type { Actor } from '../core/model/actor.js';
import type { Lifespan } from '../core/ties/lifespans.js';

/** What a write changed that folded ties depend on (docs/decisions/0010). */
export interface FoldDirty {
  /** Relations whose record or claims changed. */
  relations: Set<string>;
  /** Sources whose date or restriction may have changed: the ties their claims support fold again. */
  sources: Set<string>;
  /** Whether an actor, a tie or an event that lifespans are derived from (L2) changed. */
  lifespans: boolean;
}

export const emptyDirty = (): FoldDirty => ({ relations: new Set(), sources: new Set(), lifespans: false });

/** Whether two versions of an actor differ in what lifespans read of it: its kind, `existed` and `ended`. */
export function lifespanFieldsDiffer(a: Actor, b: Actor): boolean {
  return a.kind !== b.kind || a.existed !== b.existed || a.ended !== b.ended;
}

/** The lifespans to store (as JSON text) and the actors whose stored lifespan no longer holds. */
export function lifespanChanges(stored: ReadonlyMap<string, string>, derived: ReadonlyMap<string, Lifespan>): { put: Map<string, string>; drop: string[] } {
  const put = new Map<string, string>();
  for (const [actor, lifespan] of derived) {
    const text = JSON.stringify(lifespan);
    if (stored.get(actor) !== text) put.set(actor, text);
  }
  const drop = [...stored.keys()].filter((actor) => !derived.has(actor));
  return { put, drop };
}
