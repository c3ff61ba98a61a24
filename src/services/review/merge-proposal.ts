import { kindOfId } from '../../core/ids.js';
import type { Store } from '../../core/store-port.js';
import { mergeActor } from './merge-actor.js';
import { mergePlace } from './merge-place.js';
import type { MergeOptions } from './merge-support.js';

/** Merges a proposed actor or place into the recorded record `into`, whose id says which of the two it is. */
export async function mergeProposal(store: Store, claimId: string, into: string, reviewer: MergeOptions) {
  return kindOfId(into) === 'place' ? mergePlace(store, claimId, into, reviewer) : mergeActor(store, claimId, into, reviewer);
}
