import * as chrono from 'chrono-node';

// Day first, strict: "20/01/2019" is the 20th of January, and no relative phrase ("yesterday") is read.
const dayFirst = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const REFERENCE = new Date(Date.UTC(2000, 0, 1));
// The day-dates ACLED has written: 2019-01-20, 20 January 2019, 20-January-2019, 9-May-20, 20/01/2019.
const SHAPE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[\s-]+\p{L}{3,}\.?[\s-]+\d{2}(\d{2})?|\d{1,2}\/\d{1,2}\/\d{4})$/u;
const cache = new Map<string, string | undefined>();

/**
 * An ACLED event date as an ISO day, or undefined when it is not a day ACLED would write. The shapes
 * are checked here; chrono-node reads the month names and two-digit years (`9-May-20` is 2020,
 * `9-May-97` is 1997) and refuses impossible days (`31-Feb-20`).
 */
export function parseAcledDate(text: string): string | undefined {
  // Exports repeat a few thousand distinct days over up to a million rows: each is read once, ISO
  // days too (checking one through a Date took a thirtieth of the reading thread's time).
  const known = cache.get(text);
  if (known !== undefined || cache.has(text)) return known;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = iso && Number(iso[2]) <= 12 && Number(iso[3]) <= 31 && validIso(text) ? text : SHAPE.test(text) ? readDay(text) : undefined;
  if (cache.size < 100_000) cache.set(text, day);
  return day;
}

function readDay(text: string): string | undefined {
  const [result, ...more] = dayFirst.parse(text, REFERENCE);
  if (!result || more.length > 0 || result.index !== 0 || result.text !== text || result.end) return undefined;
  const { start } = result;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const [year, month, day] = [start.get('year'), start.get('month'), start.get('day')];
  if (year === null || month === null || day === null) return undefined;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return validIso(iso) ? iso : undefined;
}

function validIso(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}
