// The network sees the server only through these types (the layer rule: web → server types only).
export type { TieSpan, TiesResult } from '../../../../src/services/queries/ties.js';
