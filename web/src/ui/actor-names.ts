import type { Actor } from '../api/types.js';

/** The short name an analyst knows an actor by: its first acronym, if any. */
export const acronymOf = (actor: Actor): string | undefined => actor.aliases?.find((a) => a.kind === 'acronym')?.name;
