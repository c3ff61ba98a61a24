import type { RecordKind } from '../../core/dataset/kinds.js';
import type { Claim } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';

/** What a dataset folder lists, by kind: the ids that stay. */
export type Listed = ReadonlyMap<RecordKind, ReadonlySet<string>>;

/** What `--retire-missing` took back (H3). */
export interface Retired {
  claims: number;
  records: number;
}

const FACT_KINDS = ['actor', 'place', 'relation', 'event'] as const;

/**
 * H3 for a dataset folder loaded again: the claims that rest only on the folder's own documents and
 * that the folder no longer lists are retired, and so is any actor, place, relation or event the folder
 * no longer lists once no current claim of another origin supports it. Records an analyst or an import
 * supports from other documents stay.
 */
export async function retireMissing(store: Store, listed: Listed, sources: ReadonlySet<string>, by: string): Promise<Retired> {
  const ours = (claim: Claim) => claim.evidence.length > 0 && claim.evidence.every((e) => sources.has(e.source));
  const claims = await store.claims();
  const listedClaims = listed.get('claim') ?? new Set<string>();
  const goneClaims = claims.filter((c) => !listedClaims.has(c.id) && ours(c)).map((c) => c.id);
  const gone = new Set(goneClaims);
  const otherSupport = new Set(claims.filter((c) => !gone.has(c.id) && c.status === 'accepted' && c.stance === 'supports').map((c) => c.subject));
  let records = 0;
  if (goneClaims.length > 0) await store.retire('claim', goneClaims, { by });
  for (const kind of FACT_KINDS) {
    const keep = listed.get(kind) ?? new Set<string>();
    const missing = (await store.list(kind)).map((r) => r.id).filter((id) => !keep.has(id) && !otherSupport.has(id));
    if (missing.length > 0) records += (await store.retire(kind, missing, { by })).retired;
  }
  return { claims: goneClaims.length, records };
}
