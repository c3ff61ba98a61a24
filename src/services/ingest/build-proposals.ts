/**
 * Turns an extraction into proposed claims. A proposal for a record the store lacks carries the
 * whole record as its `value` (the record is written only when a reviewer accepts it); a proposal
 * about an existing record asserts only the properties it adds or contradicts. Claims whose
 * evidence is already cited by an extractor claim on the same subject are not proposed again.
 */
import type { DayRange } from '../../core/dates/bounds.js';
import { analyseTemporal } from '../../core/dates/edtf.js';
import { episodeFor, episodesOf } from '../../core/ties/episodes.js';
import { writtenInOf } from '../../core/triage.js';
import { sourceDayRange } from '../../core/ties/tie-fold.js';
import type { Actor } from '../../core/model/actor.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { ConflictEvent } from '../../core/model/event.js';
import type { Place } from '../../core/model/place.js';
import type { Relation } from '../../core/model/relation.js';
import type { Source } from '../../core/model/source.js';
import { CodePointIndex, sha256Hex } from '../../core/text/normalise.js';
import { UNJUDGED_CREDIBILITY } from '../../core/vocab/admiralty.js';
import { EVENT_TYPES } from '../../core/vocab/event-types.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import type { Extraction } from '../../ingest/extract.js';
import type { ExtractedEvent } from '../../ingest/facts/extract-events.js';
import type { ExtractedRelation } from '../../ingest/facts/extract-relations.js';
import type { ProposedActor } from '../../ingest/mentions/new-actors.js';
import { EXTRACTOR_METHOD } from '../../ingest/version.js';
import { placeNote, placeValue, proposedPlaces } from './proposed-places.js';

/** What the store already holds, as far as proposals need to know. */
export interface ExistingRecords {
  actors: ReadonlyMap<string, Actor>;
  places: ReadonlyMap<string, Place>;
  relations: readonly Relation[];
  events: readonly ConflictEvent[];
  /** Every claim (any status) about the subjects proposals may touch. */
  claims: readonly Claim[];
  /** The days each recorded source's date covers (R1's "by then" readings); undated sources give nothing. */
  sourceDate?: (sourceId: string) => DayRange | undefined;
}

export interface ProposalSummary {
  claim: string;
  subject: string;
  kind: 'actor' | 'place' | 'relation' | 'event';
  /** True when the subject is a new record rather than one the store already holds. */
  creates: boolean;
}

export interface Proposals {
  claims: Claim[];
  summary: ProposalSummary[];
  /** Proposals left out because the same passage already backs a claim on the same subject. */
  repeated: number;
}

const slug = (id: string) => id.slice(id.indexOf(':') + 1);
const dashed = (type: string) => type.replace(/_/g, '-');

/** Relation ids join both ends and the type: `rel:ansar-dine.member-of.jnim`. */
export function relationId(type: string, from: string, to: string): string {
  return `rel:${slug(from)}.${dashed(type)}.${slug(to)}`;
}

/** Event ids start with the date: `event:2016-07-19-armed-clash-nampala`. */
export function eventId(event: Pick<ConflictEvent, 'type' | 'date' | 'place' | 'participants'>): string {
  const first = event.date.split('/')[0]?.replace(/[~?%]/g, '') ?? '';
  const datePart = first === '' || first === '..' ? 'undated' : first.replace(/X/g, '0');
  const where = event.place ? slug(event.place) : event.participants[0] ? slug(event.participants[0].actor) : 'unplaced';
  return `event:${datePart}-${dashed(event.type)}-${where}`;
}

function overlaps(a: string, b: string): boolean {
  const x = analyseTemporal(a);
  const y = analyseTemporal(b);
  if (typeof x === 'string' || typeof y === 'string') return false;
  return x.start.earliest <= y.end.latest && y.start.earliest <= x.end.latest;
}

export interface BuildInput {
  extraction: Extraction;
  text: string;
  source: Source;
  /** The date that bounds undated facts: the document's date, when known. */
  documentDate?: string;
  existing: ExistingRecords;
  by: string;
  at: string;
}

