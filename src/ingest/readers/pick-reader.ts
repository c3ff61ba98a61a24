import { extname } from 'node:path';
import { FaultlineError } from '../../core/errors.js';
import { htmlReader } from './html-reader.js';
import { markdownReader } from './markdown-reader.js';
import { pdfReader } from './pdf-reader.js';
import { DOCUMENT_FORMATS, type DocumentReader } from './reader.js';
import { txtReader } from './txt-reader.js';

/** Every reader, in the order their sniffers are tried (plain text last: it accepts anything). */
export const READERS: readonly DocumentReader[] = [pdfReader, htmlReader, markdownReader, txtReader];

/** The reader for a file: the format asked for, else its extension, else what its first bytes look like. */
export function pickReader(name: string, bytes: Uint8Array, format?: string): DocumentReader {
  if (format !== undefined) {
    const reader = READERS.find((r) => r.format === format);
    if (!reader) throw new FaultlineError('invalid_input', `unknown format ${JSON.stringify(format)}; expected one of ${DOCUMENT_FORMATS.join(', ')}`);
    return reader;
  }
  const ext = extname(name).toLowerCase();
  const byExtension = READERS.find((r) => r.extensions.includes(ext));
  if (byExtension) {
    // A PDF saved as .txt would otherwise be read as garbage.
    if (byExtension.format !== 'pdf' && pdfReader.sniff(bytes)) return pdfReader;
    return byExtension;
  }
  if (['.doc', '.docx', '.odt', '.rtf', '.epub', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.zip'].includes(ext)) {
    throw new FaultlineError('unsupported_file', `${name}: ${ext} files are not supported; convert to PDF, HTML, Markdown or plain text`);
  }
  return READERS.find((r) => r.sniff(bytes)) ?? txtReader;
}
