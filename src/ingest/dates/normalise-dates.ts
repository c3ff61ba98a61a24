/**
 * Finds date expressions in a text and normalises them to EDTF level 1, relative to the
 * document's date. chrono-node reads plain day dates; the rules here handle what it does not:
 * early/mid/late (début, mi-, fin), since/until, between…and…, 2012-13, halves and quarters of a
 * year, seasons, decades, French month names and phrases such as "the following June". Each rule is tested phrase by
 * phrase in normalise-dates.test.ts. This file is over 100 lines because the rules read best together.
 */
import * as chrono from 'chrono-node';
import { analyseTemporal } from '../../core/dates/edtf.js';
import { foldName } from '../../core/text/normalise.js';
import { type CalendarDate, MONTHS, PARTS, type Part, SEASONS, pad, partOf, partOfDecade, toEdtf } from './calendar.js';

/** A date expression found in a text. Offsets are UTF-16 indices into the text given. */
export interface DateMention {
  start: number;
  end: number;
  surface: string;
  edtf: string;
  /** How the date bounds what the sentence states: at that time, from it on, up to it, or over a span. */
  role: 'at' | 'since' | 'until' | 'span';
}

export interface DateContext {
  /** The document's date in EDTF; its year anchors dates written without one. */
  documentDate?: string;
}

