// What the map reads from the server, as types only (the layer rule: web → server types only).
import type { ConflictEvent } from '../../../../src/core/model/event.js';
import type { Relation } from '../../../../src/core/model/relation.js';
import type { GetAnswer } from '../../api/contract.js';

export type { ConflictEvent, Relation };
export type EventTypeVocabulary = GetAnswer<'/vocab/event-types'>;
export type EventGroup = EventTypeVocabulary['groups'][number];

/** GET /api/event-stats?by=year|actor&limit=0: counts per key. */
export type EventStats = GetAnswer<'/event-stats'>;

/** The relation types that say where an actor is active. */
export const AREA_TYPES = ['controls', 'operates_in'] as const;
