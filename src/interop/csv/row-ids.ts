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

// Nearly every row is a first sighting: one shared answer, not an object per row.
const FIRST: RowIdSeen = Object.freeze({ kind: 'first' });

/**
 * Remembers the ids of a file's rows by their loose form, with the line and a hash of the first row of
 * each. A million rows are a million entries held to the end of the reading: each is a number in a
 * map and a place in flat arrays, not an object, so the collector has a million fewer objects to walk
 * on every full collection.
 */
export class RowIds {
  private readonly seen = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly lines: number[] = [];
  /** A 16-hex-digit prefix of each row's hash, as two 32-bit numbers: enough to tell rows apart. */
  private readonly hashes: number[] = [];

  /** Notes a row's id, with the SHA-256 (hex) of the row's text, which its claim cites too: hashed once by the caller. */
  note(id: string, line: number, hex: string): RowIdSeen {
    const key = looseSlug(id);
    const earlier = this.seen.get(key);
    const high = Number.parseInt(hex.slice(0, 8), 16);
    const low = Number.parseInt(hex.slice(8, 16), 16);
    if (earlier === undefined) {
      this.seen.set(key, this.ids.length);
      this.ids.push(id);
      this.lines.push(line);
      this.hashes.push(high, low);
      return FIRST;
    }
    const earlierId = this.ids[earlier] as string;
    const earlierLine = this.lines[earlier] as number;
    if (earlierId !== id) return { kind: 'near', line: earlierLine, id: earlierId };
    const same = this.hashes[2 * earlier] === high && this.hashes[2 * earlier + 1] === low;
    return same ? { kind: 'repeat', line: earlierLine } : { kind: 'clash', line: earlierLine };
  }
}
