import type { RecordKind } from '../../core/dataset/kinds.js';
import type { Claim } from '../../core/model/claim.js';
import type { Place } from '../../core/model/place.js';
import type { Change } from '../../core/store-port.js';

// Referenced kinds come first: events name places and actors, relations may name events.
const ORDER: readonly RecordKind[] = ['source', 'place', 'actor', 'event', 'relation'];

/** Places with every parent before its children (cycles, which validation refuses, keep their order). */
function parentsFirst(places: readonly Change[]): Change[] {
  const byId = new Map(places.map((c) => [c.record.id, c]));
  const out: Change[] = [];
  const seen = new Set<string>();
  const visit = (change: Change) => {
    if (seen.has(change.record.id)) return;
    seen.add(change.record.id);
    const parent = (change.record as Place).parent;
    const parentChange = parent ? byId.get(parent) : undefined;
    if (parentChange) visit(parentChange);
    out.push(change);
  };
  for (const change of places) visit(change);
  return out;
}

/**
 * Splits validated changes into batches of about `size` that are each safe to commit alone: a record
 * travels with the claims about it, and records come after those they refer to. So after any number
 * of committed batches every stored fact has its supporting claim (M1) and every reference resolves,
 * and an interrupted load resumes by running it again (identical records are skipped, H2).
 */
export function consistentBatches(changes: readonly Change[], size: number): Change[][] {
  const claimsBySubject = new Map<string, Change[]>();
  const byKind = new Map<RecordKind, Change[]>();
  for (const change of changes) {
    if (change.kind === 'claim') {
      const subject = (change.record as Claim).subject;
      claimsBySubject.set(subject, [...(claimsBySubject.get(subject) ?? []), change]);
    } else {
      byKind.set(change.kind, [...(byKind.get(change.kind) ?? []), change]);
    }
  }
  const groups: Change[][] = [];
  for (const kind of ORDER) {
    const records = kind === 'place' ? parentsFirst(byKind.get(kind) ?? []) : (byKind.get(kind) ?? []);
    for (const change of records) {
      groups.push([change, ...(claimsBySubject.get(change.record.id) ?? [])]);
      claimsBySubject.delete(change.record.id);
    }
  }
  // Claims about records stored earlier, and proposals for records that do not exist yet (M6).
  for (const claims of claimsBySubject.values()) groups.push(claims);
  const batches: Change[][] = [];
  let current: Change[] = [];
  for (const group of groups) {
    if (current.length > 0 && current.length + group.length > size) {
      batches.push(current);
      current = [];
    }
    current.push(...group);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
