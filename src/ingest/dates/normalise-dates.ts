/**
 * Finds date expressions in a text and normalises them to EDTF level 1, reading each against the
 * closest date before it or the document's own date. chrono-node reads plain day dates; the rules here
 * handle what it does not: early/mid/late (début, mi-, fin), since/until/by, between…and…, 2012-13,
 * halves and quarters of a year, seasons and French month names; the other rule files add relative
 * phrases (relative-dates.ts), lists of days (day-lists.ts), centuries and decades (eras.ts). Each rule
 * is tested phrase by phrase beside it. This file is over 400 lines because the rules for absolute dates
 * share their helpers and overlap resolution and read best together.
 */
import * as chrono from 'chrono-node';
import { analyseTemporal } from '../../core/dates/edtf.js';
import { foldName } from '../../core/text/normalise.js';
import { type CalendarDate, MONTHS, PARTS, type Part, SEASONS, calendarOf, pad, partOf, toEdtf } from './calendar.js';
import { addDayLists } from './day-lists.js';
import { DECADE, addEras, decadeEdtf } from './eras.js';
import { addLastNamed } from './last-named.js';
import { isStatementDate } from './narrative-anchors.js';
import { ATOM, B, DAY, E, MONTH, NOT_A_COUNT, PART, RELATIVE_YEAR, SEASON, THE_YEAR, YEAR } from './grammar.js';
import { isPublicationStatement } from './publication-date.js';
import { addRelativeDates, resolveShift, shiftOf } from './relative-dates.js';
import {
  type Candidate,
  type DateRole,
  type Resolved,
  type Resolver,
  add,
  at,
  impliedYear,
  isBackgroundDate,
  isFutureContext,
  isIntentContext,
  regex,
} from './resolver.js';

/** A date expression found in a text. Offsets are UTF-16 indices into the text given. */
export interface DateMention {
  start: number;
  end: number;
  surface: string;
  edtf: string;
  /** How the date bounds what the sentence states: at that time, from it on, up to it, or over a span. */
  role: DateRole;
}

export interface DateContext {
  /** The document's date in EDTF; it anchors dates written without a year and phrases such as "last month". */
  documentDate?: string;
}

/** Ordinals of halves and quarters, folded; -1 is the last one. */
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  premier: 1,
  '1er': 1,
  second: 2,
  '2nd': 2,
  deuxieme: 2,
  '2e': 2,
  third: 3,
  '3rd': 3,
  troisieme: 3,
  '3e': 3,
  fourth: 4,
  '4th': 4,
  quatrieme: 4,
  '4e': 4,
  last: -1,
  dernier: -1,
};

const fold = (s: string) => foldName(s).replace(/\s+/g, ' ');

function monthOf(word: string): number | undefined {
  return MONTHS[fold(word).replace(/\.$/, '')];
}

/** Parses one atom ("19 July 2016", "July 2016", "2016", "July 19", "June"), reading a missing year against the context. */
function parseAtom(text: string, ctx: Resolver): (CalendarDate & { explicitYear: boolean }) | undefined {
  const words = text
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(of|de)$/i.test(w));
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  for (const w of words) {
    if (/^\d{4}$/.test(w)) y = Number(w);
    else if (/^\d{1,2}(st|nd|rd|th|er)?$/i.test(w)) d = Number(w.replace(/\D/g, ''));
    else if (monthOf(w) !== undefined) m = monthOf(w);
  }
  const explicitYear = y !== undefined;
  if (m === undefined && d !== undefined) return undefined;
  y ??= impliedYear(ctx, m, d);
  if (y === undefined) return undefined;
  if (m === undefined) return { year: y, explicitYear };
  return { year: y, month: m, ...(d === undefined ? {} : { day: d }), explicitYear };
}

/** English "may" and "march" are also verbs, "sept" a French number: as months they need a capital or a number. */
function isPlausibleMonthUse(surface: string): boolean {
  const s = surface.trim();
  if (/(?<![\p{L}])(may|march)(?![\p{L}])/u.test(s)) return false;
  return !/(^|[\s-])(sept|sep|jan|feb|f[ée]v|mar|apr|avr|jun|jul|juil|aug|oct|nov|d[ée]c)\.?$/iu.test(s);
}

function rangeEdtf(a: string, b: string): string | undefined {
  const start = a.split('/')[0] ?? a;
  const end = b.split('/').at(-1) ?? b;
  return start === end ? start : `${start}/${end}`;
}

