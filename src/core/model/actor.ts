import { z } from 'zod';
import { ACLED_ACTOR_TYPES, ACTOR_KINDS, COMMUNITY_LEVELS } from '../vocab/actor-kinds.js';
import { LIFESPAN_ENDS } from '../vocab/lifespan-ends.js';
import { edtfText, idOf, languageTag, nonEmpty } from './common.js';

export const aliasSchema = z.strictObject({
  name: nonEmpty,
  lang: languageTag.optional(),
  kind: z.enum(['acronym', 'translation', 'transliteration', 'former_name', 'short_name', 'nickname', 'spelling']).optional(),
});

/** An armed group, coalition, state, force, organisation, community or person. */
export const actorSchema = z.strictObject({
  id: idOf('actor'),
  kind: z.enum(ACTOR_KINDS),
  name: nonEmpty,
  aliases: z.array(aliasSchema).optional(),
  description: nonEmpty,
  communityLevel: z.enum(COMMUNITY_LEVELS).optional(),
  acledType: z.enum(Object.keys(ACLED_ACTOR_TYPES) as [keyof typeof ACLED_ACTOR_TYPES]).optional(),
  ideology: z
    .array(z.enum(['jihadist', 'separatist', 'pro_government', 'self_defence', 'ethnic', 'state', 'peacekeeping', 'criminal', 'political']))
    .optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional(),
  /**
   * When the actor existed (rule L1), EDTF like a relation's `valid`: `2017-03/..` formed in March 2017
   * and still in being as far as the sources know, `2014/2023-02` formed in 2014 and ended in February 2023.
   * Left out when the sources say nothing; the lifespan may then be derived from the graph (L2).
   */
  existed: edtfText.optional(),
  /** How the lifespan ended, when `existed` has an end. */
  ended: z.enum(LIFESPAN_ENDS).optional(),
  notes: nonEmpty.optional(),
});
export type Actor = z.infer<typeof actorSchema>;
