import type { RecordKind } from '../../core/dataset/kinds.js';

/**
 * What a large series of writes knows without asking the server whether a record is stored: for the
 * kinds it knows (`known`), every record stored when it took the writers' lock (no one else writes
 * meanwhile) and every record it wrote since, kept as 63-bit hashes of kind and id in an
 * open-addressed table (about 16 bytes a record, where a Set of two million id strings took some
 * 200 MB). A collision only makes a new record look stored, which sends its write the way that asks
 * the server: never the other way.
 */
export class WrittenIds {
  private table = new Uint32Array(1 << 16);
  private size = 0;

  constructor(private readonly known: ReadonlySet<RecordKind>) {}

  /** Whether none of these records can be stored yet. */
  allNew(records: readonly { kind: RecordKind; id: string }[]): boolean {
    for (const { kind, id } of records) if (!this.known.has(kind) || this.find(kind, id) >= 0) return false;
    return true;
  }

  /**
   * Notes records as stored, before they are written (a failed write leaves them noted, which is
   * safe), and tells whether none of them was stored or noted before, nor appears twice.
   */
  note(records: readonly { kind: RecordKind; id: string }[]): boolean {
    let allNew = true;
    for (const { kind, id } of records) {
      if (!this.known.has(kind)) {
        allNew = false;
        continue;
      }
      const slot = this.find(kind, id);
      if (slot >= 0) {
        allNew = false;
        continue;
      }
      this.table[-2 * slot - 2] = HASH[0] as number;
      this.table[-2 * slot - 1] = HASH[1] as number;
      if (2 * ++this.size > this.table.length >>> 1) this.grow();
    }
    return allNew;
  }

  /** The slot holding the record (≥ 0), or −1 − the empty slot where it would go; leaves its hash in HASH. */
  private find(kind: string, id: string): number {
    hash(kind, id);
    const high = HASH[0] as number;
    const low = HASH[1] as number;
    const mask = (this.table.length >>> 1) - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.table[2 * slot] as number;
      if (h === 0) return -1 - slot;
      if (h === high && this.table[2 * slot + 1] === low) return slot;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    const mask = (this.table.length >>> 1) - 1;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i] === 0) continue;
      let slot = (old[i + 1] as number) & mask;
      while (this.table[2 * slot] !== 0) slot = (slot + 1) & mask;
      this.table[2 * slot] = old[i] as number;
      this.table[2 * slot + 1] = old[i + 1] as number;
    }
  }
}

/** The last hash computed, as two unsigned 32-bit halves (no array allocated per record). */
const HASH = new Uint32Array(2);

/** Two FNV-1a hashes of kind, a zero and id with different offsets, finalised, into HASH; the first is never 0, which marks an empty slot. */
function hash(kind: string, id: string): void {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i <= kind.length + id.length; i++) {
    const code = i < kind.length ? kind.charCodeAt(i) : i === kind.length ? 0 : id.charCodeAt(i - kind.length - 1);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  HASH[0] = mix(a) | 1;
  HASH[1] = mix(b);
}

/** MurmurHash3's finaliser: FNV's low bits depend only on the input's low bits, and ids that differ in a digit then probe long runs of slots. */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}