// Pieces of the grammar, as regular-expression source.
const MONTH = String.raw`(?:jan(?:uary|v(?:ier)?)?|f[ée]v(?:rier|r)?|feb(?:ruary)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|ma[yi]|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?)\.?`;
const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?`;
const ATOM = String.raw`(?:${DAY}\s+${MONTH}\s+(?:of\s+|de\s+)?${YEAR}|${MONTH}\s+${DAY},?\s+${YEAR}|${MONTH}\s+(?:of\s+|de\s+)?${YEAR}|${YEAR}|${DAY}\s+${MONTH}|${MONTH}\s+${DAY}(?!\d)|${MONTH})`;
const PART = String.raw`(?:the\s+early|the\s+late|early|late|mid|the\s+middle\s+of|middle\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+end\s+of|end\s+of|au\s+d[ée]but\s+(?:de\s+|d['’])?|d[ée]but\s+(?:de\s+|d['’])?|à\s+la\s+mi|mi|au\s+milieu\s+de|milieu\s+de|à\s+la\s+fin\s+(?:de\s+|d['’])?|fin\s+(?:de\s+|d['’])?)`;
const RELATIVE_YEAR = String.raw`(?:last\s+year|this\s+year|next\s+year|the\s+previous\s+year|the\s+following\s+year|l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e|suivante|pr[ée]c[ée]dente)|cette\s+ann[ée]e)`;
const SEASON = String.raw`(?:spring|summer|autumn|fall|winter|printemps|[ée]t[ée]|automne|hiver)`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
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

interface Candidate {
  start: number;
  end: number;
  priority: number;
  resolve: (ctx: Resolver) => { edtf: string; role: DateMention['role'] } | undefined;
}

/** Running context while dates are resolved in reading order. */
interface Resolver {
  documentYear: number | undefined;
  /** The year most recently written out in full, else the document's. */
  year: number | undefined;
  /** The last date resolved, for "the following June". */
  last: CalendarDate | undefined;
  documentMonth: number | undefined;
  /** Where the candidate being resolved starts, and where the running year was last written. */
  at: number;
  yearAt: number | undefined;
}

/** How far back (UTF-16 units) a year written out still anchors a date written without one. */
const YEAR_REACH = 400;

/**
 * The year of a date written without one: the running year when it was written nearby, else the
 * document's year (or the one before, for a month still to come when the document was written).
 */
function impliedYear(ctx: Resolver, month: number | undefined): number | undefined {
  if (ctx.year !== undefined && ctx.yearAt !== undefined && ctx.at - ctx.yearAt <= YEAR_REACH) return ctx.year;
  if (ctx.documentYear === undefined) return ctx.year;
  return month !== undefined && ctx.documentMonth !== undefined && month > ctx.documentMonth ? ctx.documentYear - 1 : ctx.documentYear;
}

const fold = (s: string) => foldName(s).replace(/\s+/g, ' ');

function monthOf(word: string): number | undefined {
  return MONTHS[fold(word).replace(/\.$/, '')];
}

/** Parses one atom ("19 July 2016", "July 2016", "2016", "July 19", "June") against a running year. */
function parseAtom(text: string, year: number | undefined): (CalendarDate & { explicitYear: boolean }) | undefined {
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
  y ??= year;
  if (y === undefined) return undefined;
  if (m === undefined) return d === undefined ? { year: y, explicitYear } : undefined;
  return { year: y, month: m, ...(d === undefined ? {} : { day: d }), explicitYear };
}

/** English "may" and "march" are also verbs, "sept" a French number: as months they need a capital or a number. */
function isPlausibleMonthUse(surface: string): boolean {
  const s = surface.trim();
  if (/(?<![\p{L}])(may|march)(?![\p{L}])/u.test(s)) return false;
  return !/(^|[\s-])(may|sept|sep|jan|feb|f[ée]v|mar|apr|avr|jun|jul|juil|aug|oct|nov|d[ée]c)\.?$/iu.test(s);
}

function rangeEdtf(a: string, b: string): string | undefined {
  const start = a.split('/')[0] ?? a;
  const end = b.split('/').at(-1) ?? b;
  return start === end ? start : `${start}/${end}`;
}

function add(
  list: Candidate[],
  re: RegExp,
  text: string,
  priority: number,
  resolve: (m: RegExpExecArray, ctx: Resolver) => { edtf: string; role: DateMention['role'] } | undefined,
) {
  for (const m of text.matchAll(re)) {
    const lead = m.groups?.['lead']?.length ?? 0;
    const start = m.index + lead;
    list.push({ start, end: m.index + m[0].length, priority, resolve: (ctx) => resolve(m as RegExpExecArray, ctx) });
  }
}

const at = (edtf: string | undefined) => (edtf ? { edtf, role: 'at' as const } : undefined);

function atomEdtf(text: string, ctx: Resolver, part?: Part): string | undefined {
  if (/^(last|this|next|the previous|the following)\s+year$|^l['’]ann|^cette/i.test(text.trim())) {
    const base = ctx.documentYear;
    if (base === undefined) return undefined;
    const t = fold(text);
    const year = /last|derniere|passee|previous|precedente/.test(t)
      ? t.includes('previous') || t.includes('precedente')
        ? (ctx.last?.year ?? base) - 1
        : base - 1
      : /next|suivante|following/.test(t)
        ? t.includes('following') || t.includes('suivante')
          ? (ctx.last?.year ?? base) + 1
          : base + 1
        : base;
    return part ? partOf({ year }, part) : String(year);
  }
  const decade = /^(?:the\s+)?(\d{3}0)s$/.exec(text.trim());
  if (decade?.[1]) return partOfDecade(Number(decade[1]), part);
  const probe = parseAtom(text, 0);
  const atom = parseAtom(text, probe && !probe.explicitYear ? impliedYear(ctx, probe.month) : ctx.year);
  if (!atom) return undefined;
  if (atom.explicitYear) {
    ctx.yearAt = ctx.at;
    ctx.year = atom.year;
  }
  ctx.last = atom;
  if (part && atom.day === undefined) return partOf(atom, part);
  return toEdtf(atom);
}

function partWord(text: string): Part | undefined {
  return PARTS[fold(text).replace(/\s*-$/, '').trim()] ?? PARTS[fold(text).split(' ').slice(0, -1).join(' ')];
}

/** Every date expression of a text, normalised to EDTF, in reading order and without overlaps. */
export function findDates(text: string, context: DateContext = {}): DateMention[] {
  const list: Candidate[] = [];
  const re = (source: string) => new RegExp(source, 'giu');

  // between X and Y; from X to Y; entre X et Y; de X à Y
  add(
    list,
    re(
      `${B}(?:between|from|entre|de|du)\\s+(?<a>(?:${PART}\\s*-?\\s*)?${ATOM}|${DAY})\\s+(?:and|to|until|till|through|et|à|au|a)\\s+(?<b>(?:${PART}\\s*-?\\s*)?${ATOM})${E}`,
    ),
    text,
    9,
    (m, ctx) => {
      const b0 = m.groups?.['b'] ?? '';
      // "between 5 and 20 March" shares the month and year of its end.
      const a = edtfOfPhrase(m.groups?.['a'] ?? '', ctx, b0);
      const b = edtfOfPhrase(b0, ctx);
      const edtf = a && b ? rangeEdtf(a, b) : undefined;
      return edtf ? { edtf, role: 'span' } : undefined;
    },
  );
  // 11–15 January 2013; du 11 au 15 janvier 2013
  add(list, re(`${B}(?<d1>${DAY})\\s*(?:[-–—]|to|au|à)\\s*(?<rest>${DAY}\\s+${MONTH}(?:\\s+${YEAR})?)${E}`), text, 8, (m, ctx) => {
    const probe = parseAtom(m.groups?.['rest'] ?? '', 0);
    const end = parseAtom(m.groups?.['rest'] ?? '', probe?.explicitYear ? ctx.year : impliedYear(ctx, probe?.month));
    if (!end?.month || !end.day) return undefined;
    if (end.explicitYear) {
      ctx.yearAt = ctx.at;
      ctx.year = end.year;
    }
    const d1 = Number((m.groups?.['d1'] ?? '').replace(/\D/g, ''));
    if (d1 >= end.day) return undefined;
    return { edtf: `${end.year}-${pad(end.month)}-${pad(d1)}/${toEdtf(end)}`, role: 'span' };
  });
  // January–March 2013
  add(list, re(`${B}(?<m1>${MONTH})\\s*(?:[-–—]|to|à)\\s*(?<m2>${MONTH})\\s+(?<y>${YEAR})${E}`), text, 8, (m, ctx) => {
    const y = Number(m.groups?.['y']);
    const m1 = monthOf(m.groups?.['m1'] ?? '');
    const m2 = monthOf(m.groups?.['m2'] ?? '');
    if (!m1 || !m2 || m1 >= m2) return undefined;
    ctx.yearAt = ctx.at;
    ctx.year = y;
    return { edtf: `${y}-${pad(m1)}/${y}-${pad(m2)}`, role: 'span' };
  });
  // 2012-13, 2012–2014, 2012/13
  add(list, re(`${B}(?<y1>${YEAR})\\s*[-–—/]\\s*(?<y2>\\d{4}|\\d{2})${E}(?!-\\d)`), text, 7, (m, ctx) => {
    const y1 = Number(m.groups?.['y1']);
    const raw = m.groups?.['y2'] ?? '';
    const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
    if (raw.length === 2 && Number(raw) <= 12 && y2 <= y1) return at(`${y1}-${raw}`); // ISO month
    if (y2 <= y1 || y2 - y1 > 30) return undefined;
    ctx.yearAt = ctx.at;
    ctx.year = y2;
    return { edtf: `${y1}/${y2}`, role: 'span' };
  });
  // ISO dates
  add(list, re(`${B}(?<y>${YEAR})-(?<m>0[1-9]|1[0-2])-(?<d>[0-2]\\d|3[01])${E}`), text, 7, (m, ctx) => {
    ctx.yearAt = ctx.at;
    ctx.year = Number(m.groups?.['y']);
    return at(`${m.groups?.['y']}-${m.groups?.['m']}-${m.groups?.['d']}`);
  });
  // since X; depuis X; from X onwards
  add(
    list,
    re(
      `${B}(?:ever\\s+since|since|depuis|à\\s+partir\\s+de|from)\\s+(?<x>(?:${PART}\\s*-?\\s*)?(?:the\\s+)?(?:\\d{3}0s|${ATOM}))(?<onward>\\s+on(?:wards?)?)?${E}`,
    ),
    text,
    6,
    (m, ctx) => {
      if (/^from$/i.test(m[0].split(/\s+/)[0] ?? '') && !m.groups?.['onward']) return undefined;
      const x = edtfOfPhrase(m.groups?.['x'] ?? '', ctx);
      return x ? { edtf: `${x.split('/')[0]}/..`, role: 'since' } : undefined;
    },
  );
  // until X; jusqu'en X
  add(list, re(`${B}(?:until|till|up\\s+to|jusqu['’](?:en|à|au|a))\\s+(?<x>(?:${PART}\\s*-?\\s*)?${ATOM})${E}`), text, 6, (m, ctx) => {
    const x = edtfOfPhrase(m.groups?.['x'] ?? '', ctx);
    return x ? { edtf: `/${x.split('/').at(-1)}`, role: 'until' } : undefined;
  });
  // early/mid/late X; début/mi-/fin X; the early 1990s; late last year
  add(
    list,
    re(`${B}(?<p>${PART})\\s*-?\\s*(?<x>(?:the\\s+)?\\d{3}0s|${RELATIVE_YEAR}|${MONTH}\\s+(?:of\\s+|de\\s+)?${YEAR}|${YEAR}|${MONTH})${E}`),
    text,
    5,
    (m, ctx) => {
      const part = partWord(m.groups?.['p'] ?? '');
      if (!part) return undefined;
      return at(atomEdtf(m.groups?.['x'] ?? '', ctx, part));
    },
  );
  // halves and quarters of a year: the first half of 2019, H2 2015, Q3 2018, the third quarter of 2018,
  // le premier semestre 2019, le troisième trimestre 2018 (EDTF level 1 has no quarters: month spans)
  add(
    list,
    re(
      `${B}(?:(?:the\\s+|au\\s+|le\\s+|du\\s+)?(?<n>first|second|third|fourth|last|1st|2nd|3rd|4th|premier|1er|second|deuxi[èe]me|2e|troisi[èe]me|3e|quatri[èe]me|4e|dernier)\\s+(?<unit>half|quarter|semestre|trimestre)\\s+(?:of\\s+|de\\s+|d['’])?|(?<code>[HQ][1-4])\\s*)(?<y>${YEAR})${E}`,
    ),
    text,
    6,
    (m, ctx) => {
      const code = m.groups?.['code']?.toUpperCase();
      const unit = code ? (code.startsWith('H') ? 'half' : 'quarter') : fold(m.groups?.['unit'] ?? '');
      const halves = unit === 'half' || unit === 'semestre';
      const ordinal = code ? Number(code.slice(1)) : ORDINALS[fold(m.groups?.['n'] ?? '')];
      const count = halves ? 2 : 4;
      const n = ordinal === -1 ? count : ordinal;
      if (n === undefined || n < 1 || n > count) return undefined;
      const y = Number(m.groups?.['y']);
      ctx.yearAt = ctx.at;
      ctx.year = y;
      const months = 12 / count;
      return at(`${y}-${pad((n - 1) * months + 1)}/${y}-${pad(n * months)}`);
    },
  );
  // seasons: spring 2014, the summer of 2012, l'été 2014
  add(list, re(`${B}(?:the\\s+)?(?<s>${SEASON})\\s+(?:of\\s+|de\\s+|d['’])?(?<y>${YEAR})${E}`), text, 5, (m, ctx) => {
    const season = SEASONS[fold(m.groups?.['s'] ?? '')];
    ctx.yearAt = ctx.at;
    ctx.year = Number(m.groups?.['y']);
    return season ? at(`${m.groups?.['y']}-${season}`) : undefined;
  });
  // decades: the 1990s, les années 1990
  add(list, re(`${B}(?:(?:the\\s+)?(?<y>\\d{3}0)s|les\\s+ann[ée]es\\s+(?<f>\\d{3}0))${E}`), text, 4, (m) =>
    at(partOfDecade(Number(m.groups?.['y'] ?? m.groups?.['f']))),
  );
  // approximately X
  add(list, re(`${B}(?:around|circa|c\\.|approximately|vers|aux\\s+alentours\\s+de)\\s+(?<x>(?:${MONTH}\\s+)?${YEAR})${E}`), text, 5, (m, ctx) => {
    const x = atomEdtf(m.groups?.['x'] ?? '', ctx);
    return x ? at(`${x}~`) : undefined;
  });
  // the following June; the next year; l'année suivante
  add(list, re(`${B}(?:the\\s+)?(?:following|next|subsequent)\\s+(?<mo>${MONTH})${E}`), text, 5, (m, ctx) => {
    const month = monthOf(m.groups?.['mo'] ?? '');
    const base = ctx.last ?? (ctx.documentYear ? { year: ctx.documentYear } : undefined);
    if (!month || !base) return undefined;
    const year = base.month !== undefined && base.month < month ? base.year : base.year + 1;
    ctx.last = { year, month };
    return at(`${year}-${pad(month)}`);
  });
  add(list, re(`${B}${RELATIVE_YEAR}${E}`), text, 3, (m, ctx) => at(atomEdtf(m[0], ctx)));
  // last month, this month, le mois dernier: relative to the document's month
  add(list, re(`${B}(?:(?<w>last|this|next)\\s+month|le\\s+mois\\s+(?<f>dernier|prochain)|ce\\s+mois)${E}`), text, 3, (m, ctx) => {
    if (ctx.documentYear === undefined || ctx.documentMonth === undefined) return undefined;
    const word = (m.groups?.['w'] ?? m.groups?.['f'] ?? 'this').toLowerCase();
    const shift = word === 'last' || word === 'dernier' ? -1 : word === 'next' || word === 'prochain' ? 1 : 0;
    const index = ctx.documentYear * 12 + (ctx.documentMonth - 1) + shift;
    return at(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  });
  // plain dates with a day, through chrono (English day-first and month-first, French)
  for (const result of plainDates(text)) {
    list.push({
      start: result.start,
      end: result.end,
      priority: 2,
      resolve: (ctx) => {
        const known = result.known;
        if (known.month === undefined || known.day === undefined) return undefined;
        const year = known.year ?? impliedYear(ctx, known.month);
        if (year === undefined) return undefined;
        if (known.year !== undefined) {
          ctx.yearAt = ctx.at;
          ctx.year = known.year;
        }
        ctx.last = { year, month: known.month, day: known.day };
        return at(toEdtf({ year, month: known.month, day: known.day }));
      },
    });
  }
  // Month YYYY, YYYY, and a bare month after a preposition
  add(list, re(`${B}(?<x>${MONTH}\\s+(?:of\\s+|de\\s+)?${YEAR})${E}`), text, 1, (m, ctx) => at(atomEdtf(m.groups?.['x'] ?? '', ctx)));
  add(
    list,
    re(
      `(?<![\\p{L}\\p{N}][,.]?|[-–/])(?<!(?:resolution|résolution|no\\.?|n°|number|law|loi|article|decree|décret)\\s+)${YEAR}${E}(?![-–/]\\d|\\s*(?:soldiers|troops|men|fighters|people|km|kilomet))`,
    ),
    text,
    0,
    (m, ctx) => at(atomEdtf(m[0], ctx)),
  );
  add(
    list,
    re(
      `(?<lead>${B}(?:in|since|by|during|en|in\\s+early|in\\s+late)\\s+)(?:january|february|march|april|june|july|august|september|october|november|december|janvier|f[ée]vrier|avril|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)${E}(?!\\s+\\d)`,
    ),
    text,
    0,
    (m, ctx) => {
      const surface = m[0].slice(m.groups?.['lead']?.length ?? 0);
      if (!/^[A-Z]/.test(surface) && /^(march|may)$/i.test(surface)) return undefined;
      return at(atomEdtf(surface, ctx));
    },
  );

  return resolveCandidates(text, list, context);
}

