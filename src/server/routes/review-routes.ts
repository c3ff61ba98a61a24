import { Hono } from 'hono';
import { z } from 'zod';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import { acceptClaim } from '../../services/review/accept-claim.js';
import { editClaim } from '../../services/review/edit-claim.js';
import { mergeProposal } from '../../services/review/merge-proposal.js';
import { rejectClaim } from '../../services/review/reject-claim.js';
import { reviewItem, reviewQueue } from '../../services/review/review-queue.js';
import { claimId, count, query, recordId, sourceId } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';
import { actorName } from '../security/request-context.js';

const claimParam = z.strictObject({ id: claimId });
const reviewer = z.object({ by: z.string().trim().min(1, 'who reviews: a name is required') });

/** The Admiralty credibility (1–6) a reviewer gives what they accept, described for the route that takes it. */
const grade = (description: string) => z.number().int().min(1).max(6).optional().meta({ description });

/** The grade as the review services take it: the schema above has checked it is an integer from 1 to 6. */
const graded = (credibility: number | undefined) => (credibility ? { credibility: credibility as Claim['credibility'] } : {});
const CLAIM_ID_NOTE = "Claim ids hold ':' and '#': URL-encode them (docs/ingestion.md).";
const decided = { 200: 'the claim as it now stands (src/core/model/claim.ts)', 404: 'no such claim', 409: 'the claim is not proposed' };

/** The review queue's endpoints: list proposed claims in context, then decide (reviewer role for every write). */
export const REVIEW_ROUTES = {
  queue: defineRoute({
    method: 'get',
    path: '/review/claims',
    summary: 'Proposed claims in a stable order, each with the passage of its evidence in context',
    query: query({
      source: sourceId.optional().meta({ description: 'only claims citing this source id' }),
      kind: z.enum(['actor', 'relation', 'event', 'place']).optional(),
      limit: count.optional().meta({ description: 'at most this many (default 50, max 500)' }),
      offset: count.optional(),
      context: count.optional().meta({ description: 'characters of context on each side (default 200, max 2000)' }),
      seq: count.optional().meta({ description: 'ignored: the web app changes it to load the queue again' }),
    }),
    responses: {
      200: "`{ total, items: [{ claim, kind, creates, recorded?, passage?: { source, title, start, end, before, text, after } }] }`; `creates` is true when accepting writes a new record from the claim's `value`.",
    },
  }),
  item: defineRoute({
    method: 'get',
    path: '/review/claims/:id',
    summary: 'One claim as a review item, whatever its status',
    description: CLAIM_ID_NOTE,
    params: claimParam,
    query: query({}),
    responses: { 200: 'a review item', 404: 'no such claim' },
  }),
  accept: defineRoute({
    method: 'post',
    path: '/review/claims/:id/accept',
    summary: 'Accept a proposed claim; a new record is written, the reviewer and time recorded',
    description: CLAIM_ID_NOTE,
    params: claimParam,
    query: query({}),
    body: reviewer.extend({
      credibility: grade("the Admiralty credibility the reviewer gives the information; required for the extractor's proposals (400 without it)"),
      note: z.string().trim().min(1).optional(),
    }),
    responses: {
      ...decided,
      400: "invalid input, each issue naming its field: `credibility` when an extractor's proposal has no grade; `country` when a place proposed from the text has none (choose it with PATCH `value.country`, then accept)",
      422: 'a new relation or event points at an actor or place not yet recorded (`unknown_reference`): accept or merge it first',
    },
  }),
  reject: defineRoute({
    method: 'post',
    path: '/review/claims/:id/reject',
    summary: 'Reject a proposed claim; its record, if new, is never written',
    description: CLAIM_ID_NOTE,
    params: claimParam,
    query: query({}),
    body: reviewer.extend({ note: z.string().trim().min(1).optional() }),
    responses: decided,
  }),
  edit: defineRoute({
    method: 'patch',
    path: '/review/claims/:id',
    summary: 'Edit what a proposed claim asserts (a relation whose type or ends change moves to its new id)',
    description: CLAIM_ID_NOTE,
    params: claimParam,
    query: query({}),
    body: reviewer.extend({
      value: z.record(z.string(), z.unknown()).meta({ description: 'properties to change; null removes one' }),
      accept: z.boolean().optional(),
      credibility: grade('with accept: the Admiralty credibility the reviewer gives the information'),
    }),
    responses: decided,
  }),
  merge: defineRoute({
    method: 'post',
    path: '/review/claims/:id/merge',
    summary: 'Merge a proposed actor or place into a recorded one (names become aliases; proposals naming it move over)',
    description: CLAIM_ID_NOTE,
    params: claimParam,
    query: query({}),
    body: reviewer.extend({
      into: recordId.meta({ description: 'the recorded actor (for a proposed actor) or place (for a proposed place) it is' }),
      credibility: grade("the Admiralty credibility the reviewer gives the merged evidence; required for the extractor's proposals (400 without it)"),
    }),
    responses: {
      200: '{ actor | place, claims }: the kept record as merged, and the claims the merge wrote, the accepted support on it first',
      400: "the claim proposes no actor or place of the kind `into` names, or (`credibility`) an extractor's proposal has no grade",
      404: 'no such claim, actor or place',
    },
  }),
};

const V = REVIEW_ROUTES;

/** The handlers of REVIEW_ROUTES. */
export function reviewRoutes(store: Store) {
  return new Hono()
    .get(V.queue.path, validated(V.queue), async (c) => {
      const { limit, offset, context, source, kind } = c.req.valid('query');
      return c.json(
        await reviewQueue(store, {
          limit: Math.min(500, limit ?? 50),
          offset: offset ?? 0,
          context: Math.min(2000, context ?? 200),
          ...(source ? { source } : {}),
          ...(kind ? { kind } : {}),
        }),
      );
    })
    .get(V.item.path, validated(V.item), async (c) => c.json(await reviewItem(store, c.req.valid('param').id)))
    .post(V.accept.path, validated(V.accept), async (c) => {
      const { by: given, credibility, note } = c.req.valid('json');
      const by = actorName(given);
      return c.json(await acceptClaim(store, c.req.valid('param').id, { by, ...graded(credibility), ...(note ? { note } : {}) }));
    })
    .post(V.reject.path, validated(V.reject), async (c) => {
      const { by: given, note } = c.req.valid('json');
      return c.json(await rejectClaim(store, c.req.valid('param').id, { by: actorName(given), ...(note ? { note } : {}) }));
    })
    .patch(V.edit.path, validated(V.edit), async (c) => {
      const { by: given, value, accept, credibility } = c.req.valid('json');
      return c.json(
        await editClaim(store, c.req.valid('param').id, value, {
          by: actorName(given),
          accept: accept === true,
          ...graded(credibility),
        }),
      );
    })
    .post(V.merge.path, validated(V.merge), async (c) => {
      const { by: given, into, credibility } = c.req.valid('json');
      return c.json(await mergeProposal(store, c.req.valid('param').id, into, { by: actorName(given), ...graded(credibility) }));
    });
}
