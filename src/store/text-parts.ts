/**
 * Source texts are stored in parts of at most 64 Ki UTF-16 code units, a row each, by both adapters.
 * Neither database writes one value of hundreds of megabytes quickly: a million-row export's 372 MB
 * text took 5–7 s into SQLite as one value and about half a second in parts, and into PostgreSQL
 * 17–22 s as one value and 4–6 s in parts sent by COPY (measured side by side on this machine).
 * Reading joins the parts in order.
 */
export const PART_UNITS = 1 << 16;

/** The text cut into parts, never between the two halves of a surrogate pair (either half alone would not survive UTF-8); an empty text is one empty part. */
export function textParts(text: string): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length || parts.length === 0;) {
    let end = Math.min(start + PART_UNITS, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}
