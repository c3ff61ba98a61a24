/**
 * What merging a proposed actor or place into a recorded one shares: its names become aliases, its evidence an
 * accepted claim on the record it is, and every proposal that named it names that record instead.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { Change, Store } from '../../core/store-port.js';
import { foldName } from '../../core/text/normalise.js';
import { kindOfSubject, nextClaimId, reviewed, subjectFor, withoutValue, type Reviewer } from './review-support.js';

type Alias = NonNullable<Actor['aliases']>[number];

/** The merged record's aliases: its own, then each proposed name it does not already carry. */
export function aliasesWith(name: string, aliases: readonly Alias[] | undefined, proposed: Record<string, unknown>): Alias[] {
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
export async function mergeChanges(store: Store, claim: Claim, into: string, reviewer: Reviewer): Promise<{ changes: Change[]; claims: Claim[] }> {
  const taken = new Set<string>();
  const supportId = await nextClaimId(store, into);
  taken.add(supportId);
  const support = reviewed(
    { ...withoutValue(claim), id: supportId, subject: into, note: `named as ${String(claim.value?.['name'] ?? claim.subject)}; merged on review` },
    'accepted',
    reviewer,
  );
  const changes: Change[] = [
    { kind: 'claim', record: support },
    { kind: 'claim', record: reviewed(claim, 'rejected', reviewer, { note: `merged into ${into}` }) },
  ];
  const written: Claim[] = [support];
  for (const other of await store.claims({ statuses: ['proposed'] })) {
    if (!other.value || other.id === claim.id || !JSON.stringify(other.value).includes(`"${claim.subject}"`)) continue;
    const value = replaceReference(other.value, claim.subject, into);
    const kind = kindOfSubject(other.subject);
    const subject = subjectFor(kind, other.subject, value);
    if (subject === other.subject) {
      changes.push({ kind: 'claim', record: { ...other, value } });
      continue;
    }
    const id = await nextClaimId(store, subject, taken);
    taken.add(id);
    const moved: Claim = { ...other, id, subject, value };
    changes.push(
      { kind: 'claim', record: reviewed(other, 'rejected', reviewer, { note: `replaced by ${id} when ${claim.subject} was merged into ${into}` }) },
      { kind: 'claim', record: moved },
    );
    written.push(moved);
  }
  return { changes, claims: written };
}
