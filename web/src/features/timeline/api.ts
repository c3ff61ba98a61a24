// The timeline sees the server only through these types (the layer rule: web → server types only).
import type { GetAnswer } from '../../api/contract.js';

export type EventTypeVocabulary = GetAnswer<'/vocab/event-types'>;
export type EventSpan = GetAnswer<'/event-spans'>['events'][number];
