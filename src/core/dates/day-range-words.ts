import { MAX_DAY, MIN_DAY, type Day } from './bounds.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const lastOfMonth = (day: Day): boolean => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
};
const monthWords = (day: Day) => `${MONTHS[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7)} ${day.slice(0, 4)}`;
const dayWords = (day: Day) => `${Number(day.slice(8, 10))} ${monthWords(day)}`;

/** The first day of a span, at the precision its alignment suggests: a year's first day reads as the year when `wholeYear`. */
function startWords(day: Day, wholeYear: boolean): string {
  if (day.endsWith('-01-01') && wholeYear) return day.slice(0, 4);
  return day.endsWith('-01') ? monthWords(day) : dayWords(day);
}

function endWords(day: Day, wholeYear: boolean): string {
  if (day.endsWith('-12-31') && wholeYear) return day.slice(0, 4);
  return lastOfMonth(day) ? monthWords(day) : dayWords(day);
}

/**
 * A span of days in words, as precise as its bounds (D1): `2017-03-01…2017-03-31` → "March 2017",
 * `2016-01-01…2016-12-31` → "2016", `2016-09-02…2017-10-31` → "between 2 September 2016 and October 2017".
 * For when a change happened, whose bounds may come from a date, a lifespan or both.
 */
export function dayRangeInWords(earliest: Day, latest: Day): string {
  if (earliest === MIN_DAY && latest === MAX_DAY) return 'at an unknown time';
  if (earliest === MIN_DAY) return `by ${endWords(latest, true)}`;
  if (latest === MAX_DAY) return `from ${startWords(earliest, true)} on`;
  if (earliest === latest) return dayWords(earliest);
  const wholeYears = earliest.endsWith('-01-01') && latest.endsWith('-12-31');
  if (wholeYears && earliest.slice(0, 4) === latest.slice(0, 4)) return earliest.slice(0, 4);
  if (earliest.slice(0, 7) === latest.slice(0, 7)) {
    if (earliest.endsWith('-01') && lastOfMonth(latest)) return monthWords(earliest);
    return `between ${Number(earliest.slice(8, 10))} and ${dayWords(latest)}`;
  }
  return `between ${startWords(earliest, wholeYears)} and ${endWords(latest, wholeYears)}`;
}
