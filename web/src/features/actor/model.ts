import type { ProfileStatement } from '../../api/types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** One EDTF date for reading: `2016-07` → `Jul 2016`, `2013-02~` → `c. Feb 2013`; other forms unchanged. */
export function formatDate(edtf: string): string {
  const match = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([~?%]?)$/.exec(edtf);
  if (!match) return edtf;
  const [, year = '', month, day, qualifier] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !name) return edtf; // seasons (21–24) and the like read best as written
  let text = name ? `${name} ${year}` : year;
  if (day) text = `${Number(day)} ${text}`;
  if (qualifier === '~') return `c. ${text}`;
  if (qualifier === '?') return `${text}?`;
  if (qualifier === '%') return `c. ${text}?`;
  return text;
}

/** An EDTF date or interval for reading: `2015/..` → `2015 onwards`, `2015/2015-10` → `2015 – Oct 2015`. */
export function formatWhen(when: string): string {
  if (!when.includes('/')) return formatDate(when);
  const [start = '', end = ''] = when.split('/');
  const open = (part: string) => part === '' || part === '..';
  if (open(start) && open(end)) return 'dates unknown';
  if (open(end)) return `${formatDate(start)} onwards`;
  if (open(start)) return `until ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

/** A statement's competing readings, grouped by the property in dispute. */
export function groupDisputes(disputes: ProfileStatement['disputes']): { property: string; readings: { value: unknown; footnotes: number[] }[] }[] {
  const byProperty = new Map<string, { value: unknown; footnotes: number[] }[]>();
  for (const { property, value, footnotes } of disputes) {
    const readings = byProperty.get(property) ?? [];
    readings.push({ value, footnotes });
    byProperty.set(property, readings);
  }
  return [...byProperty].map(([property, readings]) => ({ property, readings }));
}

const PROPERTY_LABELS: Record<string, string> = {
  date: 'Date',
  valid: 'Period',
  place: 'Place',
  from: 'From',
  to: 'To',
  type: 'Type',
  role: 'Role',
  participants: 'Participants',
  fatalities: 'Fatalities',
  description: 'Description',
};

export const propertyLabel = (property: string): string => PROPERTY_LABELS[property] ?? property;

/** A disputed value in words: dates formatted, ids named, anything structured as compact JSON. */
export function describeValue(property: string, value: unknown, names: ReadonlyMap<string, string>): string {
  if (typeof value === 'string') {
    if (property === 'date' || property === 'valid') return formatWhen(value);
    return names.get(value) ?? value;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => describeValue(property, item, names)).join('; ') || 'none';
  if (value !== null && typeof value === 'object') return describeRecord(value as Record<string, unknown>, names);
  return 'none';
}

// Participants read `ISGS (perpetrator, alleged)`; fatalities `low 15, best 20`.
function describeRecord(record: Record<string, unknown>, names: ReadonlyMap<string, string>): string {
  if (typeof record['actor'] === 'string') {
    const details = [record['role'], record['attribution']].filter((d): d is string => typeof d === 'string');
    const name = describeValue('actor', record['actor'], names);
    return details.length > 0 ? `${name} (${details.join(', ')})` : name;
  }
  return Object.entries(record)
    .map(([key, value]) => `${key} ${describeValue(key, value, names)}`)
    .join(', ');
}

/**
 * Splits a statement's text around the other actor's name so it can be a link. The text reads
 * `<from> <verb> <to>`, so the other name is at the end when this actor starts the sentence.
 */
export function splitOnName(text: string, selfName: string, otherName: string): [string, string, string] | undefined {
  const selfFirst = text.startsWith(`${selfName} `);
  const at = selfFirst ? text.lastIndexOf(otherName) : text.startsWith(otherName) ? 0 : -1;
  if (at < 0 || (selfFirst && at === 0)) return undefined;
  return [text.slice(0, at), otherName, text.slice(at + otherName.length)];
}

/** Capitalises a sentence that starts with a lower-case label (`armed clash in Kidal: …`). */
export const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The element id of a profile section's heading: `Rivals and enemies` → `section-rivals-and-enemies`. */
export const sectionId = (title: string): string => `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
