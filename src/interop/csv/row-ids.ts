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
 * each. A million rows are a million entries held to the end of the reading: each is a place in flat
 * arrays and in an open-addressed table of 32-bit numbers (the row's place and its loose form's hash),
 * not an object nor a string key: a Map of a million loose ids cost the reading thread about a second
 * per million rows to fill, twice what the table costs, and held a million more strings.
 */
export class RowIds {
  /** 1 + the place in `ids` of the first row whose loose form hashes to the slot (0: empty slot). */
  private slots = new Int32Array(1 << 12);
  /** The loose form's hash beside each slot, so that only an equal hash reads the earlier id again. */
  private slotHashes = new Int32Array(1 << 12);
  private readonly ids: string[] = [];
  private readonly lines: number[] = [];
  /** A 16-hex-digit prefix of each row's hash, as two 32-bit numbers: enough to tell rows apart. */
  private readonly hashes: number[] = [];

  /** Notes a row's id, with the SHA-256 (hex) of the row's text, which its claim cites too: hashed once by the caller. */
  note(id: string, line: number, hex: string): RowIdSeen {
    const key = looseSlug(id);
    const hash = fnv1a(key);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    let earlier = -1;
    for (let at = this.slots[slot] as number; at !== 0; slot = (slot + 1) & mask, at = this.slots[slot] as number) {
      if (this.slotHashes[slot] === hash && looseSlug(this.ids[at - 1] as string) === key) {
        earlier = at - 1;
        break;
      }
    }
    const high = Number.parseInt(hex.slice(0, 8), 16);
    const low = Number.parseInt(hex.slice(8, 16), 16);
    if (earlier < 0) {
      this.ids.push(id);
      this.lines.push(line);
      this.hashes.push(high, low);
      this.slots[slot] = this.ids.length;
      this.slotHashes[slot] = hash;
      // At most half full, so that a probe ends soon.
      if (2 * this.ids.length > this.slots.length) this.grow();
      return FIRST;
    }
    const earlierId = this.ids[earlier] as string;
    const earlierLine = this.lines[earlier] as number;
    if (earlierId !== id) return { kind: 'near', line: earlierLine, id: earlierId };
    const same = this.hashes[2 * earlier] === high && this.hashes[2 * earlier + 1] === low;
    return same ? { kind: 'repeat', line: earlierLine } : { kind: 'clash', line: earlierLine };
  }

  private grow(): void {
    const { slots, slotHashes } = this;
    this.slots = new Int32Array(2 * slots.length);
    this.slotHashes = new Int32Array(2 * slots.length);
    const mask = this.slots.length - 1;
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === 0) continue;
      const hash = slotHashes[i] as number;
      let slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = slots[i] as number;
      this.slotHashes[slot] = hash;
    }
  }
}

/** FNV-1a over a string's UTF-16 units, as a signed 32-bit number. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}
