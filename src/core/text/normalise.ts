import { hash } from 'node:crypto';

/**
 * T1: the normal form every offset and hash refers to: no byte-order mark, LF line ends, Unicode NFC.
 * Nothing else changes, so offsets stay meaningful to a reader holding the original file.
 */
export function normaliseText(raw: string): string {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return nfc(text);
}

// Every character below U+0300 is NFC already and never composes with the one before it (marks and
// singletons start there), so only a run of later characters with the one before it can change.
const LATER = /[\u0300-\uffff]+/g;

/** `text.normalize('NFC')`, normalising only the runs that can change: a 74 MB export in Latin script takes milliseconds, not a second. */
function nfc(text: string): string {
  let out = '';
  let from = 0;
  let runs = 0;
  for (const m of text.matchAll(LATER)) {
    // Runs everywhere (a script other than Latin): one pass over the whole text is quicker.
    if (++runs > 1000 && runs * 2000 > text.length) return text.normalize('NFC');
    const start = Math.max(from, m.index - 1);
    const end = m.index + m[0].length;
    out += text.slice(from, start) + text.slice(start, end).normalize('NFC');
    from = end;
  }
  return from === 0 ? text : out + text.slice(from);
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
