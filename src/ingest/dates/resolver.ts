/**
 * What the date rules share: the candidates they propose and the running context they are resolved
 * against in reading order, with the two anchors a date written without all its parts is read against.
 */
import { type CalendarDate, isAfter } from './calendar.js';

/** How the date bounds what the sentence states: at that time, from it on, up to it, or over a span. */
export type DateRole = 'at' | 'since' | 'until' | 'span';

export interface Resolved {
  edtf: string;
  role: DateRole;
  /**
   * What later dates may read from this one: everything (the default); only the date itself when its
   * year was implied (a year-less date must not become a written year); the date, read from the time of
   * writing (deictic: "last year", which sends year-less dates back to the publication's year); or
   * nothing (a decade).
   */
  anchors?: 'all' | 'date' | 'deictic' | 'none';
}

export interface Candidate {
  start: number;
  end: number;
  priority: number;
  resolve: (ctx: Resolver) => Resolved | undefined;
}

/** Running context while dates are resolved in reading order. */
export interface Resolver {
  /** The document's date: the one it was given, refined by the date the text states for itself. */
  publication: CalendarDate | undefined;
  /** The year of the closest date before, written with its year. */
  year: number | undefined;
  /** The closest date before, which anaphoric phrases read against ("the following day", "that year"). */
  last: CalendarDate | undefined;
  /** The closest date before that is not the day of a statement: what looking back ("the day before", "la veille") counts from. */
  lastTold?: CalendarDate | undefined;
  /** Where the candidate being resolved starts, and whether its sentence speaks of the future. */
  at: number;
  future: boolean;
  /** Whether its sentence states, in the present, a plan or intention still to be carried out. */
  intent: boolean;
  /** Whether it sits in a past-perfect clause, which looks back from where the narrative stands. */
  background?: boolean;
}

export type Precision = 'year' | 'month' | 'day';

const hasPrecision = (d: CalendarDate, p: Precision) => p === 'year' || (d.month !== undefined && (p === 'month' || d.day !== undefined));

/**
 * The year of a date written without one: the year of the closest full date before it, else the
 * publication's; a year earlier when the date would otherwise lie after the publication, since a
 * report tells what has happened, unless the sentence speaks of the future. A plan or intention
 * stated now ("wants to cut its force in February", "prévoit … en février") is read forward from
 * the publication: the first such month on or after it, whatever year the narrative had reached.
 */
export function impliedYear(ctx: Resolver, month?: number, day?: number): number | undefined {
  const p = ctx.publication;
  if (ctx.intent && p?.month !== undefined && month !== undefined) return month >= p.month ? p.year : p.year + 1;
  const year = ctx.year ?? p?.year;
  if (year === undefined || !p || ctx.future) return year;
  if (movesOnAYear(ctx, year, p, month, day)) return year + 1;
  // A year written after the publication's says the document's date is not the time of writing: nothing to shift.
  if (year !== p.year) return year;
  const date: CalendarDate = { year, ...(month === undefined ? {} : { month }), ...(month !== undefined && day !== undefined ? { day } : {}) };
  return isAfter(date, p) ? year - 1 : year;
}

/**
 * Whether a month earlier in the year than the date just told lies in the next year: a report goes forward from
 * "1 November 2019" to "13 January", « décembre 2022 » to « janvier », as long as that stays before its publication.
 * A clause in the past perfect ("had occupied it on 26 April") looks back instead.
 */
function movesOnAYear(ctx: Resolver, year: number, p: CalendarDate, month?: number, day?: number): boolean {
  const last = ctx.last;
  if (ctx.background || month === undefined || last?.month === undefined || last.year !== year || month >= last.month) return false;
  return !isAfter({ year: year + 1, month, ...(day === undefined ? {} : { day }) }, p);
}

/** The text of its sentence (or clause) up to an offset, at most `reach` characters back; `boundary` ends a sentence. */
function textBefore(text: string, at: number, reach: number, boundary: RegExp): string {
  const before = text.slice(Math.max(0, at - reach), at);
  return before.split(boundary).at(-1) ?? before;
}

