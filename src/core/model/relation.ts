import { z } from 'zod';
import { RELATION_TYPE_NAMES, type RelationType } from '../vocab/relation-types.js';
import { edtfText, nonEmpty } from './common.js';

/** A typed, time-bounded tie from one actor to an actor, place or event. */
export const relationSchema = z.strictObject({
  id: z.string().regex(/^rel:[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'expected a relation id like rel:lower-case-slug'),
  type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
  from: nonEmpty,
  to: nonEmpty,
  /** Valid time, EDTF: `2017-03-02/..` still in force, `2012/2013-06~`, `2016-07` for an instant. */
  valid: edtfText,
  /** The capacity, where the type alone does not say it: "emir", "spokesman", "founding component". */
  role: nonEmpty.optional(),
  note: nonEmpty.optional(),
});
export type Relation = z.infer<typeof relationSchema> & { type: RelationType };
