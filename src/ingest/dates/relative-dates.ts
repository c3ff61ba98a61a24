/**
 * Dates named relative to another: to the time of writing ("last month", "Tuesday", "la semaine
 * dernière": deictic) or to the date the text gave last ("the following day", "un mois plus tard",
 * "that year": anaphoric). The phrases are a table; one rule reads them all.
 */
import { foldName } from '../../core/text/normalise.js';
import { type CalendarDate, type Unit, shiftDate, toEdtf, weekOf, weekdayOf } from './calendar.js';
import { B, COUNT, COUNTS, E } from './grammar.js';
import { type Candidate, type Precision, type Resolved, type Resolver, add, anaphoricAnchor, at, deicticAnchor, regex } from './resolver.js';

type Reading = 'deictic' | 'anaphoric';
interface Shift {
  unit: Unit;
  by: number;
  reading: Reading;
}

const D = (unit: Unit, by: number): Shift => ({ unit, by, reading: 'deictic' });
const A = (unit: Unit, by: number): Shift => ({ unit, by, reading: 'anaphoric' });

/** Fixed phrases, English and French, as written (accents and apostrophes are matched loosely). */
const PHRASES: Record<string, Shift> = {
  yesterday: D('day', -1),
  'the day before yesterday': D('day', -2),
  hier: D('day', -1),
  'avant-hier': D('day', -2),
  'the following day': A('day', 1),
  'the next day': A('day', 1),
  'the day after': A('day', 1),
  'the next morning': A('day', 1),
  'the following morning': A('day', 1),
  'le lendemain': A('day', 1),
  'le jour suivant': A('day', 1),
  "le jour d'après": A('day', 1),
  'le surlendemain': A('day', 2),
  'the previous day': A('day', -1),
  'the preceding day': A('day', -1),
  'the day before': A('day', -1),
  'la veille': A('day', -1),
  'le jour précédent': A('day', -1),
  "l'avant-veille": A('day', -2),
  'the same day': A('day', 0),
  'that day': A('day', 0),
  'that same day': A('day', 0),
  'le même jour': A('day', 0),
  'le jour même': A('day', 0),
  'ce jour-là': A('day', 0),
  // Later on the same day: hours after, that evening or night.
  'that evening': A('day', 0),
  'that night': A('day', 0),
  'that morning': A('day', 0),
  'later that day': A('day', 0),
  'later in the day': A('day', 0),
  'hours later': A('day', 0),
  'a few hours later': A('day', 0),
  'quelques heures plus tard': A('day', 0),
  'quelques heures après': A('day', 0),
  'le soir même': A('day', 0),
  'le matin même': A('day', 0),
  'cette nuit-là': A('day', 0),
  'plus tard dans la journée': A('day', 0),
  'this week': D('week', 0),
  'last week': D('week', -1),
  'next week': D('week', 1),
  'cette semaine': D('week', 0),
  'la semaine dernière': D('week', -1),
  'la semaine passée': D('week', -1),
  'la semaine prochaine': D('week', 1),
  'the following week': A('week', 1),
  'the next week': A('week', 1),
  'the previous week': A('week', -1),
  'the preceding week': A('week', -1),
  'that week': A('week', 0),
  'the same week': A('week', 0),
  'la semaine suivante': A('week', 1),
  "la semaine d'après": A('week', 1),
  'la semaine précédente': A('week', -1),
  'cette semaine-là': A('week', 0),
  'la même semaine': A('week', 0),
  'this month': D('month', 0),
  'last month': D('month', -1),
  'next month': D('month', 1),
  'earlier this month': D('month', 0),
  'later this month': D('month', 0),
  'ce mois-ci': D('month', 0),
  'le mois dernier': D('month', -1),
  'le mois passé': D('month', -1),
  'le mois prochain': D('month', 1),
  'the following month': A('month', 1),
  'the next month': A('month', 1),
  'the previous month': A('month', -1),
  'the preceding month': A('month', -1),
  'that month': A('month', 0),
  'the same month': A('month', 0),
  'later that month': A('month', 0),
  'earlier that month': A('month', 0),
  'le mois suivant': A('month', 1),
  "le mois d'après": A('month', 1),
  'le mois précédent': A('month', -1),
  'ce mois-là': A('month', 0),
  'le même mois': A('month', 0),
  'last year': D('year', -1),
  'this year': D('year', 0),
  'next year': D('year', 1),
  'earlier this year': D('year', 0),
  'later this year': D('year', 0),
  "l'année dernière": D('year', -1),
  "l'année passée": D('year', -1),
  "l'année prochaine": D('year', 1),
  "l'an dernier": D('year', -1),
  "l'an passé": D('year', -1),
  "l'an prochain": D('year', 1),
  'cette année': D('year', 0),
  'the following year': A('year', 1),
  'following year': A('year', 1),
  'the next year': A('year', 1),
  'the subsequent year': A('year', 1),
  'the previous year': A('year', -1),
  'previous year': A('year', -1),
  'the preceding year': A('year', -1),
  'that year': A('year', 0),
  'that same year': A('year', 0),
  'the same year': A('year', 0),
  'later that year': A('year', 0),
  'earlier that year': A('year', 0),
  'the year': A('year', 0),
  "l'année suivante": A('year', 1),
  "l'année d'après": A('year', 1),
  "l'an suivant": A('year', 1),
  "l'année précédente": A('year', -1),
  'cette année-là': A('year', 0),
  'la même année': A('year', 0),
  "plus tard dans l'année": A('year', 0),
  "l'année": A('year', 0),
  année: A('year', 0),
};

