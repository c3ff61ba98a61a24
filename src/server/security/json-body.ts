import type { z } from 'zod';
import { FaultlineError } from '../../core/errors.js';

/** Reads a JSON body and validates it against a schema; anything else is `invalid_input` with the issues. */
export async function jsonBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new FaultlineError('invalid_input', 'expected a JSON body');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new FaultlineError('invalid_input', 'invalid request body', {
      issues: parsed.error.issues.map((i) => ({ code: 'invalid_input' as const, path: i.path.join('.'), message: i.message })),
    });
  }
  return parsed.data;
}
