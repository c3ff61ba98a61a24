import { claimValueIssues } from '../../core/dataset/record-issues.js';
import { FaultlineError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { Change, Store } from '../../core/store-port.js';
import { acceptClaim, type AcceptOptions } from './accept-claim.js';
import { kindOfSubject, nextClaimId, parseRecord, proposedClaimOrThrow, reviewed, subjectFor, type Reviewer } from './review-support.js';

/**
 * Changes what a proposed claim asserts. When the change moves a relation to other ends or another
 * type, its id changes: the old claim is rejected as replaced and a new proposed claim takes its
 * evidence. With `accept`, the edited claim is then accepted, with the reviewer's credibility when given.
 */
export async function editClaim(
  store: Store,
  id: string,
  patch: Record<string, unknown>,
  options: Reviewer & Pick<AcceptOptions, 'credibility'> & { accept?: boolean },
): Promise<Claim> {
  const claim = await proposedClaimOrThrow(store, id);
  const kind = kindOfSubject(claim.subject);
  const value = { ...(claim.value ?? {}), ...patch };
  for (const [key, v] of Object.entries(patch)) if (v === null) delete value[key];
  const subject = subjectFor(kind, claim.subject, value);
  if (!(await store.get(kind, subject))) parseRecord(kind, subject, value);
  else if (Object.keys(patch).length === 0) throw new FaultlineError('invalid_input', 'nothing to change');
  // The loader's rule for a claim's value, so an edit the review accepts can be dumped and loaded again.
  const issues = claimValueIssues(subject, value);
  if (issues.length > 0) throw new FaultlineError('invalid_input', `the edited value is not valid for ${subject}`, { issues });
  const changes: Change[] = [];
  let edited: Claim;
  if (subject === claim.subject) {
    edited = { ...claim, value };
    changes.push({ kind: 'claim', record: edited });
  } else {
    const newId = await nextClaimId(store, subject);
    edited = { ...claim, id: newId, subject, value };
    changes.push(
      { kind: 'claim', record: reviewed(claim, 'rejected', options, { note: `replaced on review by ${newId}` }) },
      { kind: 'claim', record: edited },
    );
  }
  await store.write(changes, { by: options.by });
  return options.accept ? acceptClaim(store, edited.id, { by: options.by, ...(options.credibility ? { credibility: options.credibility } : {}) }) : edited;
}
