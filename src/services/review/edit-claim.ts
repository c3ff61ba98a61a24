import { claimValueIssues } from '../../core/dataset/record-issues.js';
import { FaultlineError } from '../../core/errors.js';
import type { Claim } from '../../core/model/claim.js';
import type { Change, Store } from '../../core/store-port.js';
import { acceptClaim, type AcceptOptions } from './accept-claim.js';
import {
  editedNote,
  kindOfSubject,
  nextClaimId,
  parseRecord,
  proposedClaimOrThrow,
  relationEpisodeFor,
  reviewed,
  subjectFor,
  type Reviewer,
} from './review-support.js';

/**
 * Changes what a proposed claim asserts. When the change moves a relation to other ends or another
 * type, its id changes: the old claim is rejected as replaced and a new proposed claim takes its
 * evidence. A relation lands on the episode of the tie its reading can be true of, or on a new
 * episode when no recorded one can hold it, so an edit never marks an old episode disputed over a
 * time it did not cover. The note says what the claim now asserts. With `accept`, the edited claim is
 * then accepted, with the reviewer's credibility when given.
 */
export async function editClaim(
  store: Store,
  id: string,
  patch: Record<string, unknown>,
  options: Reviewer & Pick<AcceptOptions, 'credibility'> & { accept?: boolean },
): Promise<Claim> {
  const claim = await proposedClaimOrThrow(store, id);
  const kind = kindOfSubject(claim.subject);
  // A claim backing a recorded tie holds only what it adds; an edit of its ends or type starts from the tie.
  const recorded = kind === 'relation' ? await store.get('relation', claim.subject) : undefined;
  const start = recorded ? { type: recorded.type, from: recorded.from, to: recorded.to, valid: recorded.valid } : {};
  const value: Record<string, unknown> = { ...start, ...(claim.value ?? {}), ...patch };
  for (const [key, v] of Object.entries(patch)) if (v === null) delete value[key];
  const episode = kind === 'relation' ? await relationEpisodeFor(store, claim, value) : undefined;
  const subject = episode ? episode.id : subjectFor(kind, claim.subject, value);
  // A reading the extractor took from the sentence's date, lying inside the episode's time, reports the
  // tie while it held: it backs the episode as recorded rather than restating its bounds. A date the
  // reviewer typed is theirs, and stays.
  if (episode?.reading === 'inside' && !('valid' in patch)) delete value['valid'];
  if (!(await store.get(kind, subject))) parseRecord(kind, subject, value);
  else if (Object.keys(patch).length === 0) throw new FaultlineError('invalid_input', 'nothing to change');
  // The loader's rule for a claim's value, so an edit the review accepts can be dumped and loaded again.
  const issues = claimValueIssues(subject, value);
  if (issues.length > 0) throw new FaultlineError('invalid_input', `the edited value is not valid for ${subject}`, { issues });
  const changes: Change[] = [];
  const note = await editedNote(store, kind, value, claim.note);
  const withNote = (c: Claim): Claim => {
    const out = { ...c };
    if (note) out.note = note;
    else delete out.note;
    return out;
  };
  let edited: Claim;
  if (subject === claim.subject) {
    edited = withNote({ ...claim, value });
    changes.push({ kind: 'claim', record: edited });
  } else {
    const newId = await nextClaimId(store, subject);
    edited = withNote({ ...claim, id: newId, subject, value });
    changes.push(
      { kind: 'claim', record: reviewed(claim, 'rejected', options, { note: `replaced on review by ${newId}` }) },
      { kind: 'claim', record: edited },
    );
  }
  await store.write(changes, { by: options.by });
  return options.accept ? acceptClaim(store, edited.id, { by: options.by, ...(options.credibility ? { credibility: options.credibility } : {}) }) : edited;
}
