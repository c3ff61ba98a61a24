// See key-columns.ts: the derivation lives in core, where an import's reading thread reaches it too.
export { fatalityEstimates, participantRows } from '../core/dataset/event-keys.js';
