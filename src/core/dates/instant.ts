import { z } from 'zod';

/**
 * An instant a reader asks for (`recordedAt`, audit bounds): an ISO 8601 calendar date or date-time,
 * checked against the calendar (no 30 February, no hour 25), and written back in the one form every
 * store compares alike: UTC with milliseconds (`2017-02-01T00:00:00.000Z`). A date-time without an
 * offset is read as UTC, never as the server's local time.
 */
export const instantSchema = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: 'expected an ISO 8601 date or date-time that exists on the calendar (2017-02-01, 2017-02-01T10:00:00Z)',
  })
  .transform((text) => {
    const utc = /(?:Z|[+-]\d{2}:?\d{2})$/.test(text) || !text.includes('T') ? text : `${text}Z`;
    return new Date(utc).toISOString();
  });

/** The canonical form of an instant, or undefined with the reason when it is not one. */
export function parseInstant(text: string): { instant: string } | { problem: string } {
  const parsed = instantSchema.safeParse(text);
  return parsed.success ? { instant: parsed.data } : { problem: parsed.error.issues[0]?.message ?? 'not an instant' };
}
