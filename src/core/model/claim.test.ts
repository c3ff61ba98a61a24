import { describe, expect, it } from 'vitest';
import { buildClaim } from '../../../test/factories.js';
import { claimSchema } from './claim.js';

describe('claims', () => {
  it('M7: a denial disputes, an allegation or a claim of responsibility supports', () => {
    const denial = buildClaim('rel:x', 1, { stance: 'disputes', voice: { actor: 'actor:group', says: 'denies' } });
    expect(claimSchema.safeParse(denial).success).toBe(true);
    expect(claimSchema.safeParse({ ...denial, stance: 'supports' }).success).toBe(false);
    expect(claimSchema.safeParse(buildClaim('rel:x', 2, { voice: { actor: 'actor:minister', says: 'alleges' } })).success).toBe(true);
    expect(claimSchema.safeParse(buildClaim('rel:x', 3, { stance: 'disputes', voice: { actor: 'actor:g', says: 'claims' } })).success).toBe(false);
  });
});