const implied = (edtf: string | undefined, explicitYear: boolean): Resolved | undefined => at(edtf, explicitYear ? 'all' : 'date');

/** A phrase's EDTF and what later dates may read from it. */
interface Phrase {
  edtf: string;
  anchors: NonNullable<Resolved['anchors']>;
}

/** The EDTF of an atom, a decade or a relative year, with part of it when `part` says so. */
function atomEdtf(text: string, ctx: Resolver, part?: Part): Phrase | undefined {
  const shift = shiftOf(text.trim());
  if (shift?.unit === 'year') {
    const date = resolveShift(shift, ctx);
    return date ? { edtf: part ? partOf({ year: date.year }, part) : String(date.year), anchors: shift.reading === 'deictic' ? 'deictic' : 'all' } : undefined;
  }
  if (new RegExp(`^${DECADE}$`, 'iu').test(text.trim())) {
    const edtf = decadeEdtf(text, ctx, part);
    return edtf ? { edtf, anchors: 'none' } : undefined;
  }
  const atom = parseAtom(text.replace(/^(?:the\s+year|l['’]ann[ée]e)\s+/i, ''), ctx);
  if (!atom) return undefined;
  return { edtf: part && atom.day === undefined ? partOf(atom, part) : toEdtf(atom), anchors: atom.explicitYear ? 'all' : 'date' };
}

function partWord(text: string): Part | undefined {
  return PARTS[fold(text).replace(/\s*-$/, '').trim()] ?? PARTS[fold(text).split(' ').slice(0, -1).join(' ')];
}

/** The EDTF of "early 2016", "mid-July 2014", "2013", "5" (sharing month and year with `tail`). */
function edtfOfPhrase(phrase: string, ctx: Resolver, tail?: string): Phrase | undefined {
  const p = new RegExp(`^(?<p>${PART})\\s*-?\\s*(?<x>.+)$`, 'iu').exec(phrase.trim());
  const part = p?.groups?.['p'] ? partWord(p.groups['p']) : undefined;
  let x = part ? (p?.groups?.['x'] ?? phrase) : phrase;
  if (tail && /^\d{1,2}(st|nd|rd|th|er)?$/i.test(x.trim())) {
    const rest = tail.trim().split(/\s+/).slice(1).join(' ');
    x = `${x} ${rest}`;
  }
  if (tail && new RegExp(`^${MONTH}$`, 'iu').test(x.trim())) {
    const year = new RegExp(YEAR).exec(tail)?.[0];
    if (year) x = `${x} ${year}`;
  }
  return atomEdtf(x, ctx, part);
}

const PHRASE_WITH_PART = String.raw`(?:${PART}\s*-?\s*)?(?:${DECADE}|${ATOM})`;

/** Every date expression of a text, normalised to EDTF, in reading order and without overlaps. */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const list: Candidate[] = [];

  // between X and Y; from X to Y; entre X et Y; de X à Y
  add(
    list,
    regex(
      `${B}(?:between|from|entre|de|du)\\s+(?:the\\s+|le\\s+)?(?<a>${PHRASE_WITH_PART}|${DAY})\\s+(?:and|to|until|till|through|et|à|au|a)\\s+(?:the\\s+|le\\s+)?(?<b>${PHRASE_WITH_PART})${E}`,
    ),
    text,
    9,
    (m, ctx) => {
      const b0 = m.groups?.['b'] ?? '';
      // "between 5 and 20 March" shares the month and year of its end; "from June 2012 to March" the year of its start.
      const a = edtfOfPhrase(m.groups?.['a'] ?? '', ctx, b0);
      const startYear = a ? calendarOf(a.edtf.split('/')[0] ?? '')?.year : undefined;
      const b = edtfOfPhrase(b0, a?.anchors === 'all' && startYear !== undefined ? { ...ctx, year: startYear } : ctx);
      const edtf = a && b ? rangeEdtf(a.edtf, b.edtf) : undefined;
      return edtf && a && b ? { edtf, role: 'span', anchors: a.anchors === 'all' ? 'all' : b.anchors } : undefined;
    },
  );
  // 11–15 January 2013; du 11 au 15 janvier 2013
  add(list, regex(`${B}(?<d1>${DAY})\\s*(?:[-–—]|to|au|à)\\s*(?<rest>${DAY}\\s+${MONTH}(?:\\s+${YEAR})?)${E}`), text, 8, (m, ctx) => {
    const end = parseAtom(m.groups?.['rest'] ?? '', ctx);
    if (!end?.month || !end.day) return undefined;
    const d1 = Number((m.groups?.['d1'] ?? '').replace(/\D/g, ''));
    if (d1 >= end.day) return undefined;
    return { edtf: `${end.year}-${pad(end.month)}-${pad(d1)}/${toEdtf(end)}`, role: 'span', anchors: end.explicitYear ? 'all' : 'date' };
  });
  // January–March 2013
  add(list, regex(`${B}(?<m1>${MONTH})\\s*(?:[-–—]|to|à)\\s*(?<m2>${MONTH})\\s+(?<y>${YEAR})${E}`), text, 8, (m) => {
    const y = Number(m.groups?.['y']);
    const m1 = monthOf(m.groups?.['m1'] ?? '');
    const m2 = monthOf(m.groups?.['m2'] ?? '');
    if (!m1 || !m2 || m1 >= m2) return undefined;
    return { edtf: `${y}-${pad(m1)}/${y}-${pad(m2)}`, role: 'span' };
  });
  // 2012-13, 2012–2014, 2012/13
  add(list, regex(`${B}(?<y1>${YEAR})\\s*[-–—/]\\s*(?<y2>\\d{4}|\\d{2})${E}(?!-\\d)`), text, 7, (m) => {
    const y1 = Number(m.groups?.['y1']);
    const raw = m.groups?.['y2'] ?? '';
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
    if (raw.length === 2 && Number(raw) <= 12 && y2 <= y1) return at(`${y1}-${raw}`); // ISO month
    if (y2 <= y1 || y2 - y1 > 30) return undefined;
    return { edtf: `${y1}/${y2}`, role: 'span' };
  });
  // ISO dates
  add(list, regex(`${B}(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\\d|3[01])${E}`), text, 7, (m) =>
    at(`${m.groups?.['y']}-${m.groups?.['m']}-${m.groups?.['d']}`),
  );
  // since X; depuis X; from X onwards; dès X
  add(
    list,
    regex(`${B}(?:(?:ever\\s+since|since|depuis|à\\s+partir\\s+de|dès)\\s+(?<x>${PHRASE_WITH_PART})|from\\s+(?<y>${PHRASE_WITH_PART})\\s+on(?:wards?)?)${E}`),
    text,
    6,
    (m, ctx) => {
      const x = edtfOfPhrase(m.groups?.['x'] ?? m.groups?.['y'] ?? '', ctx);
      // The phrase names its date ("since 2016" names 2016); the role says what follows from it, and a
      // relation dated by it runs from that date on (extract-relations.ts validOf).
      return x ? { edtf: x.edtf, role: 'since', anchors: x.anchors } : undefined;
    },
  );
  // until X; jusqu'en X; by X (no later than X); d'ici X
  add(
    list,
    regex(
      `${B}(?:until|till|up\\s+to|by|jusqu['’](?:en|à|au|a)|d['’]ici\\s+(?:à\\s+|au\\s+)?)\\s*(?<x>${PHRASE_WITH_PART}|(?:${PART}\\s*-?\\s*)${THE_YEAR})${E}${NOT_A_COUNT}`,
    ),
    text,
    6,
    (m, ctx) => {
      const x = edtfOfPhrase(m.groups?.['x'] ?? '', ctx);
      // As with "since", the phrase names its date ("until 2013" names 2013) and the role bounds what follows: a
      // relation dated by it ends then (extract-relations.ts validOf).
      return x ? { edtf: x.edtf, role: 'until', anchors: x.anchors } : undefined;
    },
  );
  // early/mid/late X; début/mi-/fin X; the early 1990s; late last year; the end of the year
  add(
    list,
    regex(
      `${B}(?<p>${PART})\\s*-?\\s*(?<x>${DECADE}|${RELATIVE_YEAR}|${MONTH}\\s+(?:of\\s+|de\\s+)?${YEAR}|(?:the\\s+year\\s+|l['’]ann[ée]e\\s+)?${YEAR}|${THE_YEAR}|${MONTH})${E}`,
    ),
    text,
    5,
    (m, ctx) => {
      const part = partWord(m.groups?.['p'] ?? '');
      if (!part) return undefined;
      const x = atomEdtf(m.groups?.['x'] ?? '', ctx, part);
      return x ? at(x.edtf, x.anchors) : undefined;
    },
  );
  // halves and quarters of a year: the first half of 2019, H2 2015, Q3 2018, the third quarter of 2018,
  // le premier semestre 2019, le troisième trimestre 2018 (EDTF level 1 has no quarters: month spans)
  add(
    list,
    regex(
      `${B}(?:(?:the\\s+|au\\s+|le\\s+|du\\s+)?(?<n>first|second|third|fourth|last|1st|2nd|3rd|4th|premier|1er|second|deuxi[èe]me|2e|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\\s+(?<unit>half|quarter|semestre|trimestre)\\s+(?:of\\s+|de\\s+|d['’])?|(?<code>[HQ][1-4])\\s*)(?<y>${YEAR})${E}`,
    ),
    text,
    6,
    (m) => {
      const code = m.groups?.['code']?.toUpperCase();
      const unit = code ? (code.startsWith('H') ? 'half' : 'quarter') : fold(m.groups?.['unit'] ?? '');
      const halves = unit === 'half' || unit === 'semestre';
      const ordinal = code ? Number(code.slice(1)) : ORDINALS[fold(m.groups?.['n'] ?? '')];
      const count = halves ? 2 : 4;
      const n = ordinal === -1 ? count : ordinal;
      if (n === undefined || n < 1 || n > count) return undefined;
      const y = Number(m.groups?.['y']);
      const months = 12 / count;
      return at(`${y}-${pad((n - 1) * months + 1)}/${y}-${pad(n * months)}`);
    },
  );
  // seasons: spring 2014, the summer of 2012, l'été 2014; in the summer, au printemps (the year of the date before)
  add(list, regex(`${B}(?:the\\s+)?(?<s>${SEASON})\\s+(?:of\\s+|de\\s+|d['’])?(?<y>${YEAR})${E}`), text, 5, (m) => {
    const season = SEASONS[fold(m.groups?.['s'] ?? '')];
    return season ? at(`${m.groups?.['y']}-${season}`) : undefined;
  });
  add(
    list,
    regex(`(?<lead>${B}(?:in|during|au|en|à|pendant)\\s+)(?:the\\s+|l['’])?(?<s>${SEASON})${E}(?!\\s+(?:of\\s+|de\\s+|d['’])?\\d)`),
    text,
    3,
    (m, ctx) => {
      const season = SEASONS[fold(m.groups?.['s'] ?? '')];
      // edtf.js reads seasons as quarters: spring is January to March.
      const year = season ? impliedYear(ctx, (season - 21) * 3 + 1) : undefined;
      return season && year !== undefined ? at(`${year}-${season}`, 'date') : undefined;
    },
  );
  addEras(list, text, PARTS);
  // approximately X
  add(list, regex(`${B}(?:around|circa|c\\.|approximately|vers|aux\\s+alentours\\s+de)\\s+(?<x>(?:${MONTH}\\s+)?${YEAR})${E}`), text, 5, (m, ctx) => {
    const x = atomEdtf(m.groups?.['x'] ?? '', ctx);
    return x ? at(`${x.edtf}~`) : undefined;
  });
  // the following June
  add(list, regex(`${B}(?:the\\s+)?(?:following|next|subsequent)\\s+(?<mo>${MONTH})${E}`), text, 5, (m, ctx) => {
    const month = monthOf(m.groups?.['mo'] ?? '');
    const base = ctx.last ?? ctx.publication;
    if (!month || !base) return undefined;
    const year = base.month !== undefined && base.month < month ? base.year : base.year + 1;
    return at(`${year}-${pad(month)}`);
  });
  addRelativeDates(list, text);
  addLastNamed(list, text, monthOf);
  addDayLists(list, text, monthOf);
  // plain dates with a day, through chrono (English day-first and month-first, French)
  for (const result of plainDates(text)) {
    list.push({
      start: result.start,
      end: result.end,
      priority: 2,
      resolve: (ctx) => {
        const known = result.known;
        if (known.month === undefined || known.day === undefined) return undefined;
        const year = known.year ?? impliedYear(ctx, known.month, known.day);
        if (year === undefined) return undefined;
        return implied(toEdtf({ year, month: known.month, day: known.day }), known.year !== undefined);
      },
    });
  }
  // Month YYYY, YYYY, and a bare month after a preposition or a conjunction
  add(list, regex(`${B}(?<x>${MONTH}\\s+(?:of\\s+|de\\s+)?${YEAR})${E}`), text, 1, (m, ctx) => {
    const x = atomEdtf(m.groups?.['x'] ?? '', ctx);
    return x ? at(x.edtf, x.anchors) : undefined;
  });
  add(
    list,
    regex(
      `(?<![\\p{L}\\p{N}][,.]?|[-–/])(?<!(?:resolution|résolution|no\\.?|n°|number|law|loi|article|decree|décret)\\s+)${YEAR}${E}(?![-–/]\\d)${NOT_A_COUNT}`,
    ),
    text,
    0,
    (m) => at(m[0]),
  );
  add(
    list,
    regex(
      `(?<lead>${B}(?:in|since|by|during|for|en|pour|in\\s+early|in\\s+late|and|or|et|ou)\\s+)(?:january|february|march|april|june|july|august|september|october|november|december|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)${E}(?!\\s+\\d)`,
    ),
    text,
    0,
    (m, ctx) => {
      const surface = m[0].slice(m.groups?.['lead']?.length ?? 0);
      if (!/^[A-Z]/.test(surface) && /^(march|may)$/i.test(surface)) return undefined;
      const x = atomEdtf(surface, ctx);
      return x ? at(x.edtf, x.anchors) : undefined;
    },
  );

  return resolveCandidates(text, list, context);
}

interface PlainDate {
  start: number;
  end: number;
  known: { year?: number; month?: number; day?: number };
}

const NAMED_MONTH = new RegExp(`${B}${MONTH}${E}`, 'iu');
const englishDayFirst = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const englishMonthFirst = chrono.en.strict;
const french = chrono.fr.strict;

/** Day-precision dates chrono-node recognises; leading "on"/"le" is left out of the surface. */
function plainDates(text: string): PlainDate[] {
  const found: PlainDate[] = [];
  const reference = new Date(Date.UTC(2000, 0, 1));
  for (const parser of [englishDayFirst, englishMonthFirst, french]) {
    for (const r of parser.parse(text, reference)) {
      // A day date names a day number or a month: "in the second", "yesterday" or "in two days" are
      // relative to chrono's reference day (2000-01-01 here), not to the document; relative-dates.ts reads them.
      if (!/\d/.test(r.text) && !NAMED_MONTH.test(r.text)) continue;
      // No date runs over a paragraph break ("12\n\nOn 3 May" is two dates).
      if (/\n\s*\n/.test(r.text)) continue;
      // Only a day and a month make a day date ("3 et" in "les 3 et 9 mai" is read as a time of day).
      if (!r.start.isCertain('day') || !r.start.isCertain('month')) continue;
      const lead = /^(?:on|le|the)\s+/i.exec(r.text)?.[0].length ?? 0;
      const known = { year: r.start.get('year') ?? undefined, month: r.start.get('month') ?? undefined, day: r.start.get('day') ?? undefined };
      // "On 2 October, 29 soldiers were killed": a count after the comma, not the year '29; reports write years in full.
      const shortYear = /,\s*\d{1,2}$/.exec(r.text.trimEnd()) ?? (r.start.isCertain('year') ? /\s+\d{1,2}$/.exec(r.text.trimEnd()) : null);
      const yearWritten = !shortYear || /(?:1[89]|20)\d\d/.test(r.text);
      found.push({
        start: r.index + lead,
        end: r.index + (yearWritten ? r.text.trimEnd().length : shortYear.index),
        known: {
          ...(r.start.isCertain('year') && known.year !== undefined && yearWritten ? { year: known.year } : {}),
          ...(r.start.isCertain('month') && known.month !== undefined ? { month: known.month } : {}),
          ...(r.start.isCertain('day') && known.day !== undefined ? { day: known.day } : {}),
        },
      });
    }
  }
  return found;
}

// An author–year citation: "(Smith, 2016)", "(Smith and Jones 2017a, p. 4; Lee, 2015)".
const AUTHOR_YEAR = /(?<author>\p{Lu}[\p{L}'’.-]+)(?:\s+(?:et\s+al\.?|and|&|et)(?:\s+\p{Lu}[\p{L}'’.-]+)?)?,?\s+(?:19|20)\d{2}[a-z]?(?!\d)/gu;

// A note on where a passage comes from: "(Interview, Gao, 3 May 2017)", "(Entretien téléphonique, 12 mars 2018)".
const SOURCE_NOTE =
  /^\(\s*(?:(?:phone|telephone|skype|personal|group)\s+)?(?:interviews?|entretiens?|focus\s+groups?|communication|correspondence|e-?mail|email)\b/iu;

/** Spans of parentheses that cite other works by author and year (a month is no author): the years there date those works, not events. */
function citationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\([^()]{4,300}\)/g)) {
    const cites = SOURCE_NOTE.test(m[0]) || [...m[0].matchAll(AUTHOR_YEAR)].some((a) => monthOf(a.groups?.['author'] ?? '') === undefined);
    if (cites) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/**
 * Whether [start, end) lies inside one of the spans, in logarithmic time: some span contains it
 * exactly when the spans starting at or before `start` reach, at their furthest, `end` or beyond.
 */
function containedIn(spans: readonly [number, number][]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const starts = sorted.map(([s]) => s);
  const reach: number[] = [];
  for (const [, e] of sorted) reach.push(Math.max(reach.at(-1) ?? -1, e));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -1) >= end;
  };
}

