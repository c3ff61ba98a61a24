const MONTHS: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv'],
  ['february', 'feb', 'février', 'fevrier', 'févr', 'fevr'],
  ['march', 'mar', 'mars'],
  ['april', 'apr', 'avril', 'avr'],
  ['may', 'mai'],
  ['june', 'jun', 'juin'],
  ['july', 'jul', 'juillet', 'juil'],
  ['august', 'aug', 'août', 'aout'],
  ['september', 'sep', 'sept', 'septembre'],
  ['october', 'oct', 'octobre'],
  ['november', 'nov', 'novembre'],
  ['december', 'dec', 'décembre', 'decembre', 'déc'],
];

/** What one end of an EDTF date states: its year, and its month and day when that precise. */
export interface StatedDate {
  year: string;
  month?: number;
  day?: number;
}

/**
 * The stated ends of an EDTF text (`2016-03~/2017` → 2016-03 and 2017). Qualifiers are dropped (the
 * passage names the date it qualifies); open and unknown ends state nothing; seasons state their
 * year only; ends with unspecified digits are passed over.
 */
export function statedDates(edtf: string): StatedDate[] {
  return edtf.split('/').flatMap((end) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(end.replace(/[~?%]/g, ''));
    if (!m) return [];
    const month = m[2] === undefined ? undefined : Number(m[2]);
    if (month !== undefined && month > 12) return [{ year: m[1]! }];
    return [{ year: m[1]!, ...(month !== undefined ? { month } : {}), ...(m[3] !== undefined ? { day: Number(m[3]) } : {}) }];
  });
}

const standalone = (digits: string): RegExp => new RegExp(`(?<!\\d)${digits}(?!\\d)`);

/**
 * Whether a passage writes the year as the short end of a range of the same century (`1990–95`,
 * `2012-13`), as reports abbreviate spans.
 */
function closesRange(year: string, passage: string): boolean {
  const century = year.slice(0, 2);
  const short = year.slice(2);
  const range = new RegExp(`(?<!\\d)${century}(\\d{2})\\s?[–—-]\\s?${short}(?!\\d)`, 'g');
  for (const m of passage.matchAll(range)) if (Number(m[1]) < Number(short)) return true;
  return false;
}

/**
 * What of a stated date no passage mentions: the year as digits; the month by its English or French
 * name or as a number written beside the year (`03/2017`, `2017-03`); the day as a number.
 */
export function missingDateParts(date: StatedDate, passages: readonly string[]): string[] {
  const missing: string[] = [];
  if (!passages.some((p) => standalone(date.year).test(p) || closesRange(date.year, p))) missing.push(`year ${date.year}`);
  if (date.month !== undefined) {
    const names = MONTHS[date.month - 1] ?? [];
    const named = new RegExp(`(?<!\\p{L})(${names.join('|')})(?!\\p{L})`, 'iu');
    const mm = `0?${date.month}`;
    const numbered = new RegExp(`(?<!\\d)(${mm}[-/.]${date.year}|${date.year}[-/.]${mm})(?!\\d)`);
    if (!passages.some((p) => named.test(p) || numbered.test(p))) missing.push(`month ${names[0] ?? date.month}`);
  }
  if (date.day !== undefined && !passages.some((p) => standalone(`0?${date.day}`).test(p))) missing.push(`day ${date.day}`);
  return missing;
}