/** The EDTF of "early 2016", "mid-July 2014", "2013", "5" (sharing month and year with `tail`). */
function edtfOfPhrase(phrase: string, ctx: Resolver, tail?: string): string | undefined {
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
      // relative to chrono's reference day (2000-01-01 here), not to the document.
      if (!/\d/.test(r.text) && !NAMED_MONTH.test(r.text)) continue;
      const lead = /^(?:on|le|the)\s+/i.exec(r.text)?.[0].length ?? 0;
      const known = { year: r.start.get('year') ?? undefined, month: r.start.get('month') ?? undefined, day: r.start.get('day') ?? undefined };
      found.push({
        start: r.index + lead,
        end: r.index + r.text.length,
        known: {
          ...(r.start.isCertain('year') && known.year !== undefined ? { year: known.year } : {}),
          ...(r.start.isCertain('month') && known.month !== undefined ? { month: known.month } : {}),
          ...(r.start.isCertain('day') && known.day !== undefined ? { day: known.day } : {}),
        },
      });
    }
  }
  return found;
}

// An author–year citation: "(Smith, 2016)", "(Smith and Jones 2017a, p. 4; Lee, 2015)".
const AUTHOR_YEAR = /\p{Lu}[\p{L}'’.-]+(?:\s+(?:et\s+al\.?|and|&|et)(?:\s+\p{Lu}[\p{L}'’.-]+)?)?,?\s+(?:19|20)\d{2}[a-z]?(?!\d)/u;

