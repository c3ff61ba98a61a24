import { existsSync, readFileSync } from 'node:fs';
import { FaultlineError } from '../../core/errors.js';
import { normaliseText } from '../../core/text/normalise.js';
import { decodeText } from '../../ingest/readers/decode.js';

/** How an export's bytes become text: UTF-8 unless a label says otherwise; `published` is the encoding its publisher uses, tried when the bytes are not UTF-8. */
export interface ImportEncoding {
  encoding?: string;
  published?: string;
}

/**
 * An export file's text in normal form (T1). The writing thread reads it to register and store the
 * file, and a reading worker reads it again for itself (see pending-source.ts): both must get the
 * same text, so both read it here.
 */
export function exportText(file: string, decoding: ImportEncoding = {}): string {
  if (!existsSync(file)) throw new FaultlineError('not_found', `file not found: ${file}`);
  return normaliseText(decodeImport(readFileSync(file), file, decoding));
}

function decodeImport(bytes: Uint8Array, file: string, { encoding, published }: ImportEncoding): string {
  if (encoding || !published) return decodeText({ bytes, name: file, ...(encoding ? { encoding } : {}) });
  try {
    return decodeText({ bytes, name: file });
  } catch (error) {
    if (!(error instanceof FaultlineError) || error.code !== 'invalid_encoding') throw error;
    return decodeText({ bytes, name: file, encoding: published });
  }
}
