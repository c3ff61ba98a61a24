import { z } from 'zod';
import { EVENT_PLACE_PRECISIONS } from '../vocab/place-kinds.js';
import { ATTRIBUTIONS, EVENT_TYPE_NAMES, PARTICIPANT_ROLES, type EventType } from '../vocab/event-types.js';
import { edtfText, idOf, nonEmpty } from './common.js';

export const participantSchema = z.strictObject({
  actor: idOf('actor'),
  role: z.enum(PARTICIPANT_ROLES),
  attribution: z.enum(ATTRIBUTIONS).optional(),
});
export type Participant = z.infer<typeof participantSchema>;

/**
 * The most deaths one event may count: far above any single event ACLED or UCDP GED records, so a
 * larger number is a typing or a hostile file (issue 18 stored 1e24). One bound for the loader, the
 * importers, review edits and the API.
 */
export const MAX_FATALITIES = 1_000_000;

const count = z
  .number()
  .int()
  .min(0)
  .max(MAX_FATALITIES, `expected at most ${MAX_FATALITIES.toLocaleString('en')} deaths in one event`);

/** Fatalities as reported: "at least 15" is low 15, "an estimated 79" best 79, "nearly 30" high 30. */
export const fatalitiesSchema = z.strictObject({ low: count.optional(), best: count.optional(), high: count.optional() }).superRefine((f, ctx) => {
  if (f.low !== undefined && f.high !== undefined && f.low > f.high) ctx.addIssue({ code: 'custom', message: `low ${f.low} exceeds high ${f.high}` });
  if (f.best !== undefined && f.low !== undefined && f.best < f.low) ctx.addIssue({ code: 'custom', message: `best ${f.best} is below low ${f.low}` });
  if (f.best !== undefined && f.high !== undefined && f.best > f.high) ctx.addIssue({ code: 'custom', message: `best ${f.best} exceeds high ${f.high}` });
});
export type Fatalities = z.infer<typeof fatalitiesSchema>;

/** Something that happened: an attack, a clash, an agreement, a split, an act of armed-group governance. */
export const eventSchema = z.strictObject({
  id: idOf('event'),
  type: z.enum(EVENT_TYPE_NAMES as [string, ...string[]]),
  date: edtfText,
  place: idOf('place').optional(),
  placePrecision: z.union(EVENT_PLACE_PRECISIONS.map((p) => z.literal(p)) as [z.ZodLiteral<1>, z.ZodLiteral<2>, z.ZodLiteral<3>]).optional(),
  participants: z.array(participantSchema),
  fatalities: fatalitiesSchema.optional(),
  description: nonEmpty,
});
export type ConflictEvent = z.infer<typeof eventSchema> & { type: EventType };
