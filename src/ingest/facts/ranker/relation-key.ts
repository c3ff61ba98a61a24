import { RELATION_TYPES } from '../../../core/vocab/relation-types.js';

/** The key a relation is known by in one sentence; symmetric types in either order. */
export function relationKey(type: string, from: string, to: string): string {
  const symmetric = (RELATION_TYPES as Record<string, { symmetric: boolean }>)[type]?.symmetric ?? false;
  return symmetric && from > to ? `${type}|${to}|${from}` : `${type}|${from}|${to}`;
}
