/**
 * Whether a record's text is quoted as RFC 4180 has it: each field bare (no quote, comma or line
 * break) or wholly quoted with inner quotes doubled. Papaparse reads a stray quote in a bare field as
 * text, where csv-parse refuses it; a record with a quote is held to this before it is handed on.
 * A scan rather than the regular expression it replaces (kept as the oracle in the test): ACLED's
 * notes are quoted on most rows, and the expression took a fiftieth of an import's reading thread.
 */
export function isQuotedRecord(body: string): boolean {
  const n = body.length;
  let i = 0;
  for (;;) {
    if (body.charCodeAt(i) === QUOTE) {
      // Inside quotes anything goes but a lone quote, which closes the field.
      i++;
      for (;;) {
        const q = body.indexOf('"', i);
        if (q < 0) return false;
        i = q + 1;
        if (body.charCodeAt(i) !== QUOTE) break;
        i++;
      }
      if (i === n) return true;
      if (body.charCodeAt(i) !== COMMA) return false;
      i++;
      continue;
    }
    for (; i < n; i++) {
      const c = body.charCodeAt(i);
      if (c === COMMA) break;
      if (c === QUOTE || c === NEWLINE) return false;
    }
    if (i === n) return true;
    i++;
  }
}

const QUOTE = 34;
const COMMA = 44;
const NEWLINE = 10;
