import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { normaliseText } from '../../core/text/normalise.js';
import { pickReader } from '../../ingest/readers/pick-reader.js';
import type { DocumentFormat, DocumentMetadata } from '../../ingest/readers/reader.js';

/** Files larger than this are refused unless the caller raises the limit. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export interface ReadOptions {
  maxBytes?: number;
  format?: string;
  encoding?: string;
}

export interface DocumentText {
  file: string;
  format: DocumentFormat;
  /** Normalised text (T1): the text every offset and hash refers to. */
  text: string;
  metadata: DocumentMetadata;
  bytes: number;
}

/** The size limit from the option, else FAULTLINE_INGEST_MAX_BYTES, else the default. */
export function maxBytesOf(option?: number): number {
  const fromEnv = Number(process.env['FAULTLINE_INGEST_MAX_BYTES']);
  return option ?? (Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : DEFAULT_MAX_BYTES);
}

/** Reads a document through the reader for its format, refusing what is too large before reading it. */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<DocumentText> {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new FaultlineError('not_found', `file not found: ${file}`);
  const limit = maxBytesOf(options.maxBytes);
  if (stat.size > limit)
    throw new FaultlineError(
      'file_too_large',
      `${file}: ${stat.size} bytes exceeds the limit of ${limit} bytes (raise it with --max-bytes or FAULTLINE_INGEST_MAX_BYTES)`,
    );
  const bytes = new Uint8Array(readFileSync(file));
  const reader = pickReader(basename(file), bytes, options.format);
  const doc = await reader.read({ bytes, name: file, ...(options.encoding ? { encoding: options.encoding } : {}) });
  const text = normaliseText(doc.text);
  if (text.trim() === '') throw new FaultlineError('no_extractable_text', `${file}: no extractable text`);
  return { file, format: doc.format, text, metadata: doc.metadata, bytes: stat.size };
}
