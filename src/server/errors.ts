import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { type ErrorCode, isFaultlineError } from '../core/errors.js';

/** The HTTP status for each error code: the one place they are mapped. */
export const HTTP_STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  invalid_date: 400,
  invalid_interval: 400,
  unknown_reference: 422,
  duplicate_id: 409,
  claim_without_evidence: 422,
  dataset_invalid: 422,
  evidence_mismatch: 422,
  source_text_missing: 404,
  not_found: 404,
  conflict: 409,
  unsupported_file: 415,
  empty_document: 422,
  no_extractable_text: 422,
  invalid_encoding: 415,
  file_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  body_too_large: 413,
  internal: 500,
};

/**
 * Coded errors become their status with code and message. An internal error (a database failure, a
 * bug) is a bare 500 whatever its message says: that text may name the database, its address or its
 * own wording of the input, none of which a client should read. The operator finds it on stderr.
 */
export function handleError(error: Error, c: Context): Response {
  if (isFaultlineError(error) && error.code !== 'internal') {
    return c.json({ error: { code: error.code, message: error.message, issues: error.issues } }, HTTP_STATUS[error.code]);
  }
  // A client that hung up mid-request is not the server's failure: nothing to tell the operator.
  if (!c.req.raw.signal.aborted) process.stderr.write(`faultline: ${c.req.method} ${c.req.path}: ${error.message}\n`);
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
}
