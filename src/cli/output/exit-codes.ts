import type { ErrorCode } from '../../core/errors.js';

/** The CLI's exit code for each error code: the one place they are mapped. 1 means unexpected. */
export const EXIT_CODES: Record<ErrorCode, number> = {
  invalid_input: 2,
  invalid_date: 2,
  invalid_interval: 2,
  unknown_reference: 2,
  duplicate_id: 2,
  claim_without_evidence: 2,
  dataset_invalid: 3,
  evidence_mismatch: 4,
  source_text_missing: 4,
  not_found: 5,
  conflict: 6,
  unsupported_file: 7,
  empty_document: 7,
  no_extractable_text: 7,
  invalid_encoding: 7,
  file_too_large: 7,
  unauthenticated: 8,
  forbidden: 8,
  rate_limited: 8,
  body_too_large: 7,
  internal: 1,
};
