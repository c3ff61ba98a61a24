/** Stable error codes: tests, HTTP statuses and CLI exit codes key on these, never on message text. */
export const ERROR_CODES = [
  'invalid_input',
  'invalid_date',
  'invalid_interval',
  'unknown_reference',
  'duplicate_id',
  'claim_without_evidence',
  'evidence_mismatch',
  'source_text_missing',
  'not_found',
  'conflict',
  'dataset_invalid',
  'unsupported_file',
  'empty_document',
  'no_extractable_text',
  'invalid_encoding',
  'file_too_large',
  'unauthenticated',
  'forbidden',
  'rate_limited',
  'body_too_large',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem found in input, located as precisely as the input allows (file, line, field). */
export interface Issue {
  code: ErrorCode;
  message: string;
  path?: string;
  file?: string;
  line?: number;
}

/** The one error class of Faultline: a stable code, a terse message, and the issues behind it. */
export class FaultlineError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];

  constructor(code: ErrorCode, message: string, options: { issues?: readonly Issue[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FaultlineError';
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

export class NotFoundError extends FaultlineError {
  constructor(what: string, id: string) {
    super('not_found', `${what} not found: ${id}`);
    this.name = 'NotFoundError';
  }
}

/** Renders an issue as `file:line: field: message`, the form every command prints. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.line].filter((x) => x !== undefined).join(':');
  const field = issue.path ? `${issue.path}: ` : '';
  return `${where ? where + ': ' : ''}${field}${issue.message} [${issue.code}]`;
}

export function isFaultlineError(error: unknown): error is FaultlineError {
  return error instanceof FaultlineError;
}
