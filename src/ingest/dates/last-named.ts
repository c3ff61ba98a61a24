/**
 * Dates named from the time of writing without a year: "le 14 février dernier", "last February", "en février dernier",
 * and the weekend ("over the weekend", "le week-end dernier"). Each is the latest such day or month before the
 * publication, whatever year the narrative had reached; like "last month", it brings later year-less dates back to the
 * publication's year.
 */
import { type CalendarDate, isAfter, pad, shiftDate, toEdtf, weekdayOf } from './calendar.js';
import { DAY, MONTH } from './grammar.js';
import { add, type Candidate, deicticAnchor, regex } from './resolver.js';

type MonthOf = (word: string) => number | undefined;

// Monday first, English then French: the index modulo 7 is the weekday (0 for Monday).
const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
];
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;

/** The latest date with this month (and day) on or before the publication. */
function latestBefore(publication: CalendarDate, month: number, day?: number): string {
  const sameYear: CalendarDate = { year: publication.year, month, ...(day === undefined ? {} : { day }) };
  const year = isAfter(sameYear, publication) || (day === undefined && month === publication.month) ? publication.year - 1 : publication.year;
  return day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Adds the candidates for days, months and weekends named from the time of writing. */
export function addLastNamed(list: Candidate[], text: string, monthOf: MonthOf): void {
  // "le 14 février dernier", "en février dernier", "last February", "this past February"
  add(
    list,
    regex(`${B}(?:(?<d>${DAY})\\s+)?(?<m>${MONTH})\\s+(?:dernier|pass[ée])${E}|${B}(?:last|this\\s+past)\\s+(?<m2>${MONTH})(?:\\s+(?<d2>${DAY}))?${E}`),
    text,
    6,
    (m, ctx) => {
      const g = m.groups ?? {};
      const month = monthOf(g['m'] ?? g['m2'] ?? '');
      const publication = deicticAnchor(ctx, 'month');
      if (!month || !publication || ctx.publication === undefined) return undefined;
      const rawDay = g['d'] ?? g['d2'];
      const day = rawDay === undefined ? undefined : Number(rawDay.replace(/\D/g, ''));
      return { edtf: latestBefore(publication, month, day), role: 'at', anchors: 'deictic' };
    },
  );
  // "14 February last year", "en février de l'année dernière", "en mars l'an dernier": that day or month of the year before writing.
  add(
    list,
    regex(
      `${B}(?:(?<d>${DAY})\\s+)?(?<m>${MONTH})\\s+(?:of\\s+)?(?:last\\s+year|(?:de\\s+)?l['’](?:ann[ée]e\\s+derni[èe]re|an\\s+dernier|ann[ée]e\\s+pass[ée]e))${E}`,
    ),
    text,
    6,
    (m, ctx) => {
      const month = monthOf(m.groups?.['m'] ?? '');
      const publication = deicticAnchor(ctx, 'year');
      if (!month || !publication || ctx.publication === undefined) return undefined;
      const day = m.groups?.['d'] === undefined ? undefined : Number(m.groups['d'].replace(/\D/g, ''));
      const edtf = `${publication.year - 1}-${pad(month)}${day === undefined ? '' : `-${pad(day)}`}`;
      return { edtf, role: 'at', anchors: 'deictic' };
    },
  );
  // "that June", "ce mois de juin-là": the month in the year the narrative has reached.
  add(list, regex(`${B}(?:that\\s+(?<m>${MONTH})|ce\\s+mois\\s+d(?:e\\s+|['’])(?<m2>${MONTH})-l[àa])${E}`), text, 6, (m, ctx) => {
    const month = monthOf(m.groups?.['m'] ?? m.groups?.['m2'] ?? '');
    const year = ctx.year ?? ctx.last?.year;
    return month && year !== undefined ? { edtf: `${year}-${pad(month)}`, role: 'at', anchors: 'date' } : undefined;
  });
  // "on Monday of last week", "lundi de la semaine dernière": that weekday in the week before the time of writing.
  add(list, regex(`${B}(?<d>${WEEKDAY})\\s+(?:of\\s+last\\s+week|(?:de\\s+)?la\\s+semaine\\s+(?:derni[èe]re|pass[ée]e))${E}`), text, 6, (m, ctx) => {
    const weekday = WEEKDAYS.indexOf((m.groups?.['d'] ?? '').toLowerCase()) % 7;
    const anchor = deicticAnchor(ctx, 'day');
    if (weekday < 0 || !anchor || /^[a-z].*day$/.test(m.groups?.['d'] ?? '')) return undefined;
    const day = shiftDate(anchor, 'day', -weekdayOf(anchor as Required<CalendarDate>) - 7 + weekday);
    return day ? { edtf: toEdtf(day), role: 'at', anchors: 'deictic' } : undefined;
  });
  // "le 12", "lundi 13", "on the 12th": a day of the month alone (not the first day of a list, "the 3rd and 9th of May"), in a dispatch the latest such day on or before writing.
  add(
    list,
    regex(
      `${B}(?:(?<a>le|on\\s+the|the)\\s+|(?<w>${WEEKDAY})\\s+(?:the\\s+)?)(?<d>${DAY})${E}(?![^.;:]{0,30}?${B}${MONTH}${E})(?=\\s*[,;:.)–—]|\\s+(?:à|au|aux|dans|près|en|et|lors|quand|lorsque|in|at|near|when|and|as)\\s)`,
    ),
    text,
    5,
    (m, ctx) => {
      // The month the narrative has reached ("Le 3 mars 2019 … Le 12, …"), else the time of writing, which it cannot follow.
      const narrative = ctx.last?.month !== undefined && ctx.last.day !== undefined ? ctx.last : undefined;
      const anchor = narrative ?? deicticAnchor(ctx, 'day');
      const n = Number((m.groups?.['d'] ?? '').replace(/\D/g, ''));
      // "the 12 in Kidal", "one of the 13 at the talks": after English "the" only an ordinal ("the 12th") names a day.
      if (/the$/i.test(m.groups?.['a'] ?? '') && !/(?:st|nd|rd|th)$/i.test(m.groups?.['d'] ?? '')) return undefined;
      if (!anchor || anchor.month === undefined || anchor.day === undefined || ctx.future) return undefined;
      const same: CalendarDate = { year: anchor.year, month: anchor.month, day: n };
      // A report tells what has happened: a day after the time of writing is the previous month's.
      const later = narrative ? ctx.publication !== undefined && isAfter(same, ctx.publication) : n > anchor.day;
      const month = later ? shiftDate({ year: anchor.year, month: anchor.month, day: 1 }, 'month', -1) : anchor;
      return month?.month === undefined ? undefined : { edtf: `${month.year}-${pad(month.month)}-${pad(n)}`, role: 'at', anchors: 'date' };
    },
  );
  // "over the weekend", "last weekend", "le week-end dernier", "ce week-end": the Saturday and Sunday before writing.
  add(
    list,
    regex(
      `${B}(?:(?:over|during|at)\\s+the\\s+weekend|(?:last|this|the\\s+past)\\s+weekend|(?:le|ce|au\\s+cours\\s+du|pendant\\s+le|durant\\s+le)\\s+week-?end(?:\\s+dernier)?)${E}`,
    ),
    text,
    6,
    (_m, ctx) => {
      const anchor = deicticAnchor(ctx, 'day');
      if (!anchor || ctx.future) return undefined;
      // The Sunday on or before the publication (a text of Saturday looks back to the weekend before).
      const sunday = shiftDate(anchor, 'day', -((weekdayOf(anchor as Required<CalendarDate>) + 1) % 7));
      const saturday = sunday && shiftDate(sunday, 'day', -1);
      return sunday && saturday ? { edtf: `${toEdtf(saturday)}/${toEdtf(sunday)}`, role: 'span', anchors: 'deictic' } : undefined;
    },
  );
}
