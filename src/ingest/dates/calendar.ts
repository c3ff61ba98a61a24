/** Month names and abbreviations in English and French, folded to lower case without accents. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  janvier: 1,
  janv: 1,
  february: 2,
  feb: 2,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  march: 3,
  mar: 3,
  mars: 3,
  april: 4,
  apr: 4,
  avril: 4,
  avr: 4,
  may: 5,
  mai: 5,
  june: 6,
  jun: 6,
  juin: 6,
  july: 7,
  jul: 7,
  juillet: 7,
  juil: 7,
  august: 8,
  aug: 8,
  aout: 8,
  september: 9,
  sept: 9,
  sep: 9,
  septembre: 9,
  october: 10,
  oct: 10,
  octobre: 10,
  november: 11,
  nov: 11,
  novembre: 11,
  december: 12,
  dec: 12,
  decembre: 12,
};

/** Seasons as EDTF level 1 codes (21 spring … 24 winter). */
export const SEASONS: Record<string, number> = {
  spring: 21,
  printemps: 21,
  summer: 22,
  ete: 22,
  autumn: 23,
  fall: 23,
  automne: 23,
  winter: 24,
  hiver: 24,
};

export type Part = 'early' | 'mid' | 'late';

/** Qualifier words for the parts of a span: early/début, mid/mi-, late/fin. */
export const PARTS: Record<string, Part> = {
  early: 'early',
  'the early': 'early',
  'beginning of': 'early',
  'the beginning of': 'early',
  'start of': 'early',
  'the start of': 'early',
  debut: 'early',
  'debut de': 'early',
  'au debut de': 'early',
  'au debut': 'early',
  'debut du': 'early',
  'au debut du': 'early',
  'debut d': 'early',
  courant: 'mid',
  mid: 'mid',
  'the middle of': 'mid',
  'middle of': 'mid',
  'the mid': 'mid',
  mi: 'mid',
  'a la mi': 'mid',
  'milieu de': 'mid',
  'au milieu de': 'mid',
  'milieu du': 'mid',
  'au milieu du': 'mid',
  late: 'late',
  'the late': 'late',
  'end of': 'late',
  'the end of': 'late',
  fin: 'late',
  'fin de': 'late',
  'a la fin de': 'late',
  // "à la fin des années 1990", "au milieu des années 2000": the article of "des" belongs to the decade.
  'a la fin': 'late',
  'au milieu': 'mid',
  milieu: 'mid',
  'fin d': 'late',
  'fin du': 'late',
  'a la fin du': 'late',
};

export const pad = (n: number) => String(n).padStart(2, '0');

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date known to year, month or day precision. */
export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export function toEdtf(date: CalendarDate): string {
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** early/mid/late of a year (thirds of four months) or of a month (thirds of ten days). */
export function partOf(date: CalendarDate, part: Part): string {
  if (date.month === undefined) {
    const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    return `${date.year}-${pad(from)}/${date.year}-${pad(to)}`;
  }
  const ym = `${date.year}-${pad(date.month)}`;
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysIn(date.year, date.month)];
  return `${ym}-${pad(from)}/${ym}-${pad(to)}`;
}

/** early/mid/late of a decade: 1990s → 1990/1993, 1994/1996, 1997/1999. */
export function partOfDecade(decade: number, part?: Part): string {
  if (!part) return `${decade}/${decade + 9}`;
  const [from, to] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : [7, 9];
  return `${decade + from}/${decade + to}`;
}

/** Days since 1970-01-01 of a day date, and back. */
const dayNumber = (d: Required<CalendarDate>) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
function fromDayNumber(n: number): Required<CalendarDate> {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export type Unit = 'day' | 'week' | 'month' | 'year';

/**
 * A date moved by whole units, keeping its precision; undefined when the unit is finer than the date
 * ("two days later" after "in 2015" says no day).
 */
export function shiftDate(date: CalendarDate, unit: Unit, by: number): CalendarDate | undefined {
  if (unit === 'year') return { ...date, year: date.year + by };
  if (date.month === undefined) return undefined;
  if (unit === 'month') {
    const index = date.year * 12 + date.month - 1 + by;
    const moved = { year: Math.floor(index / 12), month: (index % 12) + 1 };
    return date.day === undefined ? moved : { ...moved, day: Math.min(date.day, daysIn(moved.year, moved.month)) };
  }
  if (date.day === undefined) return undefined;
  return fromDayNumber(dayNumber(date as Required<CalendarDate>) + by * (unit === 'week' ? 7 : 1));
}

/** 0 for Monday … 6 for Sunday. */
export function weekdayOf(date: Required<CalendarDate>): number {
  return (new Date(dayNumber(date) * 86_400_000).getUTCDay() + 6) % 7;
}

/** The Monday-to-Sunday week holding a day, as an EDTF interval of days. */
export function weekOf(date: Required<CalendarDate>): string {
  const monday = dayNumber(date) - weekdayOf(date);
  return `${toEdtf(fromDayNumber(monday))}/${toEdtf(fromDayNumber(monday + 6))}`;
}

/** Whether `a` is known to fall after `b` at the precision both have. */
export function isAfter(a: CalendarDate, b: CalendarDate): boolean {
  if (a.year !== b.year) return a.year > b.year;
  if (a.month === undefined || b.month === undefined || a.month !== b.month) return (a.month ?? 0) > (b.month ?? 13);
  return a.day !== undefined && b.day !== undefined && a.day > b.day;
}

/** The calendar date an EDTF value stands for when later dates are read against it (an interval: its end, or its start when open-ended). */
export function calendarOf(edtf: string): CalendarDate | undefined {
  const [from = '', to] = edtf.split('/');
  const text = to === undefined || to === '..' || to === '' ? from : to;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const month = m[2] === undefined || Number(m[2]) > 12 ? undefined : Number(m[2]);
  return { year: Number(m[1]), ...(month === undefined ? {} : { month }), ...(month !== undefined && m[3] ? { day: Number(m[3]) } : {}) };
}
