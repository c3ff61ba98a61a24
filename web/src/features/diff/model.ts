import { dayRangeInWords } from '../../../../src/core/dates/day-range-words.js';
import type { DayRange } from '../../../../src/core/dates/bounds.js';

/** When a change happened, at the head of a sentence: "In March 2017", "On 2 September 2016", "Between 2015 and 2017". */
export function whenPhrase(when: DayRange): string {
  const words = dayRangeInWords(when.earliest, when.latest);
  if (/^\d/.test(words) && words.length > 4) return `On ${words}`;
  if (/^(between|by|from|at) /.test(words)) return words.charAt(0).toUpperCase() + words.slice(1);
  return `In ${words}`;
}

/** The default window: the one the analysts ask about first, from the Algiers accord to the end of 2017. */
export const DEFAULT_WINDOW = { from: '2015-06', to: '2017-12' } as const;

/** A month (`2017-12`) from an `<input type="month">` or a year typed alone; undefined when it is neither. */
export function monthValue(text: string): string | undefined {
  return /^\d{4}(-\d{2})?$/.test(text) ? text : undefined;
}
