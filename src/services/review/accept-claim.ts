import { FaultlineError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Relation } from '../../core/model/relation.js';
import type { Change, Store } from '../../core/store-port.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { differingFacts, kindOfSubject, parseRecord, proposedClaimOrThrow, reviewed, withoutValue, type Reviewer } from './review-support.js';

export interface AcceptOptions extends Reviewer {
  credibility?: Claim['credibility'];
  note?: string;
}

/** Every record a new relation or event points at must exist before it can become a fact. */
async function checkReferences(store: Store, kind: string, record: Record<string, unknown>): Promise<void> {
  const missing: string[] = [];
  const need = async (refKind: 'actor' | 'place' | 'event', id: unknown) => {
    if (typeof id === 'string' && !(await store.get(refKind, id))) missing.push(id);
  };
  if (kind === 'relation') {
    const r = record as Relation;
    const spec = RELATION_TYPES[r.type as RelationType];
    await need(spec.from[0] ?? 'actor', r.from);
    await need(spec.to[0] ?? 'actor', r.to);
  }
  if (kind === 'place' && record['parent'] !== undefined) await need('place', record['parent']);
  if (kind === 'event') {
    const e = record as ConflictEvent;
    if (e.place) await need('place', e.place);
    for (const p of e.participants) await need('actor', p.actor);
  }
  if (missing.length > 0) {
    throw new FaultlineError(
      'unknown_reference',
      `accept or merge ${missing.join(', ')} first: ${record['id'] as string} refers to ${missing.length === 1 ? 'it' : 'them'}`,
    );
  }
}

/** A place read from the text alone may come without a country; the reviewer chooses it, never a default. */
function requireCountry(id: string, value: Record<string, unknown>): void {
  if (value['country'] !== undefined) return;
  throw new FaultlineError('invalid_input', `choose the country of ${id} before accepting it: the text gives none`, {
    issues: [{ code: 'invalid_input', path: 'country', message: 'required: an ISO 3166-1 alpha-2 code (ML, BF, NE…); edit the proposal to give it' }],
  });
}

/**
 * Refuses to accept (or merge) a proposal the extractor made without the reviewer's grade: the extractor's 6 only
 * says nobody has judged the information yet, and a fact never keeps it by default (issue 20).
 */
export function requireGrade(claim: Claim, credibility: Claim['credibility'] | undefined, doing: 'accepting' | 'merging'): void {
  if (!claim.method.startsWith('extractor@') || credibility !== undefined) return;
  throw new FaultlineError(
    'invalid_input',
    `grade the information before ${doing} ${claim.id}: give its credibility (Admiralty 1–6; 6 if its truth cannot be judged)`,
    { issues: [{ code: 'invalid_input', path: 'credibility', message: `required for ${doing} a proposal the extractor made` }] },
  );
}

/**
 * Accepts a proposed claim. A proposal for a new record writes the record, and the claim then
 * speaks to it as written; a proposal about an existing record keeps only what it adds or contradicts.
 * A proposal the extractor made needs the reviewer's credibility grade (issue 20: no silent default).
 * The claim's new status is a new version (H1); the reviewer and time are recorded.
 */
export async function acceptClaim(store: Store, id: string, options: AcceptOptions): Promise<Claim> {
  const claim = await proposedClaimOrThrow(store, id);
  requireGrade(claim, options.credibility, 'accepting');
  const kind = kindOfSubject(claim.subject);
  const existing = await store.get(kind, claim.subject);
  const changes: Change[] = [];
  let accepted: Claim;
  const extra = { ...(options.credibility ? { credibility: options.credibility } : {}), ...(options.note ? { note: options.note } : {}) };
  if (!existing) {
    if (!claim.value) throw new FaultlineError('invalid_input', `claim ${id} proposes no record for ${claim.subject}`);
    if (kind === 'place') requireCountry(id, claim.value);
    const record = parseRecord(kind, claim.subject, claim.value);
    await checkReferences(store, kind, record);
    changes.push({ kind, record } as Change);
    accepted = reviewed(withoutValue(claim), 'accepted', options, extra);
  } else {
    const value = claim.value ? differingFacts(kind, existing, claim.value) : undefined;
    accepted = reviewed({ ...withoutValue(claim), ...(value ? { value } : {}) }, 'accepted', options, extra);
  }
  changes.push({ kind: 'claim', record: accepted });
  await store.write(changes, { by: options.by });
  return accepted;
}
