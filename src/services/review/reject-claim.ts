import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { proposedClaimOrThrow, reviewed, type Reviewer } from './review-support.js';

/** Rejects a proposed claim: a new version with status rejected; its record, if new, is never written. */
export async function rejectClaim(store: Store, id: string, options: Reviewer & { note?: string }): Promise<Claim> {
  const claim = await proposedClaimOrThrow(store, id);
  const rejected = reviewed(claim, 'rejected', options, options.note ? { note: options.note } : {});
  await store.write([{ kind: 'claim', record: rejected }], { by: options.by });
  return rejected;
}
