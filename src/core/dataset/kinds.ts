import type { z } from 'zod';
import { actorSchema } from '../model/actor.js';
import { claimSchema } from '../model/claim.js';
import { eventSchema } from '../model/event.js';
import { placeSchema } from '../model/place.js';
import { relationSchema } from '../model/relation.js';
import { sourceSchema } from '../model/source.js';

/** The record kinds of a dataset, in the order they load (referenced kinds before referring ones). */
export const RECORD_KINDS = ['source', 'actor', 'place', 'relation', 'event', 'claim'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const DATASET_FILES: Record<RecordKind, string> = {
  source: 'sources.jsonl',
  actor: 'actors.jsonl',
  place: 'places.jsonl',
  relation: 'relations.jsonl',
  event: 'events.jsonl',
  claim: 'claims.jsonl',
};

export const RECORD_SCHEMAS: Record<RecordKind, z.ZodType<{ id: string }>> = {
  source: sourceSchema,
  actor: actorSchema,
  place: placeSchema,
  relation: relationSchema,
  event: eventSchema,
  claim: claimSchema,
};
