import edtf, { parse } from 'edtf';
import { FaultlineError } from '../errors.js';
import { type Day, type DayRange, MAX_DAY, MIN_DAY, dayFromMs, shiftDay } from './bounds.js';

/**
 * A date or interval in EDTF level 1, with the day ranges its start and end may fall in.
 * An instant (`2017-03`) has the same range for start and end.
 */
export interface Temporal {
  text: string;
  interval: boolean;
  start: DayRange;
  end: DayRange;
  /** 'year' | 'month' | 'day' | 'season' of the least precise bound, for display and grouping. */
  precision: Precision;
  qualified: boolean;
}
export type Precision = 'year' | 'month' | 'day' | 'season' | 'open';

const PRECISIONS: Record<number, Precision> = { 1: 'year', 2: 'month', 3: 'day' };

export interface Bound {
  range: DayRange | 'open' | 'unknown';
  precision: Precision;
  qualified: boolean;
}

function isQualified(flag: unknown): boolean {
  if (typeof flag === 'boolean') return flag;
  if (flag && typeof flag === 'object' && 'value' in flag) return (flag as { value: number }).value !== 0;
  return false;
}

function boundOf(node: ReturnType<typeof edtf> | number | null | undefined): Bound {
  if (node === null || node === undefined) return { range: 'unknown', precision: 'open', qualified: false };
  if (typeof node === 'number') return { range: 'open', precision: 'open', qualified: false };
  const precision: Precision = node.precision === undefined ? 'season' : (PRECISIONS[node.precision] ?? 'day');
  const qualified = isQualified(node.approximate) || isQualified(node.uncertain);
  let range: DayRange = { earliest: dayFromMs(node.min), latest: dayFromMs(node.max) };
  if (qualified) {
    // D2: a qualified date may lie one unit of its precision beyond what it names.
    const unit = precision === 'year' ? 'year' : precision === 'day' ? 'day' : 'month';
    const by = precision === 'season' ? 3 : 1;
    range = { earliest: shiftDay(range.earliest, unit, -by), latest: shiftDay(range.latest, unit, by) };
  }
  return { range, precision, qualified };
}

/** Parses EDTF level 1 (`2016`, `2016-03~`, `2016?/2017-03`, `2016/..`, `/2017`) or returns undefined. */
export function parseTemporal(text: string): Temporal | undefined {
  const analysed = analyseTemporal(text);
  return typeof analysed === 'string' ? undefined : analysed;
}

// edtf.js parses with a general grammar (~0.3 ms a date); datasets repeat the same few thousand dates.
const MEMO_LIMIT = 100_000;
const memo = new Map<string, Temporal | 'invalid_date' | 'invalid_interval'>();

/** Parses, or names what is wrong: not EDTF level 1 at all, or an interval whose end precedes its start. */
export function analyseTemporal(text: string): Temporal | 'invalid_date' | 'invalid_interval' {
  const known = memo.get(text);
  if (known !== undefined) return known;
  const result = analyseUncached(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  // Results are frozen so that callers sharing a memoised value cannot alter it for each other.
  memo.set(text, typeof result === 'string' ? result : Object.freeze(result));
  return result;
}

const PLAIN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(\d{2}))?)?$/;

/**
 * Plain years, months and days (most dates) without the general grammar; `undefined` for anything
 * else and for impossible months or days. Tests compare it with edtf.js.
 */
export function plainBound(text: string): Bound | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const pad = (n: number) => String(n).padStart(2, '0');
  if (m[2] === undefined) return { range: { earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` }, precision: 'year', qualified: false };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return { range: { earliest: `${m[1]}-${m[2]}-01`, latest: `${m[1]}-${m[2]}-${pad(length)}` }, precision: 'month', qualified: false };
  const day = Number(m[3]);
  if (day < 1 || day > length) return undefined;
  return { range: { earliest: text, latest: text }, precision: 'day', qualified: false };
}

function analyseUncached(text: string): Temporal | 'invalid_date' | 'invalid_interval' {
  const plain = text.includes('/') ? undefined : plainBound(text);
  // edtf.js takes 29 February of a common year for 1 March; an impossible plain day is an error here.
  if (!plain && PLAIN.test(text)) return 'invalid_date';
  if (plain) {
    const range = plain.range as DayRange;
    return { text, interval: false, start: range, end: range, precision: plain.precision, qualified: false };
  }
  // An interval of two plain dates (ACLED's week-precision events, most relations) is level 0
  // whatever the days: each end is checked by plainBound below, without the general grammar.
  const ends = text.split('/');
  const plainInterval = ends.length === 2 && ends.every((end) => PLAIN.test(end));
  if (!plainInterval) {
    try {
      parse(text, { level: 1 });
    } catch {
      return 'invalid_date';
    }
  }
  if (!text.includes('/')) {
    const bound = boundOf(edtf(text));
    const range = bound.range as DayRange;
    return { text, interval: false, start: range, end: range, precision: bound.precision, qualified: bound.qualified };
  }
  // Each end is read on its own: edtf.js refuses "2013-01/2013" although the year 2013 may end after January.
  const [lowerText = '', upperText = ''] = text.split('/');
  let lower: Bound;
  let upper: Bound;
  try {
    lower = endpoint(lowerText);
    upper = endpoint(upperText);
  } catch {
    return 'invalid_date';
  }
  const start = resolveStart(lower, upper);
  const end = resolveEnd(upper, start);
  if (start.earliest > end.latest) return 'invalid_interval';
  const precision = lower.range === 'open' || lower.range === 'unknown' ? upper.precision : lower.precision;
  return { text, interval: true, start, end, precision, qualified: lower.qualified || upper.qualified };
}

function endpoint(text: string): Bound {
  if (text === '') return boundOf(null);
  if (text === '..') return boundOf(Infinity);
  const plain = plainBound(text);
  if (!plain && PLAIN.test(text)) throw new RangeError(`impossible date ${text}`);
  return plain ?? boundOf(edtf(text));
}

/** The throwing twin of {@link parseTemporal}, with the stable `invalid_date` code. */
export function parseTemporalOrThrow(text: string): Temporal {
  const temporal = analyseTemporal(text);
  if (temporal === 'invalid_date') throw new FaultlineError('invalid_date', `invalid date: ${JSON.stringify(text)} is not EDTF level 1`);
  if (temporal === 'invalid_interval' || temporal.start.earliest > temporal.end.latest) {
    throw new FaultlineError('invalid_interval', `invalid interval: end ${text.split('/')[1] ?? ''} precedes start ${text.split('/')[0] ?? ''}`);
  }
  return temporal;
}

function resolveStart(lower: Bound, upper: Bound): DayRange {
  // D4: an open start ("..") reaches back without limit; an unknown start lies anywhere before the end.
  if (lower.range === 'open') return { earliest: MIN_DAY, latest: MIN_DAY };
  if (lower.range === 'unknown') {
    const endEarliest: Day = upper.range === 'open' || upper.range === 'unknown' ? MAX_DAY : upper.range.earliest;
    return { earliest: MIN_DAY, latest: endEarliest };
  }
  return lower.range;
}

function resolveEnd(upper: Bound, start: DayRange): DayRange {
  // D5: an open end ("..") means still in force; an unknown end lies anywhere after the start.
  if (upper.range === 'open') return { earliest: MAX_DAY, latest: MAX_DAY };
  if (upper.range === 'unknown') return { earliest: start.latest, latest: MAX_DAY };
  return upper.range;
}
