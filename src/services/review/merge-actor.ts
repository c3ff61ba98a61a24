import { FaultlineError, NotFoundError } from '../../core/errors.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim } from '../../core/model/claim.js';
import type { Change, Store } from '../../core/store-port.js';
import { foldName } from '../../core/text/normalise.js';
import { kindOfSubject, nextClaimId, proposedClaimOrThrow, reviewed, subjectFor, withoutValue, type Reviewer } from './review-support.js';

function replaceActor(value: Record<string, unknown>, from: string, to: string): Record<string, unknown> {
  const out = { ...value };
  if (out['from'] === from) out['from'] = to;
  if (out['to'] === from) out['to'] = to;
  if (Array.isArray(out['participants']))
    out['participants'] = (out['participants'] as { actor: string }[]).map((p) => (p.actor === from ? { ...p, actor: to } : p));
  return out;
}

/**
 * Merges a proposed actor into an existing one: its name and acronym become aliases of the existing
 * actor, its evidence an accepted claim on it, and every proposal that pointed at it points at the
 * existing actor instead (relations whose id changes move to a new claim). One transaction.
 */
export async function mergeActor(store: Store, claimId: string, into: string, reviewer: Reviewer): Promise<{ actor: Actor; claims: Claim[] }> {
  const claim = await proposedClaimOrThrow(store, claimId);
  if (kindOfSubject(claim.subject) !== 'actor') throw new FaultlineError('invalid_input', `claim ${claimId} is not about an actor`);
  const target = await store.get('actor', into);
  if (!target) throw new NotFoundError('actor', into);
  if (await store.get('actor', claim.subject)) throw new FaultlineError('conflict', `${claim.subject} is already a recorded actor; merge records instead`);
  const proposed = claim.value ?? {};
  const names = [proposed['name'], ...((proposed['aliases'] as { name: string }[] | undefined) ?? []).map((a) => a.name)].filter(
    (n): n is string => typeof n === 'string',
  );
  const known = new Set([target.name, ...(target.aliases ?? []).map((a) => a.name)].map(foldName));
  const aliases = [...(target.aliases ?? [])];
  for (const name of names) {
    if (known.has(foldName(name))) continue;
    known.add(foldName(name));
    aliases.push({ name, kind: /^[\p{Lu}\d-]+$/u.test(name) ? 'acronym' : 'spelling' });
  }
  const actor: Actor = { ...target, ...(aliases.length ? { aliases } : {}) };
  const taken = new Set<string>();
  const supportId = await nextClaimId(store, into);
  taken.add(supportId);
  const support = reviewed(
    { ...withoutValue(claim), id: supportId, subject: into, note: `named as ${String(proposed['name'] ?? claim.subject)}; merged on review` },
    'accepted',
    reviewer,
  );
  const changes: Change[] = [
    { kind: 'actor', record: actor },
    { kind: 'claim', record: support },
    { kind: 'claim', record: reviewed(claim, 'rejected', reviewer, { note: `merged into ${into}` }) },
  ];
  const written: Claim[] = [support];
  for (const other of await store.claims({ statuses: ['proposed'] })) {
    if (!other.value || other.id === claim.id || !JSON.stringify(other.value).includes(`"${claim.subject}"`)) continue;
    const value = replaceActor(other.value, claim.subject, into);
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
  await store.write(changes, reviewer);
  return { actor, claims: written };
}