// Words that put what follows in the future ("elections are scheduled for July", "le scrutin aura lieu en juillet"),
// also seen from the past ("whose term was to end in June", « dont le mandat devait s'achever en juin »).
const FUTURE =
  /\b(?:will|shall|would|planned|plans?|scheduled|expected|due|set\s+to|upcoming|to\s+be\s+held|(?:is|are)\s+to\s+be|(?:was|were)\s+to|sera|seront|aura|auront|doit|doivent|devrait|devraient|devait|devaient|allait|allaient|prévue?s?|pr[ée]vu)\b/iu;

// A plan or intention stated in the present tense, by its verb: not "was planned", not "would".
const INTENT =
  /\b(?:will|shall|(?:wants?|intends?|plans?|aims?|hopes?|expects?)\s+to|(?:is|are)\s+(?:due|expected|scheduled|set|planned|going)\s+to|sera|seront|aura|auront|veut|veulent|prévoit|prévoient|compte|comptent|entend|entendent)\b/iu;

/** Whether the sentence up to an offset states, in the present, what someone means to do. */
export function isIntentContext(text: string, at: number): boolean {
  // A quoted title or statement ("‘What the merger will change’") is not the writer's own plan.
  return INTENT.test(textBefore(text, at, 200, /[.!?]\s/).replace(/[‘“"«][^’”"»]*[’”"»]/gu, ''));
}

// A clause in the past perfect looks back from the narrative ("towns which had been seized in
// 2012", "qui avaient été prises en 2012"): its date is background and does not move the year that
// later dates without one are read in.
const PAST_PERFECT =
  /\b(?:had\s+(?:\p{L}+\s+)?(?:been\s+)?\p{L}+(?:ed|en|wn|ht|ft|lt|nt|id|un|ne)|(?:avai|étai)(?:t|ent)\s+(?:\p{L}+\s+)?(?:été\s+)?\p{L}+(?:é|ée|és|ées|i|ie|is|ies|ise|ises|it|ite|its|u|ue|us|ues|ert|erte|erts|ort|orte|orts))\b/iu;

/** Whether the date at an offset sits in a past-perfect clause of its sentence. */
export function isBackgroundDate(text: string, at: number): boolean {
  return PAST_PERFECT.test(textBefore(text, at, 160, /[.!?;]\s/));
}

/** Whether the sentence up to an offset speaks of what is still to come. */
export function isFutureContext(text: string, at: number): boolean {
  return FUTURE.test(textBefore(text, at, 200, /[.!?]\s|\n/));
}

/**
 * What deictic phrases ("last month", "Tuesday", "la semaine dernière") count from: the publication
 * date; the closest date before only when the document's date is not known at all (a document dated
 * 2016 cannot place "last month", and the narrative's latest date is a poor guess at when it was written).
 */
export function deicticAnchor(ctx: Resolver, precision: Precision): CalendarDate | undefined {
  const p = ctx.publication;
  if (p) return hasPrecision(p, precision) ? p : undefined;
  return ctx.last && hasPrecision(ctx.last, precision) ? ctx.last : undefined;
}

/**
 * What anaphoric phrases ("the following day", "un mois plus tard", "that year") count from: the closest date before, else
 * the publication date. Looking back (`backward`) skips the day of a statement: in "attacked on Sunday … claimed it on
 * Monday. The day before, …" the day before is the attack's, not the claim's; "the next day" goes on from the claim.
 */
export function anaphoricAnchor(ctx: Resolver, precision: Precision, backward = false): CalendarDate | undefined {
  const base = (backward ? (ctx.lastTold ?? ctx.last) : ctx.last) ?? ctx.publication;
  return base && hasPrecision(base, precision) ? base : undefined;
}

/** Adds a candidate for every match of a rule; a named group `lead` is left out of the span. */
export function add(list: Candidate[], re: RegExp, text: string, priority: number, resolve: (m: RegExpExecArray, ctx: Resolver) => Resolved | undefined) {
  for (const m of text.matchAll(re)) {
    const lead = m.groups?.['lead']?.length ?? 0;
    const start = m.index + lead;
    list.push({ start, end: m.index + m[0].length, priority, resolve: (ctx) => resolve(m as RegExpExecArray, ctx) });
  }
}

/** A date stated at a point (or within a span) of time. */
export const at = (edtf: string | undefined, anchors?: Resolved['anchors']): Resolved | undefined =>
  edtf ? { edtf, role: 'at', ...(anchors ? { anchors } : {}) } : undefined;

export const regex = (source: string) => new RegExp(source, 'giu');