/** Builds the proposed claims for one document. */
export function buildProposals(input: BuildInput): Proposals {
  const { extraction, text, source, existing } = input;
  const index = new CodePointIndex(text);
  const claims: Claim[] = [];
  const summary: ProposalSummary[] = [];
  let repeated = 0;
  const numbers = new Map<string, number>();
  const cited = new Set<string>();
  for (const c of existing.claims) {
    const n = Number(c.id.slice(c.id.lastIndexOf('#') + 1));
    numbers.set(c.subject, Math.max(numbers.get(c.subject) ?? 0, n));
    if (c.method.startsWith('extractor@')) for (const e of c.evidence) cited.add(`${c.subject}|${e.source}|${e.start}|${e.end}`);
  }
  const evidenceOf = (sentence: number): Evidence => {
    const s = extraction.sentences[sentence];
    const start = index.toCodePoint(s?.start ?? 0);
    const end = index.toCodePoint(s?.end ?? 0);
    return { source: source.id, start, end, sha256: sha256Hex(index.slice(start, end)) };
  };
  const sentenceOf = (offset: number) => extraction.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const propose = (
    kind: ProposalSummary['kind'],
    subject: string,
    creates: boolean,
    value: Record<string, unknown> | undefined,
    sentence: number,
    note: string,
  ) => {
    const evidence = evidenceOf(sentence);
    const key = `${subject}|${evidence.source}|${evidence.start}|${evidence.end}`;
    if (cited.has(key)) {
      repeated++;
      return;
    }
    cited.add(key);
    const n = (numbers.get(subject) ?? 0) + 1;
    numbers.set(subject, n);
    const claim: Claim = {
      id: `${subject}#${n}`,
      subject,
      stance: 'supports',
      ...(value && Object.keys(value).length > 0 ? { value } : {}),
      evidence: [evidence],
      credibility: UNJUDGED_CREDIBILITY,
      method: EXTRACTOR_METHOD,
      status: 'proposed',
      by: input.by,
      at: input.at,
      note,
    };
    claims.push(claim);
    summary.push({ claim: claim.id, subject, kind, creates });
  };
  const fallback = input.documentDate ? `/${input.documentDate}` : '/..';

  for (const p of extraction.proposedActors) {
    if (existing.actors.has(p.id)) continue;
    const sentence = sentenceOf(p.start);
    if (sentence < 0) continue;
    propose(
      'actor',
      p.id,
      true,
      actorValue(p),
      sentence,
      `new ${p.kind.replace(/_/g, ' ')} named in the text (${p.cue === 'acronym' ? 'acronym definition' : p.cue === 'person' ? `introduced as ${p.title ?? 'a person'}` : 'organisational name'})`,
    );
  }
  // A place read from the text alone, that a relation or an event points at, is reviewed before the fact that needs it.
  const pointedAt = new Set([...extraction.relations.flatMap((r) => [r.from.id, r.to.id]), ...extraction.events.flatMap((e) => (e.place ? [e.place.id] : []))]);
  for (const p of proposedPlaces(extraction, existing.places, pointedAt)) {
    const sentence = sentenceOf(p.start);
    if (sentence >= 0) propose('place', p.id, true, placeValue(p), sentence, placeNote(p));
  }
  const writtenIn = [sourceDayRange(source.date)].filter((d): d is DayRange => d !== undefined);
  const episodeWrittenIn = writtenInBySubject(existing);
  for (const r of extraction.relations) {
    const record = relationRecord(r, input.documentDate, fallback);
    // A date the sentence states picks the episode of the tie it is true of; without one, the reading backs the latest.
    const choice = episodeFor(record.id, episodesOf(existing.relations, r.type, record.from, record.to), r.valid, {
      writtenIn,
      episodeWrittenIn,
    });
    const found = choice.episode;
    if (found)
      propose(
        'relation',
        found.id,
        false,
        // A date inside the episode's time reports the tie while it held; it does not restate its bounds.
        r.valid && r.valid !== found.valid && choice.reading !== 'inside' ? { valid: r.valid } : undefined,
        r.sentence,
        `${RELATION_TYPES[r.type].label}: ${r.from.name} → ${r.to.name}`,
      );
    else propose('relation', choice.id, true, withoutId(record), r.sentence, `${RELATION_TYPES[r.type].label}: ${r.from.name} → ${r.to.name}`);
  }
  for (const e of extraction.events) {
    const record = eventRecord(e, fallback);
    const found = existing.events.find((x) => sameEvent(x, record));
    const label = EVENT_TYPES[e.type].label;
    if (found) {
      const value: Record<string, unknown> = {};
      if (e.date && e.date !== found.date) value['date'] = e.date;
      if (e.fatalities && JSON.stringify(e.fatalities) !== JSON.stringify(found.fatalities ?? null)) value['fatalities'] = e.fatalities;
      propose('event', found.id, false, value, e.sentence, `${label} matching a recorded event`);
    } else {
      propose('event', record.id, true, withoutId(record), e.sentence, `${label}${e.place ? ` at ${e.place.name}` : ''}`);
    }
  }
  return { claims, summary, repeated };
}

