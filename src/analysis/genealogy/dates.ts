import { MAX_DAY, MIN_DAY, type Day } from '../../core/dates/bounds.js';
import { parseTemporal } from '../../core/dates/edtf.js';

/** The dated bounds of an EDTF text: each side undefined when unknown or open. */
export interface DatedBounds {
  start?: { earliest: Day; latest: Day };
  end?: { earliest: Day; latest: Day };
  /** Whether the text says the fact is still in force as far as the sources know (`…/..`). */
  open: boolean;
}

/** The dated bounds of a `valid` or `existed` text; an instant has the same start and end. */
export function datedBounds(valid: string): DatedBounds {
  const t = parseTemporal(valid);
  const open = valid.trim().endsWith('..');
  if (!t) return { open };
  return {
    ...(t.start.earliest !== MIN_DAY ? { start: t.start } : {}),
    ...(t.end.latest !== MAX_DAY ? { end: t.end } : {}),
    open,
  };
}

/** Every dated day a text names, for finding the first and last dated thing about an actor. */
export function datedDays(valid: string): Day[] {
  const b = datedBounds(valid);
  return [b.start?.earliest, b.start?.latest, b.end?.earliest, b.end?.latest].filter((d): d is Day => d !== undefined);
}

/** When an instant (a split, a merger) happened: its first and last possible day, undefined when it names none. */
export function instantRange(valid: string): { earliest: Day; latest: Day } | undefined {
  const b = datedBounds(valid);
  const earliest = b.start?.earliest ?? b.end?.latest;
  const latest = b.end?.latest ?? b.start?.latest;
  return earliest !== undefined && latest !== undefined ? { earliest, latest } : undefined;
}

/** The date of an instant in words: `2011`, `by 2012`, `between 2012 and 2014`. */
export function instantWords(valid: string): string {
  const [from = '', to] = valid.split('/');
  if (to === undefined) return valid;
  if (from === '' || from === '..') return `by ${to}`;
  if (to === '' || to === '..') return `from ${from}`;
  return `between ${from} and ${to}`;
}

export const minOf = (days: readonly Day[]): Day | undefined => (days.length ? days.reduce((a, b) => (b < a ? b : a)) : undefined);
export const maxOf = (days: readonly Day[]): Day | undefined => (days.length ? days.reduce((a, b) => (b > a ? b : a)) : undefined);
