import { z } from 'zod';
import { isClaimId } from '../ids.js';
import { nonEmpty, sha256 } from './common.js';

/** W3C-style text-position selector into a source's normalised text, with the passage's hash. */
export const evidenceSchema = z
  .strictObject({
    source: sha256,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    sha256,
  })
  .refine((e) => e.end > e.start, { message: 'end must be after start', path: ['end'] });
export type Evidence = z.infer<typeof evidenceSchema>;

export const CLAIM_STATUSES = ['proposed', 'accepted', 'rejected'] as const;

/** Whose statement a claim reports, when the document reports a party's own words (M7). */
export const CLAIM_VOICES = ['alleges', 'claims', 'denies'] as const;
export const voiceSchema = z.strictObject({
  actor: z.string().regex(/^actor:[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'expected an actor id'),
  says: z.enum(CLAIM_VOICES),
});
export type ClaimVoice = z.infer<typeof voiceSchema>;

/**
 * An assertion about a subject, backed by evidence. Without `value` it supports (or disputes) the
 * subject as recorded; with `value` it asserts exactly those property values (M3).
 */
export const claimSchema = z
  .strictObject({
    id: z.string().refine(isClaimId, { message: 'expected a claim id: the subject id, #, and a number' }),
    subject: nonEmpty,
    stance: z.enum(['supports', 'disputes']),
    value: z.record(z.string(), z.unknown()).optional(),
    evidence: z.array(evidenceSchema).min(1, 'a claim needs at least one evidence passage'),
    credibility: z.union([1, 2, 3, 4, 5, 6].map((n) => z.literal(n)) as unknown as [z.ZodLiteral<1>, z.ZodLiteral<2>]),
    method: z.string().regex(/^(analyst|extractor@\d+\.\d+\.\d+|import:[a-z]+)$/, 'expected analyst, extractor@X.Y.Z or import:NAME'),
    status: z.enum(CLAIM_STATUSES),
    by: nonEmpty,
    at: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z)?$/, 'expected an ISO date or UTC date-time'),
    reviewedBy: nonEmpty.optional(),
    reviewedAt: z.string().optional(),
    /** The analyst's own restatement of what the passage says: never the passage itself. */
    note: nonEmpty.optional(),
    /**
     * M7: the claim reports a party's own statement — an actor alleging or claiming it (stance
     * `supports`) or denying it (stance `disputes`) — as the cited document reports it.
     */
    voice: voiceSchema.optional(),
  })
  .superRefine((claim, ctx) => {
    if (!claim.voice) return;
    const disputes = claim.voice.says === 'denies';
    if (disputes !== (claim.stance === 'disputes'))
      ctx.addIssue({ code: 'custom', path: ['voice', 'says'], message: `a claim that ${claim.voice.says} takes stance ${disputes ? 'disputes' : 'supports'}` });
  });
export type Claim = Omit<z.infer<typeof claimSchema>, 'credibility'> & { credibility: 1 | 2 | 3 | 4 | 5 | 6 };
