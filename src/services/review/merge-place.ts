import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { Place } from '../../core/model/place.js';
import type { Store } from '../../core/store-port.js';
import { aliasesWith, mergeChanges } from './merge-support.js';
import { kindOfSubject, proposedClaimOrThrow, type Reviewer } from './review-support.js';

/**
 * Merges a place proposed from the text into a recorded place: the name as written becomes an alias
 * (the next report spelling it so finds the recorded place), its evidence an accepted claim on it, and
 * every proposal that pointed at it (an event's place, a relation's end) points at the recorded place
 * instead. The proposal's country and coordinates are dropped: the recorded place keeps its own. One transaction.
 */
export async function mergePlace(store: Store, claimId: string, into: string, reviewer: Reviewer): Promise<{ place: Place; claims: Claim[] }> {
  const claim = await proposedClaimOrThrow(store, claimId);
  if (kindOfSubject(claim.subject) !== 'place') throw new FaultlineError('invalid_input', `claim ${claimId} is not about a place`);
  const target = await store.get('place', into);
  if (!target) throw new NotFoundError('place', into);
  if (await store.get('place', claim.subject)) throw new FaultlineError('conflict', `${claim.subject} is already a recorded place; merge records instead`);
  const aliases = aliasesWith(target.name, target.aliases, claim.value ?? {});
  const place: Place = { ...target, ...(aliases.length ? { aliases } : {}) };
  const { changes, claims } = await mergeChanges(store, claim, into, reviewer);
  await store.write([{ kind: 'place', record: place }, ...changes], reviewer);
  return { place, claims };
}
