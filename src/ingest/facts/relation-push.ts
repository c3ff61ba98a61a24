import type { RelationType } from '../../core/vocab/relation-types.js';
import type { Mention } from '../mentions/find-mentions.js';

/** Adds a relation found in a sentence to its list, once per type and ordered pair. */
export type PushRelation = (type: RelationType, from: Mention, to: Mention, trigger: { start: number; end: number }) => void;
