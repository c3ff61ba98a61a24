import { FaultlineError } from '../../core/errors.js';
import type { ReaderInput } from './reader.js';

/**
 * Decodes a text file: a byte-order mark or an explicit label decides; otherwise the bytes must be
 * UTF-8. Guessing Latin-1 silently would shift every offset an analyst later cites, so we refuse.
 */
export function decodeText(input: ReaderInput, declared?: string): string {
  const { bytes } = input;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', input);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', input);
  const label = input.encoding ?? declared;
  if (label && !/^utf-?8$/i.test(label)) return decodeWith(label, input);
  if (bytes.includes(0)) {
    throw new FaultlineError(
      'invalid_encoding',
      `${input.name}: contains NUL bytes, so it is not UTF-8 text (UTF-16 without a byte-order mark?); convert it to UTF-8 or pass --encoding`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new FaultlineError(
      'invalid_encoding',
      `${input.name}: not valid UTF-8 (perhaps Latin-1 or Windows-1252); convert it to UTF-8 or pass --encoding windows-1252`,
      { cause: error },
    );
  }
}

/**
 * The charset to decode a page with, given what its `<meta>` tag declares. A tag the parser could read
 * as ASCII cannot belong to a UTF-16 page, so, as the WHATWG encoding rules say and browsers do, a
 * declared UTF-16 is read as UTF-8 (issue 18: such a page was stored as mojibake). A byte-order mark or
 * `--encoding` still decides first, in `decodeText`.
 */
export function effectiveMetaCharset(declared: string | undefined, name: string): { label?: string; warning?: string } {
  if (declared === undefined) return {};
  let canonical: string;
  try {
    canonical = new TextDecoder(declared).encoding;
  } catch {
    return { label: declared };
  }
  if (!canonical.startsWith('utf-16')) return { label: declared };
  return { label: 'utf-8', warning: `${name}: declares charset ${declared}, which a page whose markup reads as ASCII cannot be in; read as UTF-8` };
}

function decodeWith(label: string, input: ReaderInput): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch (error) {
    throw new FaultlineError('invalid_input', `${input.name}: unknown character encoding ${JSON.stringify(label)}`, { cause: error });
  }
  try {
    return decoder.decode(input.bytes);
  } catch (error) {
    throw new FaultlineError('invalid_encoding', `${input.name}: not valid ${label} text`, { cause: error });
  }
}

/** True when the first bytes (after any byte-order mark and whitespace) start with the given ASCII text, ignoring case. */
export function startsWithAscii(bytes: Uint8Array, prefixes: readonly string[]): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^(\uFEFF|ï»¿)/, '')
    .trimStart()
    .toLowerCase();
  return prefixes.some((p) => head.startsWith(p.toLowerCase()));
}
