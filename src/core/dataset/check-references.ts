import type { Issue } from '../errors.js';
import { kindOfId } from '../ids.js';
import type { Claim } from '../model/claim.js';
import type { ConflictEvent } from '../model/event.js';
import type { Place } from '../model/place.js';
import type { Relation } from '../model/relation.js';
import { RELATION_TYPES, type RelationType, type TargetKind } from '../vocab/relation-types.js';
import type { RecordKind } from './kinds.js';
import { claimValueIssues } from './record-issues.js';
import type { Located } from './parse-lines.js';

export type DatasetRecords = { [K in RecordKind]: Located<{ id: string }>[] };

/** What exists outside the records being checked (e.g. already in the database). */
export interface ReferenceContext {
  known?: (kind: RecordKind, id: string) => boolean;
  /** Whether a subject already has an accepted supporting claim outside these records. */
  supported?: (subject: string) => boolean;
}

/**
 * Checks what a schema cannot see line by line: duplicate ids, references to records that do not
 * exist, relation ends of the wrong kind, claims whose subject or source is unknown, and facts
 * without an accepted supporting claim (M1).
 */
export function checkReferences(records: DatasetRecords, context: ReferenceContext = {}): Issue[] {
  const known = context.known ?? (() => false);
  const supportedElsewhere = context.supported ?? (() => false);
  const issues: Issue[] = [];
  const ids = {} as Record<RecordKind, Set<string>>;
  for (const kind of Object.keys(records) as RecordKind[]) {
    ids[kind] = new Set();
    for (const { record, file, line } of records[kind]) {
      if (ids[kind].has(record.id)) issues.push({ code: 'duplicate_id', file, line, path: 'id', message: `duplicate id ${record.id}` });
      ids[kind].add(record.id);
    }
  }
  const has = (kind: RecordKind, id: string) => ids[kind].has(id) || known(kind, id);
  const targetKind: Record<TargetKind, RecordKind> = { actor: 'actor', place: 'place', event: 'event' };
  const ref = (at: Located<unknown>, path: string, kinds: readonly RecordKind[], id: string) => {
    if (!kinds.some((kind) => has(kind, id))) {
      issues.push({ code: 'unknown_reference', file: at.file, line: at.line, path, message: `unknown ${kinds.join(' or ')} ${id}` });
    }
  };

  for (const at of records.place) {
    const place = at.record as Place;
    if (place.parent) ref(at, 'parent', ['place'], place.parent);
  }
  for (const at of records.relation) {
    const relation = at.record as Relation;
    const spec = RELATION_TYPES[relation.type as RelationType];
    ref(
      at,
      'from',
      spec.from.map((k) => targetKind[k]),
      relation.from,
    );
    ref(
      at,
      'to',
      spec.to.map((k) => targetKind[k]),
      relation.to,
    );
    if (relation.from === relation.to)
      issues.push({ code: 'invalid_input', file: at.file, line: at.line, path: 'to', message: `relation ${relation.id} ties ${relation.from} to itself` });
  }
  for (const at of records.event) {
    const event = at.record as ConflictEvent;
    if (event.place) ref(at, 'place', ['place'], event.place);
    event.participants.forEach((p, i) => ref(at, `participants.${i}.actor`, ['actor'], p.actor));
  }

  const supported = new Set<string>();
  for (const at of records.claim) {
    const claim = at.record as Claim;
    const subjectKind = kindOfId(claim.subject);
    if (!claim.id.startsWith(claim.subject + '#')) {
      issues.push({
        code: 'invalid_input',
        file: at.file,
        line: at.line,
        path: 'id',
        message: `claim id ${claim.id} does not start with its subject ${claim.subject}#`,
      });
    }
    if (subjectKind === undefined || subjectKind === 'claim' || subjectKind === 'source') {
      issues.push({
        code: 'unknown_reference',
        file: at.file,
        line: at.line,
        path: 'subject',
        message: `claims must be about an actor, place, relation or event, not ${claim.subject}`,
      });
      continue;
    }
    // A proposed or rejected claim may propose a record that does not exist yet (ingestion, M6).
    if (claim.status === 'accepted') ref(at, 'subject', [subjectKind], claim.subject);
    claim.evidence.forEach((e, i) => ref(at, `evidence.${i}.source`, ['source'], e.source));
    if (claim.voice) ref(at, 'voice.actor', ['actor'], claim.voice.actor);
    if (claim.value) issues.push(...claimValueIssues(claim.subject, claim.value, { file: at.file, line: at.line }));
    if (claim.status === 'accepted' && claim.stance === 'supports') supported.add(claim.subject);
  }

  for (const kind of ['actor', 'relation', 'event'] as const) {
    for (const at of records[kind]) {
      if (!supported.has(at.record.id) && !supportedElsewhere(at.record.id)) {
        issues.push({ code: 'claim_without_evidence', file: at.file, line: at.line, path: 'id', message: `${at.record.id} has no accepted supporting claim` });
      }
    }
  }
  return issues;
}
