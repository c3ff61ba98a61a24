import type { Claim } from '../../core/model/claim.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { Day } from '../../core/dates/bounds.js';
import type { Store } from '../../core/store-port.js';

/** What an export covers: the id prefixes of its events (ACLED's country codes) and the days of its rows. */
export interface ExportScope {
  prefixes: string[];
  from: Day;
  to: Day;
}

/** What withdrawing the events an export no longer lists did. */
export interface Withdrawal {
  scope: ExportScope;
  /** Events of the scope that the export no longer lists. */
  events: number;
  /** Their claims from earlier imports of the same dataset, now rejected. */
  claims: number;
  /** Events retired for want of any other accepted supporting claim. */
  retired: number;
  /** Events that still stand on another source's claim. */
  kept: string[];
}

/**
 * Withdraws what a dataset no longer says: every event of the scope (an id prefix named by the export,
 * every day of it inside the export's days) that earlier imports brought in and this export does not
 * list. The claims citing the earlier exports are rejected with a note saying why (they stay in
 * history, M6); an event left with no accepted supporting claim is retired, so it no longer stands
 * but stays readable as recorded before. An event another source supports keeps standing on it.
 */
export async function withdrawMissing(
  store: Store,
  input: { scope: ExportScope; seen: ReadonlySet<string>; idPrefix: string; method: string; by: string; at: string; file: string },
): Promise<Withdrawal> {
  const { scope, seen, idPrefix } = input;
  const inScope = (id: string) => scope.prefixes.some((p) => id.startsWith(idPrefix + p) && /^\d/.test(id.slice(idPrefix.length + p.length)));
  const missing = (await store.events({ from: scope.from, to: scope.to })).filter((event) => {
    if (seen.has(event.id) || !inScope(event.id)) return false;
    const t = parseTemporal(event.date);
    return t !== undefined && t.start.earliest >= scope.from && t.end.latest <= scope.to;
  });
  const ids = missing.map((e) => e.id);
  const claims = ids.length === 0 ? [] : await store.claims({ subjects: ids });
  const note = `withdrawn on importing ${input.file}: the dataset no longer lists this event in an export covering ${scope.prefixes.map((p) => p.toUpperCase()).join(', ')} from ${scope.from} to ${scope.to}`;
  const rejected: Claim[] = claims
    .filter((c) => c.method === input.method && c.status === 'accepted')
    .map((c) => ({ ...c, status: 'rejected', reviewedBy: input.by, reviewedAt: input.at, note: c.note ? `${c.note}; ${note}` : note }));
  const rejectedIds = new Set(rejected.map((c) => c.id));
  const standing = new Set(claims.filter((c) => c.status === 'accepted' && c.stance === 'supports' && !rejectedIds.has(c.id)).map((c) => c.subject));
  if (rejected.length > 0)
    await store.write(
      rejected.map((record) => ({ kind: 'claim', record })),
      { by: input.by },
    );
  const toRetire = ids.filter((id) => !standing.has(id));
  const { retired } = toRetire.length === 0 ? { retired: 0 } : await store.retire('event', toRetire, { by: input.by });
  return { scope, events: ids.length, claims: rejected.length, retired, kept: ids.filter((id) => standing.has(id)) };
}
