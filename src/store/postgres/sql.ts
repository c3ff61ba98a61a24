import { FaultlineError } from '../../core/errors.js';
import type { ReadOptions } from '../../core/store-port.js';

/** Collects values as numbered parameters, so no value is ever spliced into SQL text. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The record-time condition: the current versions, or those current at `recordedAt` (H1). */
export function asOf(params: Params, options: ReadOptions | undefined, alias = ''): string {
  const from = `${alias}recorded_from`;
  const to = `${alias}recorded_to`;
  if (!options?.recordedAt) return `${to} IS NULL`;
  const at = params.add(options.recordedAt);
  return `${from} <= ${at}::timestamptz AND (${to} IS NULL OR ${to} > ${at}::timestamptz)`;
}

/** A connection string with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//***@');
  }
}

const INVALID_INPUT_STATES = new Set(['22007', '22008', '22P02']);
const CONNECTION_STATES = /^(08|28|3D)/;

/**
 * Turns a driver failure into a coded error: the SQLSTATE decides the code, the cause keeps the rest.
 * Anything that did not come from the driver (a record failing its schema, say) passes through as it is.
 */
export function toFaultlineError(error: unknown, url: string): unknown {
  const state = (error as { code?: unknown } | null)?.code;
  if (error instanceof FaultlineError || typeof state !== 'string') return error;
  const message = (error as Error).message;
  // The database's own wording of a refused value stays in the cause: it is not the same on both stores, and not for clients.
  if (INVALID_INPUT_STATES.has(state)) return new FaultlineError('invalid_input', `the database refused a value (SQLSTATE ${state})`, { cause: error });
  if (CONNECTION_STATES.test(state) || state.startsWith('E')) {
    return new FaultlineError('internal', `cannot open database ${redactUrl(url)}: ${message}`, { cause: error });
  }
  return new FaultlineError('internal', `database error on ${redactUrl(url)}: ${message}`, { cause: error });
}
