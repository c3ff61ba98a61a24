import type { PreparedChange } from './write-plan.js';

// COPY's text format: a tab between fields, a line per row, \N for NULL, and a backslash before a
// backslash, tab, line feed or carriage return inside a field.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value as a field of COPY's text format. */
export function copyField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : value;
}

/** A prepared change as a line of the staging table's COPY text, from `kind` on (staged-write.ts puts its number first). */
export function copyRow(c: PreparedChange): string {
  const participants = c.participants.length > 0 ? JSON.stringify(c.participants) : null;
  const names = c.keys.names.length > 0 ? JSON.stringify(c.keys.names) : null;
  return (
    `${copyField(c.kind)}\t${copyField(c.id)}\t${copyField(c.body)}\t${copyField(c.keys.lo)}\t${copyField(c.keys.hi)}\t${copyField(c.keys.a)}\t${copyField(c.keys.b)}\t` +
    `${copyField(c.keys.c)}\t${copyField(c.fatalities?.low)}\t${copyField(c.fatalities?.best)}\t${copyField(c.fatalities?.high)}\t${copyField(participants)}\t${copyField(names)}\n`
  );
}
