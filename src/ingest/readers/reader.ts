import { FaultlineError } from '../../core/errors.js';
import type { ReadLimits } from './limits.js';

/** The formats Faultline reads reports in. */
export const DOCUMENT_FORMATS = ['txt', 'markdown', 'html', 'pdf'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** Metadata a file states about itself (HTML meta tags, PDF info, Markdown front matter). */
export interface DocumentMetadata {
  title?: string;
  authors?: string[];
  /** As the file states it; the ingest service turns it into EDTF when it can. */
  date?: string;
  /** BCP 47 language the file declares (HTML `lang`, PDF `Lang`). */
  language?: string;
  url?: string;
}

export interface ReaderInput {
  bytes: Uint8Array;
  /** File name, for messages. */
  name: string;
  /** A character encoding label that overrides detection (text formats only). */
  encoding?: string;
  /** Past these the reader refuses the file (`file_too_large`) rather than read on. */
  limits?: ReadLimits;
}

/** A document's text before normalisation (T1), and what the file says about itself. */
export interface ReadDocument {
  format: DocumentFormat;
  text: string;
  metadata: DocumentMetadata;
  /** What the reader read otherwise than the file says (a charset it could not be in), for the user. */
  warnings?: string[];
}

/**
 * One reader per format, all held to one contract (reader.contract.ts): the text without markup,
 * `empty_document` for an empty file, `no_extractable_text` when a non-empty file holds no text.
 */
export interface DocumentReader {
  format: DocumentFormat;
  extensions: readonly string[];
  /** Whether the bytes look like this format, for files whose extension says nothing. */
  sniff(bytes: Uint8Array): boolean;
  read(input: ReaderInput): Promise<ReadDocument>;
}

/** Refuses a file with no bytes, or only a byte-order mark and whitespace. */
export function assertNotEmpty(input: ReaderInput): void {
  const { bytes } = input;
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 3
      : (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
        ? 2
        : 0;
  for (let i = bom; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0) return;
  }
  throw new FaultlineError('empty_document', `${input.name}: the file is empty`);
}

/** Refuses a document whose markup or pages hold no text at all. */
export function assertHasText(text: string, input: ReaderInput, why: string): string {
  if (text.trim() === '') throw new FaultlineError('no_extractable_text', `${input.name}: no extractable text (${why})`);
  return text;
}

/** Drops empty strings and undefined values so metadata satisfies exact optional types. */
export function compactMetadata(metadata: { [K in keyof DocumentMetadata]?: DocumentMetadata[K] | undefined | '' }): DocumentMetadata {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = typeof value === 'string' ? value.trim() : value;
  }
  return out as DocumentMetadata;
}
