import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { aliasesWith, mergeChanges } from './merge-support.js';
import { kindOfSubject, proposedClaimOrThrow, type Reviewer } from './review-support.js';

/**
 * Merges a proposed actor into an existing one: its name and acronym become aliases of the existing
 * actor, its evidence an accepted claim on it, and every proposal that pointed at it points at the
 * existing actor instead (relations whose id changes move to a new claim). One transaction.
 */
export async function mergeActor(store: Store, claimId: string, into: string, reviewer: Reviewer): Promise<{ actor: Actor; claims: Claim[] }> {
  const claim = await proposedClaimOrThrow(store, claimId);
  if (kindOfSubject(claim.subject) !== 'actor') throw new FaultlineError('invalid_input', `claim ${claimId} is not about an actor`);
  const target = await store.get('actor', into);
  if (!target) throw new NotFoundError('actor', into);
  if (await store.get('actor', claim.subject)) throw new FaultlineError('conflict', `${claim.subject} is already a recorded actor; merge records instead`);
  const aliases = aliasesWith(target.name, target.aliases, claim.value ?? {});
  const actor: Actor = { ...target, ...(aliases.length ? { aliases } : {}) };
  const { changes, claims } = await mergeChanges(store, claim, into, reviewer);
  await store.write([{ kind: 'actor', record: actor }, ...changes], reviewer);
  return { actor, claims };
}
