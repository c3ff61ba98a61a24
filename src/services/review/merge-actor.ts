import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { mergeInto, type MergeOptions } from './merge-support.js';

/**
 * Merges a proposed actor into an existing one: its name and acronym become aliases of the existing
 * actor, its evidence an accepted claim on it, and every proposal that pointed at it points at the
 * existing actor instead (relations whose id changes move to a new claim). One transaction.
 */
export async function mergeActor(store: Store, claimId: string, into: string, reviewer: MergeOptions): Promise<{ actor: Actor; claims: Claim[] }> {
  const { record, claims } = await mergeInto(store, 'actor', claimId, into, reviewer);
  return { actor: record, claims };
}
