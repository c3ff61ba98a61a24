// The HTTP boundary's field schemas, shared by every route's declaration: ids, days, instants,
// enumerations, counts and lists, each bounded so a hostile value is a 400 before any service runs.
import { z } from 'zod';
import { instantSchema } from '../../core/dates/instant.js';
import { isFaultlineError } from '../../core/errors.js';
import { dayArg, horizonArg } from '../../services/queries/dates.js';

const SLUG = '[a-z0-9]+(?:[-_.][a-z0-9]+)*';
const RECORD_ID = `(?:actor|place|rel|event):${SLUG}`;
const SOURCE_ID = '[0-9a-f]{64}';

const pattern = (regex: string, what: string) => z.string().regex(new RegExp(`^(?:${regex})$`), `expected ${what}`);
const listOf = (regex: string, what: string) => pattern(`${regex}(?:,${regex})*,?`, `a comma-separated list of ${what}`);
const split = (text: string) => text.split(',').filter(Boolean);

/** Reads a value with a CLI argument parser, its coded error becoming the field's issue. */
function parsedBy<T>(parse: (text: string) => T) {
  return (text: string, ctx: z.RefinementCtx): T => {
    try {
      return parse(text);
    } catch (error) {
      if (!isFaultlineError(error)) throw error;
      ctx.addIssue({ code: 'custom', message: error.message });
      return z.NEVER;
    }
  };
}

export const recordId = pattern(RECORD_ID, 'a record id such as actor:gatia');
export const sourceId = pattern(SOURCE_ID, 'a source id (64 hex digits)');
export const subjectId = pattern(`${RECORD_ID}|${SOURCE_ID}`, 'a record or source id');
export const claimId = pattern(`(?:${RECORD_ID}|${SOURCE_ID})#[1-9][0-9]{0,8}`, 'a claim id such as actor:gatia#1');
export const userName = pattern('[a-z0-9][a-z0-9._-]{0,62}', 'a user name');
export const tokenId = pattern('[0-9a-f]{24}', 'a token id (24 hex digits)');

const dayText = z.string().max(10, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
/** A day as the CLI reads it (`dayArg`: 2017, 2017-06, 2017-06-14), kept as written for services that read the period it names. */
export const day = dayText.superRefine((text, ctx) => void parsedBy(dayArg)(text, ctx));
/** The first day of the period a day argument names. */
export const dayFrom = dayText.transform(parsedBy((text) => dayArg(text)));
/** The last day of the period a day argument names. */
export const dayTo = dayText.transform(parsedBy((text) => dayArg(text, true)));
/** D8, D10: months a tie stays presumed after its last attestation (and possible before an unknown start), as `horizonArg` reads it. */
export const horizon = z.string().max(5, 'expected a whole number of months from 0 to 1200').transform(parsedBy(horizonArg));

/** An instant on the calendar, in UTC with milliseconds whatever spelling was sent, so both stores compare it alike. */
export const instant = instantSchema;
/** `true` or `false`, read as a boolean. */
export const flag = z.enum(['true', 'false']).transform((text) => text === 'true');
/** A whole number up to six digits. */
export const count = pattern('\\d{1,6}', 'a whole number').transform(Number);
/** Comma-separated lower-case words (kinds, types). */
export const words = listOf('[a-z][a-z_]*', 'lower-case words').transform(split);
export const recordIds = listOf(RECORD_ID, 'record ids').transform(split);
/** Comma-separated places by id, name or alias (`Kidal`, `Région de Mopti`, `place:gao`): letters of any script, digits, spaces and the marks names carry. */
export const placeRefs = z
  .string()
  .max(500, 'at most 500 characters')
  .regex(/^[\p{L}\p{M}\p{N} .:'’_-]+(?:,[\p{L}\p{M}\p{N} .:'’_-]+)*,?$/u, 'expected comma-separated place ids, names or aliases')
  .transform((text) => split(text).map((name) => name.trim()));
export const subjectIds = listOf(`${RECORD_ID}|${SOURCE_ID}`, 'subject ids').transform(split);
/** Comma-separated members of an enumeration. */
export const listOfEnum = <const T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(500, 'at most 500 characters')
    .transform(split)
    .pipe(z.array(z.enum(values), { error: `expected a comma-separated list of ${values.join(', ')}` }));
/** Free text a route reads (a search, a name): bounded and printable. */
export const text = (max: number) =>
  z
    .string()
    .max(max, `at most ${max} characters`)
    .regex(/^[^\p{Cc}]*$/u, 'no control characters');

/** A route's query: the listed parameters only (an unknown or repeated one is refused), each optional unless it says. */
export const query = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape);
/** A query that also reads `recordedAt`: the data as it was recorded at that instant. */
export const recordedQuery = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject({ recordedAt: instant.optional().meta({ description: 'read the data as it was recorded at this instant' }), ...shape });
