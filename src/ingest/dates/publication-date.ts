/**
 * Where a text states its own date: "Published 12 March 2019", "Updated: Mar 22", "Mis à jour le
 * 12 mars 2019", "Publié le …", or a dateline opening a line ("BAMAKO, 12 March 2019 –",
 * "Bamako, le 12 mars 2019").
 */
// At the start of a line or after a separator, so that "a report published on …" inside a sentence is not the text's own date.
const STATEMENT =
  /(?:^|[|•·–—]\s*)\s*(?:last\s+|first\s+|derni[èe]re\s+)?(?:published|updated|posted|released|publi[ée]e?|mis\s+[àa]\s+jour|actualis[ée]e?|date\s+de\s+publication)(?:\s+(?:on|le))?\s*:?\s*$/iu;
// At the start of a line: a place in capitals (an agency in brackets may follow) and a comma, or a
// capitalised place, a comma and "le", then the date.
const DATELINE = /^\s*(?:\p{Lu}[\p{Lu}'’. -]{2,40}(?:\s*\([^)\n]{1,30}\))?\s*,\s*(?:le\s+)?|\p{Lu}[\p{L}'’-]+,\s+le\s+)$/u;
/** How far into the text a dateline may stand. */
const DATELINE_REACH = 2000;

/** Whether the date found at [start, end) is the text's statement of its own date. */
export function isPublicationStatement(text: string, start: number): boolean {
  // Only the last 80 characters before the date matter: searching further back for the line's start
  // made a long line of dates quadratic (issue 18).
  const from = Math.max(0, start - 81);
  const lineStart = from + text.slice(from, start).lastIndexOf('\n') + 1;
  if (lineStart === from && from > 0) return false;
  if (start - lineStart <= 80 && STATEMENT.test(text.slice(lineStart, start))) return true;
  return start < DATELINE_REACH && start - lineStart <= 50 && DATELINE.test(text.slice(lineStart, start));
}
