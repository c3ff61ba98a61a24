import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { normaliseText } from '../../core/text/normalise.js';
import { overLimit } from '../../ingest/readers/limits.js';
import { pickReader } from '../../ingest/readers/pick-reader.js';
import type { DocumentFormat, DocumentMetadata } from '../../ingest/readers/reader.js';
import { ingestLimits, type IngestLimits } from './ingest-limits.js';

export interface ReadOptions extends Partial<IngestLimits> {
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
  /** What was read otherwise than the file says, for the user (a charset it cannot be in). */
  warnings: string[];
}

/**
 * Reads a document through the reader for its format within the ingest limits: a file over the size
 * limit is refused before it is read, one whose text, nesting or pages pass theirs while it is read.
 */
export async function readDocument(file: string, options: ReadOptions = {}): Promise<DocumentText> {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat?.isFile()) throw new FaultlineError('not_found', `file not found: ${file}`);
  const limits = ingestLimits(options);
  if (stat.size > limits.maxBytes) throw overLimit(file, 'maxBytes', limits.maxBytes, `${stat.size} bytes`);
  const bytes = new Uint8Array(readFileSync(file));
  const reader = pickReader(basename(file), bytes, options.format);
  const doc = await reader.read({
    bytes,
    name: file,
    limits: { maxChars: limits.maxChars, maxDepth: limits.maxDepth, maxPages: limits.maxPages },
    ...(options.encoding ? { encoding: options.encoding } : {}),
  });
  // Plain text and Markdown are counted here; the HTML and PDF readers stop earlier on their own.
  if (doc.text.length > limits.maxChars) throw overLimit(file, 'maxChars', limits.maxChars, `${doc.text.length} characters of text`);
  const text = normaliseText(doc.text);
  if (text.trim() === '') throw new FaultlineError('no_extractable_text', `${file}: no extractable text`);
  return { file, format: doc.format, text, metadata: doc.metadata, bytes: stat.size, warnings: doc.warnings ?? [] };
}
