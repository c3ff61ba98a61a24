// The derivation of a record's stored columns lives in core (src/core/dataset/), since an import's
// reading thread (services) computes it too; the adapters keep importing it from here.
export { KEYS, type KeyColumn } from '../core/dataset/key-columns.js';
