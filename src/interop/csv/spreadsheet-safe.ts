import { stringify } from 'csv-stringify/sync';

/**
 * Text a spreadsheet would run as a formula (OWASP's CSV injection list: = + - @ tab, CR), and text
 * that already begins with apostrophes before one of those, which is escaped again so that reading
 * back is exact.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;
const APOSTROPHE = 39;

/** A text cell a spreadsheet shows as written: an apostrophe in front of a formula's first character. */
export function escapeCell(text: string): string {
  return NEEDS_ESCAPE.test(text) ? `'${text}` : text;
}

/** The inverse of `escapeCell`: one apostrophe off a cell that `escapeCell` would have written. */
export function unescapeCell(text: string): string {
  // Most cells do not start with an apostrophe: they are passed without running the expression (every cell of an import is read here).
  return text.charCodeAt(0) === APOSTROPHE && ESCAPED.test(text) ? text.slice(1) : text;
}

/** A CSV cell: text is escaped, numbers and booleans are written as they are (a negative number stays a number). */
export type CsvCell = string | number | boolean;

/**
 * Every CSV file Faultline writes goes through here: text cells that start like a formula get an
 * apostrophe and quotes (OWASP), so a spreadsheet shows them as text; our readers take it off again.
 */
export function spreadsheetSafeCsv(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => (typeof cell === 'string' ? escapeCell(cell) : cell))),
    { quoted_match: ESCAPED },
  );
}
