import type { PreparedChange } from './write-plan.js';

// COPY's text format: a tab between fields, a line per row, \N for NULL, and a backslash before a
// backslash, tab, line feed or carriage return inside a field.
const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function field(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c) : value;
}

/** A prepared change as a line of the staging table's COPY text, from `kind` on (staged-write.ts puts its number first). */
export function copyRow(c: PreparedChange): string {
  const participants = c.participants.length > 0 ? JSON.stringify(c.participants) : null;
  const names = c.keys.names.length > 0 ? JSON.stringify(c.keys.names) : null;
  return (
    `${field(c.kind)}\t${field(c.id)}\t${field(c.body)}\t${field(c.keys.lo)}\t${field(c.keys.hi)}\t${field(c.keys.a)}\t${field(c.keys.b)}\t` +
    `${field(c.keys.c)}\t${field(c.fatalities?.low)}\t${field(c.fatalities?.best)}\t${field(c.fatalities?.high)}\t${field(participants)}\t${field(names)}\n`
  );
}
