import { Ajv, type ValidateFunction } from 'ajv';
import type { Issue } from '../errors.js';
import { isClaimId, isIdOf } from '../ids.js';
import { CLAIM_STATUSES } from '../model/claim.js';
import { edtfProblem } from '../model/common.js';
import { MAX_FATALITIES } from '../model/event.js';
import { ATTRIBUTIONS, EVENT_TYPE_NAMES, PARTICIPANT_ROLES } from '../vocab/event-types.js';
import { EVENT_PLACE_PRECISIONS } from '../vocab/place-kinds.js';
import type { RecordKind } from './kinds.js';
import { recordIssues, type IssuePlace } from './record-issues.js';

// The zod schemas (record-schemas.ts) stay the rule and the only source of messages. Checking a
// million imported rows through them took a fifth of the reading thread's time, so the events and
// claims of an import are first put to these JSON Schemas, compiled by ajv into plain functions. They
// are at least as strict as zod: a record they pass, zod passes too (compiled-checks.test.ts holds
// them to it on fixtures, generated rows and every field spoilt in turn); a record they refuse, or a
// shape they do not cover (a claim with a value or a voice), is put to zod, which decides and words
// the issues exactly as before.

const nonEmpty = { type: 'string', pattern: '\\S' } as const;
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const count = { type: 'integer', minimum: 0, maximum: MAX_FATALITIES } as const;
const safeInteger = (minimum: number) => ({ type: 'integer', minimum, maximum: Number.MAX_SAFE_INTEGER }) as const;

const eventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'type', 'date', 'participants', 'description'],
  properties: {
    id: { type: 'string', format: 'event-id' },
    type: { type: 'string', enum: EVENT_TYPE_NAMES },
    date: { type: 'string', format: 'edtf' },
    place: { type: 'string', format: 'place-id' },
    placePrecision: { type: 'integer', enum: [...EVENT_PLACE_PRECISIONS] },
    participants: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['actor', 'role'],
        properties: {
          actor: { type: 'string', format: 'actor-id' },
          role: { type: 'string', enum: [...PARTICIPANT_ROLES] },
          attribution: { type: 'string', enum: [...ATTRIBUTIONS] },
        },
      },
    },
    fatalities: {
      type: 'object',
      additionalProperties: false,
      properties: { low: count, best: count, high: count },
      // low ≤ best ≤ high, each where both are given (a $data reference to an absent value passes).
      allOf: [
        { type: 'object', properties: { low: { type: 'integer', maximum: { $data: '1/high' } } } },
        { type: 'object', properties: { best: { type: 'integer', minimum: { $data: '1/low' } } } },
        { type: 'object', properties: { best: { type: 'integer', maximum: { $data: '1/high' } } } },
      ],
    },
    description: nonEmpty,
  },
} as const;

const claimSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'subject', 'stance', 'evidence', 'credibility', 'method', 'status', 'by', 'at'],
  properties: {
    id: { type: 'string', format: 'claim-id' },
    subject: nonEmpty,
    stance: { type: 'string', enum: ['supports', 'disputes'] },
    evidence: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['source', 'start', 'end', 'sha256'],
        properties: { source: { type: 'string', format: 'source-id' }, start: safeInteger(0), end: safeInteger(1), sha256 },
        allOf: [{ type: 'object', properties: { end: { type: 'integer', exclusiveMinimum: { $data: '1/start' } } } }],
      },
    },
    credibility: { type: 'integer', enum: [1, 2, 3, 4, 5, 6] },
    method: { type: 'string', pattern: '^(analyst|extractor@\\d+\\.\\d+\\.\\d+|import:[a-z]+)$' },
    status: { type: 'string', enum: [...CLAIM_STATUSES] },
    by: nonEmpty,
    at: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z)?$' },
    reviewedBy: nonEmpty,
    reviewedAt: { type: 'string' },
    note: nonEmpty,
    // `value` and `voice` are left out on purpose: a claim with either is put to zod.
  },
} as const;

// An export repeats a few thousand dates over a million rows: each is analysed once (bounded).
const dates = new Map<string, boolean>();
function validDate(text: string): boolean {
  let valid = dates.get(text);
  if (valid === undefined) {
    valid = edtfProblem(text) === undefined;
    if (dates.size < 100_000) dates.set(text, valid);
  }
  return valid;
}

// The claims of an import cite one source: its id (a SHA-256 in hex) is tested once, not once per row.
const SHA256 = /^[0-9a-f]{64}$/;
let lastSource = '';
function validSource(id: string): boolean {
  if (id === lastSource) return true;
  if (!SHA256.test(id)) return false;
  lastSource = id;
  return true;
}

function compile(): Partial<Record<RecordKind, ValidateFunction>> {
  const ajv = new Ajv({ $data: true, allErrors: false, strict: true });
  ajv.addFormat('event-id', { type: 'string', validate: (id: string) => isIdOf('event', id) });
  ajv.addFormat('place-id', { type: 'string', validate: (id: string) => isIdOf('place', id) });
  ajv.addFormat('actor-id', { type: 'string', validate: (id: string) => isIdOf('actor', id) });
  ajv.addFormat('claim-id', { type: 'string', validate: isClaimId });
  ajv.addFormat('edtf', { type: 'string', validate: validDate });
  ajv.addFormat('source-id', { type: 'string', validate: validSource });
  return { event: ajv.compile(eventSchema), claim: ajv.compile(claimSchema) };
}

let compiled: Partial<Record<RecordKind, ValidateFunction>> | undefined;

/** Whether the compiled check passes a record of `kind` (false for a kind it does not cover). */
export function passesCompiledCheck(kind: RecordKind, record: unknown): boolean {
  compiled ??= compile();
  return compiled[kind]?.(record) === true;
}

/** The same issues as `recordIssues`, found faster for the events and claims of an import. */
export function checkedRecordIssues(kind: RecordKind, record: unknown, at: IssuePlace = {}): Issue[] {
  return passesCompiledCheck(kind, record) ? [] : recordIssues(kind, record, at);
}
