import { hash } from 'node:crypto';

/**
 * T1: the normal form every offset and hash refers to: no byte-order mark, LF line ends, Unicode NFC.
 * Nothing else changes, so offsets stay meaningful to a reader holding the original file.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

// The last short text hashed: an import hashes each row twice in a row (its id's first sighting, then its evidence).
let last: { text: string; hex: string } | undefined;
const REMEMBERED_UP_TO = 65_536;

/** SHA-256 of a string's UTF-8 bytes, as lower-case hex. */
export function sha256Hex(text: string): string {
  if (last?.text === text) return last.hex;
  const hex = hash('sha256', text, 'hex');
  if (text.length <= REMEMBERED_UP_TO) last = { text, hex };
  return hex;
}

/**
 * T2: offsets count Unicode code points, as W3C text-position selectors do, not UTF-16 units.
 * The index maps code-point offsets to string indices; it is built once per document.
 */
export class CodePointIndex {
  private readonly unitOffsets: number[] | undefined;
  readonly length: number;

  constructor(readonly text: string) {
    // Most documents have no astral characters; then code points and UTF-16 units coincide.
    if (!/[\uD800-\uDBFF]/.test(text)) {
      this.unitOffsets = undefined;
      this.length = text.length;
      return;
    }
    const offsets: number[] = [];
    let unit = 0;
    for (const ch of text) {
      offsets.push(unit);
      unit += ch.length;
    }
    offsets.push(unit);
    this.unitOffsets = offsets;
    this.length = offsets.length - 1;
  }

  toUnit(codePoint: number): number {
    return this.unitOffsets ? (this.unitOffsets[codePoint] ?? this.text.length) : codePoint;
  }

  toCodePoint(unit: number): number {
    if (!this.unitOffsets) return unit;
    let lo = 0;
    let hi = this.unitOffsets.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.unitOffsets[mid] ?? 0) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The passage between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUnit(start), this.toUnit(end));
  }
}

/** A key for matching names regardless of case, accents and punctuation: "Ansar al-Dīn" → "ansar al din". */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
