import type { z } from 'zod';
import type { Issue } from '../errors.js';
import { kindOfId } from '../ids.js';
import { actorSchema } from '../model/actor.js';
import type { Claim } from '../model/claim.js';
import { eventSchema } from '../model/event.js';
import { placeSchema } from '../model/place.js';
import { relationSchema } from '../model/relation.js';
import type { RecordKind } from './kinds.js';
import { RECORD_SCHEMAS } from './record-schemas.js';

const PROPERTY_SCHEMAS = {
  actor: actorSchema,
  place: placeSchema,
  relation: relationSchema,
  event: eventSchema,
} as const;

/** Where an issue was found: a file and line for the loader, nothing for a write made in memory. */
export interface IssuePlace {
  file?: string;
  line?: number;
  /** Prefixed to each field path (`value` for a claim's value checked on its own). */
  path?: string;
}

/** A schema's refusal as issues naming each field (file and line when known). */
export function toIssues(error: z.core.$ZodError, at: IssuePlace = {}): Issue[] {
  return error.issues.map((issue) => {
    const params = 'params' in issue ? (issue.params as { code?: Issue['code'] } | undefined) : undefined;
    const path = [...(at.path ? [at.path] : []), ...issue.path.map(String)].join('.') || '(record)';
    return {
      code: params?.code ?? 'invalid_input',
      ...(at.file ? { file: at.file } : {}),
      ...(at.line ? { line: at.line } : {}),
      path,
      message: issue.message,
    };
  });
}

/**
 * What a claim's `value` may assert about its subject: some of the subject's own properties, each
 * valid as the record's schema has it (M3), and never another id. The loader, the review edits and
 * every write through the server use this one rule, so what is stored can be dumped and loaded again.
 */
export function claimValueIssues(subject: string, value: Record<string, unknown>, at: IssuePlace = {}): Issue[] {
  const kind = kindOfId(subject);
  if (kind === undefined || !(kind in PROPERTY_SCHEMAS)) return [];
  const issues: Issue[] = [];
  const parsed = PROPERTY_SCHEMAS[kind as keyof typeof PROPERTY_SCHEMAS].partial().strict().safeParse(value);
  if (!parsed.success) issues.push(...toIssues(parsed.error, { ...at, path: 'value' }));
  if ('id' in value && value['id'] !== subject) {
    issues.push({
      code: 'invalid_input',
      ...(at.file ? { file: at.file } : {}),
      ...(at.line ? { line: at.line } : {}),
      path: 'value.id',
      message: 'a claim cannot assert a different id',
    });
  }
  return issues;
}

/** Every reason a record of `kind` is not valid on its own: its schema, and for a claim its value (references are checked apart). */
export function recordIssues(kind: RecordKind, record: unknown, at: IssuePlace = {}): Issue[] {
  const parsed = RECORD_SCHEMAS[kind].safeParse(record);
  if (!parsed.success) return toIssues(parsed.error, at);
  if (kind !== 'claim') return [];
  const claim = parsed.data as Pick<Claim, 'id' | 'subject' | 'value'>;
  return claim.value ? claimValueIssues(claim.subject, claim.value, at) : [];
}