const byFold = new Map(Object.entries(PHRASES).map(([k, v]) => [foldName(k), v]));
const LOOSE: Record<string, string> = {
  e: '[eéèê]',
  a: '[aàâ]',
  u: '[uùû]',
  i: '[iî]',
  o: '[oô]',
  c: '[cç]',
  "'": "['’]",
  ' ': String.raw`\s+`,
  '-': String.raw`[-\s]`,
};
const loose = (phrase: string) => [...phrase.normalize('NFD').replace(/\p{M}/gu, '')].map((ch) => LOOSE[ch] ?? ch).join('');
/** Every phrase of the table, longest first so that "later that year" wins over "that year". */
const PHRASE = `(?:${Object.keys(PHRASES)
  .filter((k) => !/^(?:the year|l'année|année)$/.test(k))
  .sort((a, b) => b.length - a.length)
  .map(loose)
  .join('|')})`;

/** How a relative phrase is read; undefined for a phrase the table does not hold. */
export function shiftOf(phrase: string): Shift | undefined {
  return byFold.get(foldName(phrase));
}

const PRECISION: Record<Unit, Precision> = { day: 'day', week: 'day', month: 'month', year: 'year' };

/** The date a shift names: the day, the week, the month or the year moved from its anchor. */
export function resolveShift(shift: Shift, ctx: Resolver): CalendarDate | undefined {
  const anchor = shift.reading === 'deictic' ? deicticAnchor(ctx, PRECISION[shift.unit]) : anaphoricAnchor(ctx, PRECISION[shift.unit], shift.by < 0);
  if (!anchor) return undefined;
  const moved = shiftDate(anchor, shift.unit, shift.by);
  if (!moved) return undefined;
  if (shift.unit === 'year') return { year: moved.year };
  if (shift.unit === 'month') return { year: moved.year, ...(moved.month === undefined ? {} : { month: moved.month }) };
  return moved;
}

function edtfOfShift(shift: Shift, ctx: Resolver): Resolved | undefined {
  const date = resolveShift(shift, ctx);
  if (!date) return undefined;
  const anchors = shift.reading === 'deictic' ? 'deictic' : shift.unit === 'year' ? 'all' : 'date';
  if (shift.unit === 'week') return date.day === undefined ? undefined : at(weekOf(date as Required<CalendarDate>), anchors);
  return at(toEdtf(date), anchors);
}

// A phrase followed by what it is counted from ("the day after the vote", "la veille du scrutin", "two days
// after the attack") is not anchored on a date.
const TAKES_OBJECT = /(?:after|before|apres|avant|veille|lendemain)$/;
const OBJECT = /^\s+(?:the|a|an|its|his|her|their|this|that|these|those|\p{Lu}|de|du|des|d['’]|l['’]|la|le|les|\p{L}+ing\b)/u;
const hasObject = (m: RegExpExecArray, phrase: string) => TAKES_OBJECT.test(foldName(phrase)) && OBJECT.test(m.input.slice(m.index + m[0].length));
const UNITS: Record<string, Unit> = {
  day: 'day',
  jour: 'day',
  week: 'week',
  semaine: 'week',
  month: 'month',
  mois: 'month',
  year: 'year',
  an: 'year',
  annee: 'year',
};
const unitOf = (word: string) => UNITS[foldName(word).replace(/s$/, '')] ?? (foldName(word) === 'mois' ? 'month' : undefined);
const WEEKDAYS: Record<string, number> = {
  monday: 0,
  tuesday: 1,
  wednesday: 2,
  thursday: 3,
  friday: 4,
  saturday: 5,
  sunday: 6,
  lundi: 0,
  mardi: 1,
  mercredi: 2,
  jeudi: 3,
  vendredi: 4,
  samedi: 5,
  dimanche: 6,
};

/** The day of a weekday before (-1), after (1) or at most on (0) a day. */
function weekdayFrom(anchor: Required<CalendarDate>, weekday: number, direction: -1 | 0 | 1): string | undefined {
  const back = (weekdayOf(anchor) - weekday + 7) % 7;
  const by = direction === 1 ? (weekday - weekdayOf(anchor) + 7) % 7 || 7 : direction === -1 ? -(back || 7) : -back;
  const day = shiftDate(anchor, 'day', by);
  return day ? toEdtf(day) : undefined;
}