/** Spans of parentheses that cite other works by author and year: the years there date those works, not events. */
function citationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\([^()]{4,300}\)/g)) if (AUTHOR_YEAR.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** Keeps the longest (then highest-priority) candidate where several overlap, then resolves in reading order. */
function resolveCandidates(text: string, list: Candidate[], context: DateContext): DateMention[] {
  const chosen: Candidate[] = [];
  const citations = citationSpans(text);
  const sorted = [...list].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  for (const c of sorted) {
    if (citations.some(([s, e]) => c.start >= s && c.end <= e)) continue;
    if (chosen.some((x) => x.start < c.end && c.start < x.end)) continue;
    if (!isPlausibleMonthUse(text.slice(c.start, c.end))) continue;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);
  const documentYear = context.documentDate ? Number(/^\/?(\d{4})/.exec(context.documentDate.replace(/^\.\.\//, ''))?.[1]) || undefined : undefined;
  const documentMonth = context.documentDate ? Number(/^\/?\d{4}-(\d{2})/.exec(context.documentDate)?.[1]) || undefined : undefined;
  const ctx: Resolver = { documentYear, documentMonth, year: documentYear, last: undefined, at: 0, yearAt: undefined };
  const out: DateMention[] = [];
  for (const c of chosen) {
    // A full stop after a month written in full ends the sentence, not an abbreviation.
    if (/\p{L}{4,}\.$/u.test(text.slice(c.start, c.end))) c.end--;
    ctx.at = c.start;
    const resolved = c.resolve(ctx);
    if (!resolved) continue;
    const analysed = analyseTemporal(resolved.edtf);
    if (typeof analysed === 'string') continue;
    out.push({ start: c.start, end: c.end, surface: text.slice(c.start, c.end), edtf: resolved.edtf, role: resolved.role });
  }
  return out;
}
