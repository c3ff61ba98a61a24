import type { Claim } from '../../core/model/claim.js';
import type { Place } from '../../core/model/place.js';
import type { Store } from '../../core/store-port.js';
import { mergeInto, type MergeOptions } from './merge-support.js';

/**
 * Merges a place proposed from the text into a recorded place: the name as written becomes an alias
 * (the next report spelling it so finds the recorded place), its evidence an accepted claim on it, and
 * every proposal that pointed at it (an event's place, a relation's end) points at the recorded place
 * instead. The proposal's country and parent are dropped: the recorded place keeps its own. One transaction.
 */
export async function mergePlace(store: Store, claimId: string, into: string, reviewer: MergeOptions): Promise<{ place: Place; claims: Claim[] }> {
  const { record, claims } = await mergeInto(store, 'place', claimId, into, reviewer);
  return { place: record, claims };
}
