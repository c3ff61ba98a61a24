import type { z } from 'zod';
import { actorSchema } from '../model/actor.js';
import { claimSchema } from '../model/claim.js';
import { eventSchema } from '../model/event.js';
import { placeSchema } from '../model/place.js';
import { relationSchema } from '../model/relation.js';
import { sourceSchema } from '../model/source.js';
import type { RecordKind } from './kinds.js';

// Apart from kinds.ts, so that code which only names the kinds (a store's reads) loads no schema library.
export const RECORD_SCHEMAS: Record<RecordKind, z.ZodType<{ id: string }>> = {
  source: sourceSchema,
  actor: actorSchema,
  place: placeSchema,
  relation: relationSchema,
  event: eventSchema,
  claim: claimSchema,
};