/** The document's date: the one given, refined by the text's statement of its own date when they agree. */
function publicationOf(given: CalendarDate | undefined, stated: CalendarDate | undefined): CalendarDate | undefined {
  if (!stated) return given;
  if (!given) return stated;
  const agrees =
    stated.year === given.year && (given.month === undefined || (stated.month === given.month && (given.day === undefined || stated.day === given.day)));
  return agrees ? stated : given;
}

/** Keeps the longest (then highest-priority) candidate where several overlap, then resolves in reading order. */
function resolveCandidates(text: string, list: Candidate[], context: DateContext): DateMention[] {
  const chosen: Candidate[] = [];
  const inCitation = containedIn(citationSpans(text));
  // Which code units a chosen date covers: checking a candidate's own span keeps this linear in the
  // text, where comparing it with every chosen date was quadratic (issue 18: a text full of years).
  const taken = new Uint8Array(text.length + 1);
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  for (const c of sorted) {
    if (inCitation(c.start, c.end)) continue;
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    if (!isPlausibleMonthUse(text.slice(c.start, c.end))) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const given = context.documentDate ? calendarOf(context.documentDate.replace(/^\.\.\//, '')) : undefined;
  const fresh = (publication: CalendarDate | undefined): Resolver => ({ publication, year: undefined, last: undefined, at: 0, future: false, intent: false });
  const statement = chosen.find((c) => isPublicationStatement(text, c.start));
  const stated = statement?.resolve(fresh(given));
  const ctx = fresh(publicationOf(given, stated && calendarOf(stated.edtf)));
  const out: DateMention[] = [];
  let yearOfADay = false;
  for (const c of chosen) {
    // A full stop after a month written in full ends the sentence, not an abbreviation.
    if (/\p{L}{4,}\.$/u.test(text.slice(c.start, c.end))) c.end--;
    // A news report's paragraph starts again from the time of writing: a year named as background in the paragraph
    // before ("The CSP was formed in 2021.") does not date the next one's "Fighting resumed in August".
    // A long report's chronology runs across its paragraphs (and a PDF's page breaks), so only a short text is read so.
    // A year the paragraph before gave with its day ("On 5 May 2019 …") is where the narrative stands, and carries on.
    if (ctx.publication && ctx.year !== undefined && !yearOfADay && text.length < 6000 && /[.!?]["”’)]?[ \t]*\n[ \t]*\n/u.test(text.slice(ctx.at, c.start)))
      ctx.year = undefined;
    ctx.at = c.start;
    ctx.future = isFutureContext(text, c.start);
    ctx.intent = isIntentContext(text, c.start);
    ctx.background = isBackgroundDate(text, c.start);
    const resolved = c.resolve(ctx);
    if (!resolved) continue;
    const analysed = analyseTemporal(resolved.edtf);
    if (typeof analysed === 'string') continue;
    out.push({ start: c.start, end: c.end, surface: text.slice(c.start, c.end), edtf: resolved.edtf, role: resolved.role });
    // "the deadliest since 2019", "bastion des rebelles depuis 2012": a date things are counted from is not where the
    // narrative stands, so neither year-less dates ("In March") nor anaphoric phrases ("la veille") are read from it.
    const anchors = resolved.role === 'since' ? 'none' : (resolved.anchors ?? 'all');
    const date = anchors === 'none' ? undefined : calendarOf(resolved.edtf);
    if (date) ctx.last = date;
    // Looking back does not count from the day a statement was made ("claimed on Monday … the day before").
    if (date && !isStatementDate(text, c.start)) ctx.lastTold = date;
    if (date && anchors === 'all' && !ctx.background) {
      ctx.year = date.year;
      yearOfADay = /^\d{4}-\d{2}-\d{2}$/.test(resolved.edtf);
    }
    // A phrase read from the time of writing brings the text back to it: dates without a year read from the publication again.
    if (anchors === 'deictic') ctx.year = undefined;
  }
  return out;
}
