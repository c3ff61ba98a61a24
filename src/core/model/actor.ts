import { z } from 'zod';
import { ACLED_ACTOR_TYPES, ACTOR_KINDS, COMMUNITY_LEVELS } from '../vocab/actor-kinds.js';
import { idOf, languageTag, nonEmpty } from './common.js';

export const aliasSchema = z.strictObject({
  name: nonEmpty,
  lang: languageTag.optional(),
  kind: z.enum(['acronym', 'translation', 'transliteration', 'former_name', 'short_name', 'nickname', 'spelling']).optional(),
});
export type Alias = z.infer<typeof aliasSchema>;

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
  notes: nonEmpty.optional(),
});
export type Actor = z.infer<typeof actorSchema>;
