// See key-columns.ts: the derivation lives in core, where an import's reading thread reaches it too.
export { indexKeys, type IndexKeys } from '../core/dataset/index-keys.js';
