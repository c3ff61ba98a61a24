import { Hono } from 'hono';
import { EVENT_GROUPS, EVENT_TYPES, type EventGroup, type EventType } from '../../core/vocab/event-types.js';

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
export function vocabRoutes(): Hono {
  const app = new Hono();
  app.get('/vocab/event-types', (c) => c.json(EVENT_TYPE_VOCABULARY));
  return app;
}
