import { FaultlineError, NotFoundError } from '../../core/errors.js';
import { FACT_PROPERTIES } from '../../core/fold.js';
import { kindOfId } from '../../core/ids.js';
import type { Claim } from '../../core/model/claim.js';
import { toIssues } from '../../core/dataset/record-issues.js';
import { RECORD_SCHEMAS } from '../../core/dataset/record-schemas.js';
import type { Store } from '../../core/store-port.js';
import type { DayRange } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';
import type { Relation } from '../../core/model/relation.js';
import { episodeFor, episodeId, episodesOf, type EpisodeChoice } from '../../core/ties/episodes.js';
import { writtenInOf } from '../../core/triage.js';
import { sourceDates } from '../queries/load.js';
import { EVENT_TYPES, type EventType } from '../../core/vocab/event-types.js';
import { RELATION_TYPES, type RelationType } from '../../core/vocab/relation-types.js';
import { relationId } from '../ingest/build-proposals.js';

export type ReviewedKind = 'actor' | 'place' | 'relation' | 'event';

/** Who reviews and when; the clock is injectable for tests. */
export interface Reviewer {
  by: string;
  clock?: () => Date;
}

export function kindOfSubject(subject: string): ReviewedKind {
  const kind = kindOfId(subject);
  if (kind === 'actor' || kind === 'place' || kind === 'relation' || kind === 'event') return kind;
  throw new FaultlineError('invalid_input', `claims about ${subject} cannot be reviewed here`);
}

/** A claim that is still proposed, or a coded error saying why it cannot be reviewed. */
export async function proposedClaimOrThrow(store: Store, id: string): Promise<Claim> {
  const claim = await store.get('claim', id);
  if (!claim) throw new NotFoundError('claim', id);
  if (claim.status !== 'proposed') throw new FaultlineError('conflict', `claim ${id} is already ${claim.status}`);
  return claim;
}

/** The next free claim number for a subject: `subject#N`. */
export async function nextClaimId(store: Store, subject: string, taken: ReadonlySet<string> = new Set()): Promise<string> {
  const claims = await store.claims({ subjects: [subject] });
  let n = Math.max(0, ...claims.map((c) => Number(c.id.slice(c.id.lastIndexOf('#') + 1))));
  while (taken.has(`${subject}#${n + 1}`)) n++;
  return `${subject}#${n + 1}`;
}

