// What the map reads from the server, as types only (the layer rule: web → server types only).
import type { ConflictEvent } from '../../../../src/core/model/event.js';
import type { Relation } from '../../../../src/core/model/relation.js';
import type { EventTypeVocabulary } from '../../../../src/server/routes/vocab-routes.js';
import type { EventsResult } from '../../../../src/services/queries/events.js';

export type { ConflictEvent, EventTypeVocabulary, Relation };
export type EventGroup = EventTypeVocabulary['groups'][number];

/** GET /api/event-stats?by=year|actor&limit=0: counts per key. */
export type EventStats = Pick<EventsResult, 'groups' | 'total'>;

/** The relation types that say where an actor is active. */
export const AREA_TYPES = ['controls', 'operates_in'] as const;
