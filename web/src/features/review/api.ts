// The review queue's endpoints (src/server/routes/review-routes.ts), typed from the server's own types.
import { ApiError } from '../../api/client.js';
import type { Claim } from '../../../../src/core/model/claim.js';
import type { ClaimCredibility } from '../../api/types.js';
import { apiSend, type GetAnswer } from '../../api/contract.js';

export type { Claim };
/** A proposal as GET /api/review/claims lists it. */
export type ReviewItem = GetAnswer<'/review/claims'>['items'][number];
export type ReviewKind = ReviewItem['kind'];

/** What a decision sends besides the reviewer's name. */
export type Decision =
  | { action: 'accept'; credibility: ClaimCredibility }
  | { action: 'reject' }
  | { action: 'edit'; value: Record<string, unknown>; accept: false }
  | { action: 'edit'; value: Record<string, unknown>; accept: true; credibility: ClaimCredibility }
  | { action: 'merge'; into: string; credibility: ClaimCredibility };

/** Sends one decision on a proposed claim; resolves with the claim as it now stands. */
export async function decide(id: string, by: string, decision: Decision): Promise<Claim> {
  switch (decision.action) {
    case 'accept':
      return apiSend('POST', '/review/claims/:id/accept', { param: { id }, json: { by, credibility: decision.credibility } });
    case 'reject':
      return apiSend('POST', '/review/claims/:id/reject', { param: { id }, json: { by } });
    case 'edit':
      return apiSend('PATCH', '/review/claims/:id', {
        param: { id },
        json: { by, value: decision.value, ...(decision.accept ? { accept: true, credibility: decision.credibility } : {}) },
      });
    case 'merge': {
      const merged = await apiSend('POST', '/review/claims/:id/merge', { param: { id }, json: { by, into: decision.into, credibility: decision.credibility } });
      // The merge answers with the claims it wrote; the first is the accepted support on the kept actor.
      const support = merged.claims[0];
      if (!support) throw new ApiError(500, 'internal', 'the merge wrote no claim');
      return support;
    }
  }
}
