import { sha256Hex } from '../../core/text/normalise.js';
import { looseSlug } from '../imported-ids.js';

/** What a row's id says about the rows before it. */
export type RowIdSeen =
  | { kind: 'first' }
  /** The same id on a row with the same text: read once. */
  | { kind: 'repeat'; line: number }
  /** The same id on a row with other values. */
  | { kind: 'clash'; line: number }
  /** Another id that differs only in case or punctuation (`MLI9001`, `mli-9001`): a typo, or a file made to overwrite. */
  | { kind: 'near'; line: number; id: string };

/** Remembers the ids of a file's rows by their loose form, with the line and a hash of the first row of each. */
export class RowIds {
  private readonly seen = new Map<string, { id: string; line: number; hash: string }>();

  note(id: string, line: number, text: string): RowIdSeen {
    const key = looseSlug(id);
    const earlier = this.seen.get(key);
    // A 16-hex-digit prefix of the row's hash: enough to tell rows apart, small for a million ids.
    const hash = sha256Hex(text).slice(0, 16);
    if (!earlier) {
      this.seen.set(key, { id, line, hash });
      return { kind: 'first' };
    }
    if (earlier.id !== id) return { kind: 'near', line: earlier.line, id: earlier.id };
    return earlier.hash === hash ? { kind: 'repeat', line: earlier.line } : { kind: 'clash', line: earlier.line };
  }
}
