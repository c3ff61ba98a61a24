import type { Claim } from '../../core/model/claim.js';
import type { Change, Store, WriteSummary } from '../../core/store-port.js';
import type { ChangeList } from './imported-events.js';

/** Progress of a long import: which phase, how far, out of how much. */
export type ProgressReport = (phase: 'read' | 'write' | 'index', done: number, total: number) => void;

/**
 * Writes changes in batches of `size`, reporting progress, inside the store's `bulk` when it has one
 * (all batches remain or none). Everything was checked before the first batch, and writing is
 * idempotent (H2), so an import interrupted on a store without `bulk` is finished by re-running it.
 */
export async function writeInBatches(
  store: Store,
  changes: ChangeList,
  by: string,
  progress?: ProgressReport,
  size = 20_000,
  prepare?: (batch: Change[]) => Promise<{ changes: Change[]; unchanged: number }>,
): Promise<WriteSummary> {
  const writeAll = async (): Promise<WriteSummary> => {
    const total: WriteSummary = { inserted: 0, updated: 0, unchanged: 0, recordedAt: '' };
    let next = changes.slice(0, size);
    for (let i = 0; i < changes.length; i += size) {
      const slice = next;
      const batch = prepare ? await prepare(slice) : { changes: slice, unchanged: 0 };
      // The next batch is prepared while this one is written (same objects: a slice makes claims anew).
      next = changes.slice(i + size, i + 2 * size);
      if (next.length > 0) store.prepareAhead?.(next, { trusted: true });
      const summary = await store.write(batch.changes, { by, trusted: true });
      total.inserted += summary.inserted;
      total.updated += summary.updated;
      total.unchanged += summary.unchanged + batch.unchanged;
      total.recordedAt ||= summary.recordedAt;
      progress?.('write', Math.min(changes.length, i + size), changes.length);
    }
    // What follows the last batch: on a bulk path, building the indexes again.
    progress?.('index', 0, changes.length);
    return total;
  };
  const total = await store.bulk(changes.length, writeAll);
  progress?.('index', changes.length, changes.length);
  return total;
}

const sameCitation = (a: Claim, b: Claim) =>
  a.subject === b.subject &&
  a.status === b.status &&
  a.stance === b.stance &&
  a.method === b.method &&
  a.credibility === b.credibility &&
  a.note === b.note &&
  a.value === undefined &&
  b.value === undefined &&
  a.evidence.length === b.evidence.length &&
  a.evidence.every((e, i) => e.sha256 === b.evidence[i]?.sha256);

/**
 * Leaves out the claims that an earlier import already holds, accepted, for rows with the same hashes
 * (and the same note and credibility): an export read again — the same file on another day, or a
 * later one in which these rows did not change — then writes nothing for them, and their claims keep
 * citing the file they were first read from. Returns how many were left out.
 */
export async function withoutRestatedClaims(store: Store, changes: Change[]): Promise<{ changes: Change[]; unchanged: number }> {
  const claimOf = (change: Change) => (change.kind === 'claim' ? (change.record as Claim) : undefined);
  const claims = changes.flatMap((c) => claimOf(c) ?? []);
  if (claims.length === 0) return { changes, unchanged: 0 };
  // By id (the primary key), not by subject: during a bulk write the subject index is dropped, and
  // looking claims up by subject scanned every version written so far, batch after batch.
  const held = new Map((await store.claims({ ids: claims.map((c) => c.id) })).map((c) => [c.id, c]));
  const restated = (change: Change) => {
    const claim = claimOf(change);
    const earlier = claim && held.get(claim.id);
    return claim !== undefined && earlier !== undefined && earlier.status === 'accepted' && sameCitation(earlier, claim);
  };
  const kept = changes.filter((c) => !restated(c));
  return { changes: kept, unchanged: changes.length - kept.length };
}
