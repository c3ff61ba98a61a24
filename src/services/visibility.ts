import { canReadRestricted, hasRole, type Principal } from '../core/accounts.js';
import type { RecordKind } from '../core/dataset/kinds.js';
import { FaultlineError } from '../core/errors.js';
import type { Claim, Evidence } from '../core/model/claim.js';
import type { Source } from '../core/model/source.js';
import type { ReadOptions, RecordOf, Store, StoredVersion } from '../core/store-port.js';

/** The source id that stands in for a restricted source in evidence shown to those who may not see it. */
export const RESTRICTED_SOURCE = 'restricted';

const REDACTED_EVIDENCE: Evidence = { source: RESTRICTED_SOURCE, start: 0, end: 0, sha256: '' };

/** True when an evidence passage was withheld because its source is restricted. */
export const isRedactedEvidence = (evidence: Evidence): boolean => evidence.source === RESTRICTED_SOURCE;

/**
 * A claim as someone who may not read `restricted` sources sees it: each passage of a restricted source
 * becomes a placeholder, and the analyst's note (a restatement of the passage) is dropped.
 */
export function redactClaim(claim: Claim, restricted: ReadonlySet<string>): Claim {
  if (!claim.evidence.some((e) => restricted.has(e.source))) return claim;
  const rest = { ...claim };
  delete rest.note;
  return { ...rest, evidence: claim.evidence.map((e) => (restricted.has(e.source) ? REDACTED_EVIDENCE : e)) };
}

/** True when every passage a claim cites is withheld. */
export const restsOnlyOnRestricted = (claim: Claim): boolean => claim.evidence.length > 0 && claim.evidence.every(isRedactedEvidence);

async function restrictedSources(store: Store, options?: ReadOptions): Promise<Set<string>> {
  const current = await store.list('source');
  const ids = new Set(current.filter((s) => s.restricted).map((s) => s.id));
  // A source restricted now stays hidden in earlier views too; one restricted then stays hidden in them.
  if (options?.recordedAt) for (const s of await store.list('source', options)) if (s.restricted) ids.add(s.id);
  return ids;
}

/**
 * The one visibility layer: a view of the store for one principal, used by every route, the profile,
 * the queries and the review queue. For roles that may not read restricted sources, those sources,
 * their text and every passage citing them disappear (claims keep a placeholder, so a fact resting
 * on them shows as such); writes need an editor and are recorded under the principal's name.
 * `principal` is asked on every call, so one view can serve concurrent requests.
 */
export function visibleStore(store: Store, principal: () => Principal): Store {
  const open = () => canReadRestricted(principal().role);
  const redactAll = async (claims: Claim[], options?: ReadOptions) => {
    if (open()) return claims;
    const restricted = await restrictedSources(store, options);
    return claims.map((c) => redactClaim(c, restricted));
  };
  const hidden = async (sourceId: string) => !open() && (await restrictedSources(store)).has(sourceId);

  const view: Store = {
    async write(changes, meta) {
      const who = principal();
      if (!hasRole(who.role, 'editor')) throw new FaultlineError('forbidden', `${who.name} (${who.role}) may not change records; an editor may`);
      for (const { kind, record } of changes) {
        if (kind === 'claim' && (record as Claim).evidence.some(isRedactedEvidence)) {
          throw new FaultlineError('forbidden', `claim ${record.id} cites a withheld passage and cannot be written back`);
        }
      }
      // Local single-user mode keeps the name the caller gives; an authenticated user is recorded as themselves.
      return store.write(changes, { ...meta, by: who.via === 'local' ? meta.by : who.name });
    },
    // A series of writes goes through the view's own write, which checks each one.
    bulk: (expected, run) => store.bulk(expected, run),
    async retire(kind, ids, meta) {
      const who = principal();
      if (!hasRole(who.role, 'editor')) throw new FaultlineError('forbidden', `${who.name} (${who.role}) may not retire records; an editor may`);
      return store.retire(kind, ids, { ...meta, by: who.via === 'local' ? meta.by : who.name });
    },
    // The indexed queries read actors, relations and events, which no role hides.
    relationsOf: (ids, options) => store.relationsOf(ids, options),
    filterEvents: (filter) => store.filterEvents(filter),
    aggregateEvents: (filter, by) => store.aggregateEvents(filter, by),
    // Derived data keyed by the mark (lifespans) comes from actors, relations and events, which no role hides.
    changeMark: () => store.changeMark(),
    async get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions) {
      const record = await store.get(kind, id, options);
      if (!record || open()) return record;
      if (kind === 'source') return (await restrictedSources(store, options)).has(id) || (record as Source).restricted ? undefined : record;
      if (kind === 'claim') return redactClaim(record as Claim, await restrictedSources(store, options)) as RecordOf<K>;
      return record;
    },
    async list<K extends RecordKind>(kind: K, options?: ReadOptions) {
      const records = await store.list(kind, options);
      if (open()) return records;
      if (kind === 'source') {
        const restricted = await restrictedSources(store, options);
        return records.filter((s) => !restricted.has(s.id));
      }
      if (kind === 'claim') return (await redactAll(records as Claim[], options)) as RecordOf<K>[];
      return records;
    },
    async history<K extends RecordKind>(kind: K, id: string) {
      const versions = await store.history(kind, id);
      if (open()) return versions;
      if (kind === 'source') return versions.some((v) => (v.record as Source).restricted) || (await hidden(id)) ? [] : versions;
      if (kind === 'claim') {
        const restricted = await restrictedSources(store);
        return versions.map((v) => ({ ...v, record: redactClaim(v.record as Claim, restricted) }) as StoredVersion<RecordOf<K>>);
      }
      return versions;
    },
    claims: async (options) => redactAll(await store.claims(options), options),
    relationsBetween: (from, to, options) => store.relationsBetween(from, to, options),
    events: (query) => store.events(query),
    searchActors: (query, options) => store.searchActors(query, options),
    async putSourceText(id, text) {
      const who = principal();
      if (!hasRole(who.role, 'editor')) throw new FaultlineError('forbidden', `${who.name} (${who.role}) may not register source texts; an editor may`);
      await store.putSourceText(id, text);
    },
    getSourceText: async (id) => ((await hidden(id)) ? undefined : store.getSourceText(id)),
    async counts(options) {
      const counts = await store.counts(options);
      if (open()) return counts;
      return { ...counts, source: (await view.list('source', options)).length };
    },
    close: () => store.close(),
  };
  return view;
}