/** Properties of `value` that say something the recorded record does not (fact properties only). */
export function differingFacts(kind: ReviewedKind, record: object, value: Record<string, unknown>): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  const recorded = record as Readonly<Record<string, unknown>>;
  for (const key of FACT_PROPERTIES[kind] as readonly string[]) {
    if (key in value && JSON.stringify(value[key]) !== JSON.stringify(recorded[key])) out[key] = value[key];
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Validates a whole record built from a proposal, naming each problem. */
export function parseRecord(kind: ReviewedKind, id: string, value: Record<string, unknown>): Record<string, unknown> & { id: string } {
  const parsed = RECORD_SCHEMAS[kind].safeParse({ id, ...value });
  if (!parsed.success) {
    throw new FaultlineError('invalid_input', `proposal for ${id} is not a valid ${kind}`, {
      issues: toIssues(parsed.error),
    });
  }
  return parsed.data as Record<string, unknown> & { id: string };
}

/** The subject a relation proposal belongs to once its ends or type change. */
export function subjectFor(kind: ReviewedKind, subject: string, value: Record<string, unknown> | undefined): string {
  if (kind !== 'relation' || !value || typeof value['type'] !== 'string' || !(value['type'] in RELATION_TYPES)) return subject;
  return relationId(value['type'] as RelationType, String(value['from']), String(value['to']));
}

/** The recorded episodes of a tie (`rel:…`, `rel:….2`, …), either way round for a symmetric type. */
async function recordedEpisodes(store: Store, type: RelationType, from: string, to: string): Promise<Relation[]> {
  const bases = [relationId(type, from, to), ...(RELATION_TYPES[type].symmetric ? [relationId(type, to, from)] : [])];
  const found: Relation[] = [];
  for (const base of bases) {
    // Episodes are numbered in a row; a gap of a few (a retired episode) does not end the search.
    for (let n = 1, misses = 0; misses < 3; n++) {
      const relation = await store.get('relation', episodeId(base, n));
      if (relation) found.push(relation);
      else if (n > 1) misses++;
    }
  }
  return episodesOf(found, type, from, to);
}

/**
 * The relation a relation proposal belongs to once reviewed: the episode of the tie its reading can
 * be true of, or a new episode when no recorded one can hold it (`core/ties/episodes.ts`).
 */
export async function relationEpisodeFor(store: Store, claim: Claim, value: Record<string, unknown>): Promise<EpisodeChoice> {
  const type = value['type'];
  const [from, to] = [value['from'], value['to']];
  if (typeof type !== 'string' || !(type in RELATION_TYPES) || typeof from !== 'string' || typeof to !== 'string') {
    return { id: subjectFor('relation', claim.subject, value) };
  }
  // The recorded tie the claim is about, whatever its id's shape, stays among the episodes while its type and ends do.
  const recorded = await store.get('relation', claim.subject);
  const same = recorded && episodesOf([recorded], type as RelationType, from, to).length === 1 ? recorded : undefined;
  const found = await recordedEpisodes(store, type as RelationType, from, to);
  const episodes = same && !found.some((e) => e.id === same.id) ? episodesOf([same, ...found], type as RelationType, from, to) : found;
  const base = same ? same.id.replace(/\.\d+$/, '') : subjectFor('relation', claim.subject, value);
  const valid = typeof value['valid'] === 'string' ? value['valid'] : undefined;
  // A date that does not parse moves nothing: the value's check names it.
  if (valid !== undefined && parseTemporal(valid) === undefined) return { id: same?.id ?? base };
  const dates = await sourceDates(store, {});
  const context = { sourceDate: (id: string) => dates.get(id) };
  const recordedIn = new Map<string, DayRange[]>();
  for (const episode of episodes) {
    const backing = (await store.claims({ subjects: [episode.id] })).filter((c) => c.status === 'accepted' && c.stance === 'supports');
    recordedIn.set(episode.id, writtenInOf(backing, context));
  }
  return episodeFor(base, episodes, valid, { writtenIn: writtenInOf([claim], context), episodeWrittenIn: (id) => recordedIn.get(id) ?? [] });
}

/** What an edited proposal's note says: what it now asserts, not what the extractor first read. */
export async function editedNote(store: Store, kind: ReviewedKind, value: Record<string, unknown>, before: string | undefined): Promise<string | undefined> {
  const name = async (refKind: 'actor' | 'place' | 'event', id: unknown) => {
    if (typeof id !== 'string') return undefined;
    const record = refKind === 'event' ? undefined : await store.get(refKind, id);
    return record?.name ?? id.slice(id.indexOf(':') + 1);
  };
  if (kind === 'relation' && typeof value['type'] === 'string' && value['type'] in RELATION_TYPES) {
    const spec = RELATION_TYPES[value['type'] as RelationType];
    const to = await name(spec.to[0] ?? 'actor', value['to']);
    return `${spec.label}: ${await name('actor', value['from'])} → ${to} (edited on review)`;
  }
  if (kind === 'event' && typeof value['type'] === 'string' && value['type'] in EVENT_TYPES) {
    const place = await name('place', value['place']);
    return `${EVENT_TYPES[value['type'] as EventType].label}${place ? ` at ${place}` : ''} (edited on review)`;
  }
  return before === undefined ? undefined : `${before} (edited on review)`;
}

/** A copy of a claim with a new status and the reviewer's name and time. */
export function reviewed(claim: Claim, status: Claim['status'], reviewer: Reviewer, extra: Partial<Claim> = {}): Claim {
  const at = (reviewer.clock ?? (() => new Date()))().toISOString();
  return { ...claim, ...extra, status, reviewedBy: reviewer.by, reviewedAt: at };
}

export function withoutValue(claim: Claim): Claim {
  const rest = { ...claim };
  delete rest.value;
  return rest;
}
