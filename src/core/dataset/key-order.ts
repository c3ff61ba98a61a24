import type { z } from 'zod';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
}
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

/**
 * Rebuilds a value with its keys in the order its schema declares them, dropping undefined keys,
 * without validating: what zod's parse does to key order, at a fraction of the cost. For records
 * that were already validated (a checked dataset, rows built by an importer).
 */
export function orderKeys(schema: z.ZodType, value: unknown): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return value === undefined || value === null ? value : orderKeys(def.innerType as z.ZodType, value);
    case 'array':
      return Array.isArray(value) ? value.map((item) => orderKeys(def.element as z.ZodType, item)) : value;
    case 'object': {
      if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
      const out: Record<string, unknown> = {};
      for (const [key, inner] of Object.entries(def.shape ?? {})) {
        const v = (value as Record<string, unknown>)[key];
        if (v !== undefined) out[key] = orderKeys(inner, v);
      }
      return out;
    }
    default:
      return value;
  }
}
