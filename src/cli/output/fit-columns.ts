/**
 * Column widths that fit a table into a terminal. Narrow columns (dates, counts, grades) keep their
 * natural width; only the widest are capped, all at one width, so the table wraps the long text
 * (names, descriptions) rather than cutting short fields. `words` holds each column's longest word
 * (with padding). Widths count the cell's padding, as
 * cli-table3's colWidths do; a table of n columns also draws n + 1 borders.
 */
export function fitColumns(natural: readonly number[], width: number, words: readonly number[] = [], minimum = 8): number[] | undefined {
  const room = width - (natural.length + 1);
  const sum = (widths: readonly number[]) => widths.reduce((total, w) => total + w, 0);
  if (sum(natural) <= room) return undefined;
  // A column keeps room for its longest word (a date, an id, up to 24 wide) when the table can afford
  // it, so that wrapping splits text between words instead of cutting a date short.
  // When all cannot, the longest words give way first (the word cap comes down until the floors fit).
  const wordy = (cap: number) => natural.map((w, i) => Math.min(w, Math.max(minimum, Math.min(words[i] ?? 0, cap))));
  let wordCap = 24;
  while (wordCap > minimum && sum(wordy(wordCap)) > room) wordCap--;
  const floors = wordy(wordCap);
  const floor = (w: number, i: number) => floors[i] ?? Math.min(w, minimum);
  // The cap is the widest width at which the capped table still fits: found by trying each natural width.
  const capped = (cap: number) => natural.map((w, i) => Math.max(floor(w, i), Math.min(w, cap)));
  const fits = (cap: number) => sum(capped(cap)) <= room;
  let low = minimum;
  let high = Math.max(...natural);
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return capped(low);
}

/** The width a table may take: none with --wide, else the terminal's, else $COLUMNS, else 120. */
export function tableWidth(wide: boolean, stream: { isTTY?: boolean; columns?: number }, env: Record<string, string | undefined>): number | undefined {
  if (wide) return undefined;
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env['COLUMNS']);
  return Number.isInteger(columns) && columns > 20 ? columns : 120;
}
