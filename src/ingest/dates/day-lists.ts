/**
 * Days that share one month and year: "the 3rd and 9th of May 2019", "les 3 et 9 mai 2019",
 * "May 3 and 9, 2019"; or one year: "15 May and 20 June 2015". Each day is a date of its own, and
 * every one of them takes the month and the year written after the last; two days in a row are one span.
 */
import { pad } from './calendar.js';
import { B, E, MONTH, YEAR } from './grammar.js';
import { type Candidate, type Resolved, type Resolver, impliedYear, regex } from './resolver.js';

const DAY_NUMBER = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?`;
const ARTICLE = String.raw`(?:the\s+|le\s+)?`;
const JOIN = String.raw`\s*,?\s+(?:and|or|&|et|ou)\s+`;
const DAY_FIRST = regex(
  `${B}(?<days>${ARTICLE}${DAY_NUMBER}(?:\\s*,\\s*${ARTICLE}${DAY_NUMBER})*${JOIN})(?<last>${ARTICLE}(?<d>${DAY_NUMBER})\\s+(?:of\\s+|de\\s+)?(?<m>${MONTH})(?:\\s+(?:of\\s+)?(?<y>${YEAR}))?)${E}`,
);
const MONTH_FIRST = regex(
  `${B}(?<m>${MONTH})\\s+(?<days>${DAY_NUMBER}(?:\\s*,\\s*${DAY_NUMBER})*${JOIN})(?<last>(?<d>${DAY_NUMBER})(?:,?\\s+(?<y>${YEAR}))?)${E}`,
);

const DAY_MONTH = String.raw`(?:${DAY_NUMBER}\s+(?:of\s+)?${MONTH}|${MONTH}\s+${DAY_NUMBER})`;
const SHARED_YEAR = regex(String.raw`${B}(?<days>(?:${DAY_MONTH}\s*,\s*)*${DAY_MONTH}${JOIN})(?<last>${DAY_MONTH},?\s+(?<y>${YEAR}))${E}`);

type MonthOf = (word: string) => number | undefined;

function dayDate(day: number, month: number, yearWritten: number | undefined, ctx: Resolver): Resolved | undefined {
  const year = yearWritten ?? impliedYear(ctx, month, day);
  if (year === undefined) return undefined;
  return { edtf: `${year}-${pad(month)}-${pad(day)}`, role: 'at', anchors: yearWritten === undefined ? 'date' : 'all' };
}

function daySpan(from: number, to: number, month: number, yearWritten: number | undefined, ctx: Resolver): Resolved | undefined {
  const first = dayDate(from, month, yearWritten, ctx);
  if (!first) return undefined;
  const year = first.edtf.slice(0, 4);
  return { edtf: `${first.edtf}/${year}-${pad(month)}-${pad(to)}`, role: 'span', ...(first.anchors ? { anchors: first.anchors } : {}) };
}

/** Adds one candidate per day of a list of days sharing a month and year, or a year. */
export function addDayLists(list: Candidate[], text: string, monthOf: MonthOf): void {
  const item = new RegExp(DAY_MONTH, 'giu');
  for (const m of text.matchAll(SHARED_YEAR)) {
    const year = Number(m.groups?.['y']);
    const days = m.groups?.['days'] ?? '';
    const daysAt = m.index + m[0].indexOf(days);
    for (const d of days.matchAll(item)) {
      const month = monthOf(/\p{L}+\.?/u.exec(d[0])?.[0] ?? '');
      const day = Number(/\d+/.exec(d[0])?.[0]);
      if (month !== undefined)
        list.push({ start: daysAt + d.index, end: daysAt + d.index + d[0].length, priority: 8, resolve: (ctx) => dayDate(day, month, year, ctx) });
    }
  }
  for (const re of [DAY_FIRST, MONTH_FIRST]) {
    for (const m of text.matchAll(re)) {
      const g = m.groups ?? {};
      const month = monthOf(g['m'] ?? '');
      if (month === undefined) continue;
      const year = g['y'] ? Number(g['y']) : undefined;
      // Two days in a row ("les 9 et 10 janvier 2020", "on the 9th and 10th of January") are one span of time.
      const numbers = [...`${g['days'] ?? ''} ${g['d'] ?? ''}`.matchAll(/\d{1,2}/g)].map((x) => Number(x[0]));
      if (numbers.length === 2 && (numbers[1] ?? 0) === (numbers[0] ?? 0) + 1 && !/\s(?:or|ou)\s/i.test(m[0])) {
        const [from, to] = numbers as [number, number];
        const lead = /^(?:the|le)\s+/i.exec(m[0])?.[0].length ?? 0;
        list.push({ start: m.index + lead, end: m.index + m[0].length, priority: 9, resolve: (ctx) => daySpan(from, to, month, year, ctx) });
        continue;
      }
      const daysAt = m.index + m[0].indexOf(g['days'] ?? '');
      const days = [...(g['days'] ?? '').matchAll(/\d{1,2}(?:st|nd|rd|th|er)?/g)];
      const first = days[0];
      for (const d of days) {
        const start = re === MONTH_FIRST && d === first ? m.index : daysAt + d.index;
        const day = Number(/\d+/.exec(d[0])?.[0]);
        list.push({ start, end: daysAt + d.index + d[0].length, priority: 8, resolve: (ctx) => dayDate(day, month, year, ctx) });
      }
      const lastDay = Number(/\d+/.exec(g['d'] ?? '')?.[0]);
      const lastAt = m.index + m[0].lastIndexOf(g['last'] ?? '');
      const lead = /^(?:the|le)\s+/i.exec(g['last'] ?? '')?.[0].length ?? 0;
      list.push({ start: lastAt + lead, end: m.index + m[0].length, priority: 8, resolve: (ctx) => dayDate(lastDay, month, year, ctx) });
    }
  }
}