const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`;
const PART_OF_DAY = String.raw`(?:\s+(?:soir|matin|night|evening|morning|apr[eè]s-midi))?`;

/**
 * Two weekdays a day or two apart, joined ("samedi soir et dimanche", "dans la nuit de samedi à dimanche", "Saturday and
 * Sunday"): one span, its last day the last such weekday on or before the time of writing.
 */
function addWeekdaySpans(list: Candidate[], text: string): void {
  add(
    list,
    regex(
      `${B}(?:(?:la\\s+)?nuit\\s+d[eu]\\s+|(?:the\\s+)?night\\s+(?:of|from)\\s+)?(?<a>${WEEKDAY})${PART_OF_DAY}\\s+(?:et|and|à|au|to|through)\\s+(?<b>${WEEKDAY})${E}`,
    ),
    text,
    5,
    (m, ctx) => {
      const a = WEEKDAYS[(m.groups?.['a'] ?? '').toLowerCase()];
      const b = WEEKDAYS[(m.groups?.['b'] ?? '').toLowerCase()];
      if (a === undefined || b === undefined || /^[a-z].*day$/.test(m.groups?.['a'] ?? '')) return undefined;
      const apart = (b - a + 7) % 7;
      const anchor = deicticAnchor(ctx, 'day');
      if (apart < 1 || apart > 2 || !anchor) return undefined;
      const last = weekdayFrom(anchor as Required<CalendarDate>, b, ctx.future ? 1 : 0);
      const lastDay = last ? calendarOfDay(last) : undefined;
      const first = lastDay ? shiftDate(lastDay, 'day', -apart) : undefined;
      return last && first ? { edtf: `${toEdtf(first)}/${last}`, role: 'span', anchors: 'deictic' } : undefined;
    },
  );
}

const calendarOfDay = (edtf: string): CalendarDate | undefined => {
  const [y, mo, d] = edtf.split('-').map(Number);
  return y && mo && d ? { year: y, month: mo, day: d } : undefined;
};

/** Adds the candidates of relative phrases: the table, counted shifts ("two days later", "il y a trois ans") and weekdays. */
export function addRelativeDates(list: Candidate[], text: string): void {
  addWeekdaySpans(list, text);
  add(list, regex(`${B}${PHRASE}${E}`), text, 4, (m, ctx) => {
    const shift = shiftOf(m[0]);
    return shift && !hasObject(m, m[0]) ? edtfOfShift(shift, ctx) : undefined;
  });
  add(
    list,
    regex(
      `${B}(?:(?<n>${COUNT})\\s+(?<u>days?|weeks?|months?|years?|jours?|semaines?|mois|ans|ann[ée]es?)\\s+(?<w>later|earlier|afterwards|on|ago|plus\\s+tard|plus\\s+t[ôo]t|auparavant|apr[èe]s|avant)|il\\s+y\\s+a\\s+(?<fn>${COUNT})\\s+(?<fu>jours?|semaines?|mois|ans|ann[ée]es?))${E}`,
    ),
    text,
    4,
    (m, ctx) => {
      const g = m.groups ?? {};
      const count = g['n'] ?? g['fn'] ?? '';
      const n = /^\d+$/.test(count) ? Number(count) : COUNTS[foldName(count)];
      const unit = unitOf(g['u'] ?? g['fu'] ?? '');
      if (n === undefined || !unit) return undefined;
      const word = foldName(g['w'] ?? 'ago');
      if (hasObject(m, word)) return undefined;
      const back = /^(earlier|ago|plus tot|auparavant|avant)$/.test(word) || g['fn'] !== undefined;
      const reading: Reading = word === 'ago' || g['fn'] !== undefined ? 'deictic' : 'anaphoric';
      // "a week later", "deux semaines plus tard": counted weeks land on a day, as counted days do.
      if (unit === 'week') return edtfOfShift({ unit: 'day', by: (back ? -n : n) * 7, reading }, ctx);
      return edtfOfShift({ unit, by: back ? -n : n, reading }, ctx);
    },
  );
  add(
    list,
    regex(
      `${B}(?:(?<pre>last|next|this|ce)\\s+)?(?<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\\s+(?<post>dernier|prochain|pass[ée]))?${E}`,
    ),
    text,
    3,
    (m, ctx) => {
      const name = m.groups?.['d'] ?? '';
      const weekday = WEEKDAYS[name.toLowerCase()];
      // English weekdays are capitalised; a lower-case one is a word of another kind.
      if (weekday === undefined || /^[a-z].*day$/.test(name)) return undefined;
      const anchor = deicticAnchor(ctx, 'day');
      if (!anchor) return undefined;
      const word = (m.groups?.['pre'] ?? m.groups?.['post'] ?? '').toLowerCase();
      // A bare weekday is the last one on or before the time of writing, or the next one in a sentence about what is
      // to come ("leaders will meet on Sunday").
      const direction =
        word === 'last' || word === 'dernier' || word.startsWith('pass') ? -1 : word === 'next' || word === 'prochain' || (!word && ctx.future) ? 1 : 0;
      return at(weekdayFrom(anchor as Required<CalendarDate>, weekday, direction), 'deictic');
    },
  );
}