/** The days the sources of each relation's accepted supporting claims were written in, by relation id (R1). */
function writtenInBySubject(existing: ExistingRecords): (subject: string) => DayRange[] {
  const bySubject = new Map<string, Claim[]>();
  for (const claim of existing.claims) {
    if (claim.status !== 'accepted' || claim.stance !== 'supports' || !claim.subject.startsWith('rel:')) continue;
    bySubject.set(claim.subject, [...(bySubject.get(claim.subject) ?? []), claim]);
  }
  const context = existing.sourceDate ? { sourceDate: existing.sourceDate } : {};
  return (subject) => writtenInOf(bySubject.get(subject) ?? [], context);
}

function withoutId<T extends { id: string }>(record: T): Omit<T, 'id'> {
  const rest: Partial<T> = { ...record };
  delete rest.id;
  return rest as Omit<T, 'id'>;
}

function actorValue(p: ProposedActor): Record<string, unknown> {
  return {
    kind: p.kind,
    name: p.name,
    ...(p.acronym ? { aliases: [{ name: p.acronym, kind: 'acronym' }] } : {}),
    // The claim's evidence says where the name was read; the source's title stays out of the text, which
    // would carry it past the redaction of a restricted source's evidence (docs/security.md).
    description: `${p.kind === 'person' ? `Person${p.title ? ` (${p.title})` : ''}` : 'Organisation'} named in an ingested document; proposed by the extractor, to be described by a reviewer.`,
  };
}

function relationRecord(r: ExtractedRelation, documentDate: string | undefined, fallback: string): Relation {
  const spec = RELATION_TYPES[r.type];
  // Without a date in the sentence, a standing tie is known to hold when the document was written.
  const valid = r.valid ?? (spec.instant ? fallback : (documentDate ?? fallback));
  return { id: relationId(r.type, r.from.id, r.to.id), type: r.type, from: r.from.id, to: r.to.id, valid };
}

function eventRecord(e: ExtractedEvent, fallback: string): ConflictEvent {
  const participants = e.participants.map((p) => ({ actor: p.actor.id, role: p.role, ...(p.attribution ? { attribution: p.attribution } : {}) }));
  const names = e.participants.map((p) => p.actor.name);
  const partial = { type: e.type, date: e.date ?? fallback, ...(e.place ? { place: e.place.id } : {}), participants };
  return {
    id: eventId(partial),
    ...partial,
    ...(e.place && e.placePrecision ? { placePrecision: e.placePrecision } : {}),
    ...(e.fatalities ? { fatalities: e.fatalities } : {}),
    description: `${EVENT_TYPES[e.type].label}${e.place ? ` at ${e.place.name}` : ''}${names.length ? ` involving ${names.join(', ')}` : ''} (proposed by the extractor).`,
  } as ConflictEvent;
}

function sameEvent(recorded: ConflictEvent, proposed: ConflictEvent): boolean {
  if (recorded.id === proposed.id) return true;
  if (EVENT_TYPES[recorded.type].group !== EVENT_TYPES[proposed.type].group) return false;
  if ((recorded.place ?? '') !== (proposed.place ?? '') || !proposed.place) return false;
  if (proposed.date.startsWith('/') || !overlaps(recorded.date, proposed.date)) return false;
  const ids = new Set(recorded.participants.map((p) => p.actor));
  return proposed.participants.length === 0 || proposed.participants.some((p) => ids.has(p.actor));
}
