import { Hono } from 'hono';
import { EVENT_GROUPS, EVENT_TYPES, type EventGroup, type EventType } from '../../core/vocab/event-types.js';
import { query } from '../contract/fields.js';
import { defineRoute, validated } from '../contract/route.js';

/** GET /api/vocab/event-types: every event type's label and group, and the groups in display order. */
export interface EventTypeVocabulary {
  groups: EventGroup[];
  types: Record<EventType, { label: string; group: EventGroup }>;
}

const EVENT_TYPE_VOCABULARY: EventTypeVocabulary = {
  groups: [...EVENT_GROUPS],
  types: Object.fromEntries(
    Object.entries(EVENT_TYPES).map(([type, spec]) => [type, { label: spec.label, group: spec.group }]),
  ) as EventTypeVocabulary['types'],
};

/** The vocabularies the web app labels and colours by, read from the one table in src/core/vocab. */
export const VOCAB_ROUTES = {
  eventTypes: defineRoute({
    method: 'get',
    path: '/vocab/event-types',
    summary: "Every event type's label and group, and the groups in display order (the web app colours the map by group)",
    query: query({}),
    responses: { 200: '{ groups, types: { [type]: { label, group } } }' },
  }),
};

/** The handlers of VOCAB_ROUTES. */
export function vocabRoutes() {
  return new Hono().get(VOCAB_ROUTES.eventTypes.path, validated(VOCAB_ROUTES.eventTypes), (c) => c.json(EVENT_TYPE_VOCABULARY));
}
