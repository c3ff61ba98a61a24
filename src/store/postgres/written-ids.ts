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
    for (const { kind, id } of records) if (!this.known.has(kind) || this.has(kind, id)) return false;
    return true;
  }

  /** Notes records as stored (a write notes its records before it writes them: a failed one leaves them noted, which is safe). */
  note(records: readonly { kind: RecordKind; id: string }[]): void {
    for (const { kind, id } of records) if (this.known.has(kind)) this.add(kind, id);
  }

  private has(kind: string, id: string): boolean {
    const [high, low] = hash(kind, id);
    const mask = (this.table.length >>> 1) - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const h = this.table[2 * slot] as number;
      if (h === 0) return false;
      if (h === high && this.table[2 * slot + 1] === low) return true;
    }
  }

  private add(kind: string, id: string): void {
    if (this.has(kind, id)) return;
    if (2 * (this.size + 1) > this.table.length >>> 1) this.grow();
    this.insert(...hash(kind, id));
    this.size++;
  }

  private insert(high: number, low: number): void {
    const mask = (this.table.length >>> 1) - 1;
    let slot = low & mask;
    while (this.table[2 * slot] !== 0) slot = (slot + 1) & mask;
    this.table[2 * slot] = high;
    this.table[2 * slot + 1] = low;
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) if (old[i] !== 0) this.insert(old[i] as number, old[i + 1] as number);
  }
}

/** Two FNV-1a hashes of kind and id with different offsets; the first is never 0, which marks an empty slot. */
function hash(kind: string, id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  const key = `${kind}\u0000${id}`;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
  }
  return [(a | 1) >>> 0, b >>> 0];
}
