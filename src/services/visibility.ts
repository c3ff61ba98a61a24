import { canReadRestricted, hasRole, type Principal } from '../core/accounts.js';
import type { RecordKind } from '../core/dataset/kinds.js';
import { FaultlineError } from '../core/errors.js';
import type { Claim, Evidence } from '../core/model/claim.js';
import type { Day } from '../core/dates/bounds.js';
import type { Source } from '../core/model/source.js';
import { textScrubber, withheldStrings } from '../core/text/withheld-text.js';
import type { recordIssues as RecordIssues } from '../core/dataset/record-issues.js';
import type { ReadOptions, RecordOf, Store } from '../core/store-port.js';

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

async function restrictedSources(store: Store, options?: ReadOptions): Promise<Source[]> {
  const current = await store.list('source');
  const byId = new Map(current.filter((s) => s.restricted).map((s) => [s.id, s]));
  // A source restricted now stays hidden in earlier views too; one restricted then stays hidden in them.
  if (options?.recordedAt) for (const s of await store.list('source', options)) if (s.restricted && !byId.has(s.id)) byId.set(s.id, s);
  return [...byId.values()];
}

/** What a reader below RESTRICTED_READER may not see: restricted sources' ids, and a scrub of their strings from free text. */
interface Withheld {
  ids: Set<string>;
  scrub: <T>(value: T) => T;
}

async function withheldFrom(store: Store, options?: ReadOptions): Promise<Withheld> {
  const sources = await restrictedSources(store, options);
  return { ids: new Set(sources.map((s) => s.id)), scrub: textScrubber(withheldStrings(sources)) ?? ((value) => value) };
}

/**
 * The loader's rules, loaded on the first write only (a read-only command never needs them), then kept:
 * asking the module loader again on every write took a round trip to its hooks under tsx.
 */
let rules: Promise<{ recordIssues: typeof RecordIssues }> | undefined;
const recordRules = () => (rules ??= import('../core/dataset/record-issues.js'));

/**
 * The one visibility layer: a view of the store for one principal, used by every route, the profile,
 * the queries and the review queue. For roles that may not read restricted sources, those sources,
 * their text and every passage citing them disappear (claims keep a placeholder, so a fact resting
 * on them shows as such); writes need an editor and are recorded under the principal's name.
 * `principal` is asked on every call, so one view can serve concurrent requests.
 */
export function visibleStore(store: Store, principal: () => Principal): Store {
  const open = () => canReadRestricted(principal().role);
  /** Runs a read and, below RESTRICTED_READER, passes each record it returns through `redact`. */
  const shown = async <T>(records: T[], options: ReadOptions | undefined, redact: (record: T, withheld: Withheld) => T | undefined): Promise<T[]> => {
    if (open()) return records;
    const withheld = await withheldFrom(store, options);
    return records.flatMap((r) => {
      const out = redact(r, withheld);
      return out === undefined ? [] : [out];
    });
  };
  const scrubbed = <T>(record: T, w: Withheld) => w.scrub(record);
  const claimShown = (claim: Claim, w: Withheld) => w.scrub(redactClaim(claim, w.ids));
  const hidden = async (sourceId: string) => !open() && (await restrictedSources(store)).some((s) => s.id === sourceId);

  const view: Store = {
    async write(changes, meta) {
      const who = principal();
      if (!hasRole(who.role, 'editor')) throw new FaultlineError('forbidden', `${who.name} (${who.role}) may not change records; an editor may`);
      for (const { kind, record } of changes) {
        if (kind === 'claim' && (record as Claim).evidence.some(isRedactedEvidence)) {
          throw new FaultlineError('forbidden', `claim ${record.id} cites a withheld passage and cannot be written back`);
        }
      }
      // Nothing is stored through the server that the dataset loader would refuse (one definition of valid).
      const { recordIssues } = await recordRules();
      const issues = changes.flatMap(({ kind, record }) => recordIssues(kind, record, { path: `${kind} ${record.id}` }));
      if (issues.length > 0) throw new FaultlineError('invalid_input', `refused: ${issues.length} invalid field(s)`, { issues });
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
    // Actors, relations and events are shown to every role; only the free text in them that names a restricted source is not.
    relationsOf: async (ids, options) => shown(await store.relationsOf(ids, options), options, scrubbed),
    filterEvents: async (filter) => shown(await store.filterEvents(filter), filter.recordedAt ? { recordedAt: filter.recordedAt } : undefined, scrubbed),
    // Counts by place, type, period or actor hold no free text.
    aggregateEvents: (filter, by) => store.aggregateEvents(filter, by),
    aggregateEventSpans: (filter, split) => store.aggregateEventSpans(filter, split),
    // Derived data keyed by the mark (lifespans) comes from actors, relations and events, which no role hides.
    changeMark: () => store.changeMark(),
    async get<K extends RecordKind>(kind: K, id: string, options?: ReadOptions) {
      const record = await store.get(kind, id, options);
      if (!record || open()) return record;
      const [out] = await shown([record as RecordOf<RecordKind>], options, (r, w) => {
        if (kind === 'source') return w.ids.has(id) || (r as Source).restricted ? undefined : r;
        return kind === 'claim' ? claimShown(r as Claim, w) : w.scrub(r);
      });
      return out as RecordOf<K> | undefined;
    },
    async list<K extends RecordKind>(kind: K, options?: ReadOptions) {
      const records = await store.list(kind, options);
      return shown(records, options, (r, w) => {
        if (kind === 'source') return w.ids.has(r.id) ? undefined : r;
        return (kind === 'claim' ? claimShown(r as Claim, w) : w.scrub(r)) as RecordOf<K>;
      });
    },
    async history<K extends RecordKind>(kind: K, id: string) {
      const versions = await store.history(kind, id);
      if (open()) return versions;
      if (kind === 'source') return versions.some((v) => (v.record as Source).restricted) || (await hidden(id)) ? [] : versions;
      return shown(versions, undefined, (v, w) => ({
        ...v,
        record: (kind === 'claim' ? claimShown(v.record as Claim, w) : w.scrub(v.record)) as RecordOf<K>,
      }));
    },
    claims: async (options) => shown(await store.claims(options), options, claimShown),
    relationsBetween: async (from, to, options) => shown(await store.relationsBetween(from, to, options), options, scrubbed),
    // Folds kept for those below RESTRICTED_READER leave restricted sources' dates unknown, as `claims` and `list` here do.
    ...(store.foldedTies
      ? {
          foldedTies: async (from: Day, to: Day, options?: ReadOptions) => {
            const folded = await store.foldedTies?.(from, to, { ...options, withheld: !open() });
            if (!folded || open()) return folded;
            const relations = await shown(
              folded.map((f) => f.relation),
              options,
              scrubbed,
            );
            return folded.map((f, i) => ({ ...f, relation: relations[i] ?? f.relation }));
          },
        }
      : {}),
    events: async (query) => shown(await store.events(query), query, scrubbed),
    searchActors: async (query, options) => shown(await store.searchActors(query, options), options, scrubbed),
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
