// The timeline sees the server only through these types (the layer rule: web → server types only).
export type { EventTypeVocabulary } from '../../../../src/server/routes/vocab-routes.js';
export type { EventSpan } from '../../../../src/services/queries/event-spans.js';
