/**
 * What merging a proposed actor or place into a recorded one shares: its names become aliases, its evidence an
 * accepted claim on the record it is, and every proposal that named it names that record instead.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { Change, RecordOf, Store } from '../../core/store-port.js';
import { foldName } from '../../core/text/normalise.js';
import { requireGrade } from './accept-claim.js';
import { kindOfSubject, nextClaimId, proposedClaimOrThrow, reviewed, subjectFor, withoutValue, type Reviewer } from './review-support.js';

type Alias = NonNullable<Actor['aliases']>[number];

/** Who merges, and the credibility they give the merged evidence (required for the extractor's proposals). */
export type MergeOptions = Reviewer & { credibility?: Claim['credibility'] };

/** The merged record's aliases: its own, then each proposed name it does not already carry. */
function aliasesWith(name: string, aliases: readonly Alias[] | undefined, proposed: Record<string, unknown>): Alias[] {
  const names = [proposed['name'], ...((proposed['aliases'] as { name: string }[] | undefined) ?? []).map((a) => a.name)].filter(
    (n): n is string => typeof n === 'string',
  );
  const known = new Set([name, ...(aliases ?? []).map((a) => a.name)].map(foldName));
  const out = [...(aliases ?? [])];
  for (const n of names) {
    if (known.has(foldName(n))) continue;
    known.add(foldName(n));
    out.push({ name: n, kind: /^[\p{Lu}\d-]+$/u.test(n) ? 'acronym' : 'spelling' });
  }
  return out;
}

/** Ids are prefixed by kind, so one rewrite serves actors and places: relation ends, participants, an event's place, a parent. */
function replaceReference(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const out = { ...value };
  for (const key of ['from', 'to', 'place', 'parent']) if (out[key] === from) out[key] = to;
  if (Array.isArray(out['participants']))
    out['participants'] = (out['participants'] as { actor: string }[]).map((p) => (p.actor === from ? { ...p, actor: to } : p));
  return out;
}

/**
 * The changes that merge the proposal `claim` into the recorded `into` (its record's new version excluded): the
 * accepted support on `into`, the proposal rejected as merged, and the proposals that named it moved over (a
 * relation whose id changes moves to a new claim). Returns the claims written, the support first.
 */
async function mergeChanges(
  store: Store,
  claim: Claim,
  into: string,
  reviewer: Reviewer,
  credibility: Claim['credibility'] | undefined,
): Promise<{ changes: Change[]; claims: Claim[] }> {
  const taken = new Set<string>();
  const supportId = await nextClaimId(store, into);
  taken.add(supportId);
  const support = reviewed(
    { ...withoutValue(claim), id: supportId, subject: into, note: `named as ${String(claim.value?.['name'] ?? claim.subject)}; merged on review` },
    'accepted',
    reviewer,
    credibility === undefined ? {} : { credibility },
  );
  const changes: Change[] = [
    { kind: 'claim', record: support },
    { kind: 'claim', record: reviewed(claim, 'rejected', reviewer, { note: `merged into ${into}` }) },
  ];
  const written: Claim[] = [support];
  // A claim whose subject changes becomes a new proposed claim; the old one is rejected, naming its replacement.
  const move = async (other: Claim, subject: string, value: Record<string, unknown> | undefined) => {
    const id = await nextClaimId(store, subject, taken);
    taken.add(id);
    const moved: Claim = { ...withoutValue(other), id, subject, ...(value ? { value } : {}) };
    changes.push(
      { kind: 'claim', record: reviewed(other, 'rejected', reviewer, { note: `replaced by ${id} when ${claim.subject} was merged into ${into}` }) },
      { kind: 'claim', record: moved },
    );
    written.push(moved);
  };
  for (const other of await store.claims({ statuses: ['proposed'] })) {
    if (other.id === claim.id) continue;
    // Another document's proposal of the same new record is evidence for the recorded one now, still to be reviewed:
    // left as it was, accepting it would write the twin the merge avoided.
    if (other.subject === claim.subject) {
      await move(other, into, undefined);
      continue;
    }
    if (!other.value || !JSON.stringify(other.value).includes(`"${claim.subject}"`)) continue;
    const value = replaceReference(other.value, claim.subject, into);
    const subject = subjectFor(kindOfSubject(other.subject), other.subject, value);
    if (subject === other.subject) changes.push({ kind: 'claim', record: { ...other, value } });
    else await move(other, subject, value);
  }
  return { changes, claims: written };
}

/**
 * Merges the proposed actor or place of `claimId` into the recorded `into` of the same kind, in one transaction:
 * the record gains the proposed names as aliases, then the changes of `mergeChanges`.
 */
export async function mergeInto<K extends 'actor' | 'place'>(
  store: Store,
  kind: K,
  claimId: string,
  into: string,
  reviewer: MergeOptions,
): Promise<{ record: RecordOf<K>; claims: Claim[] }> {
  const claim = await proposedClaimOrThrow(store, claimId);
  // The support the merge accepts on the recorded record is a fact's evidence: graded by the reviewer, as an acceptance is.
  requireGrade(claim, reviewer.credibility, 'merging');
  const article = kind === 'actor' ? 'an' : 'a';
  if (kindOfSubject(claim.subject) !== kind) throw new FaultlineError('invalid_input', `claim ${claimId} is not about ${article} ${kind}`);
  const target = await store.get(kind, into);
  if (!target) throw new NotFoundError(kind, into);
  if (await store.get(kind, claim.subject)) throw new FaultlineError('conflict', `${claim.subject} is already a recorded ${kind}; merge records instead`);
  const aliases = aliasesWith(target.name, target.aliases, claim.value ?? {});
  const record = { ...target, ...(aliases.length ? { aliases } : {}) };
  const { changes, claims } = await mergeChanges(store, claim, into, reviewer, reviewer.credibility);
  await store.write([{ kind, record } as Change, ...changes], reviewer);
  return { record, claims };
}
