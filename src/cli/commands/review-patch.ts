import { FaultlineError } from '../../core/errors.js';

/** Parses `key=value` pairs; values are JSON when they parse as JSON, strings otherwise. */
export function parsePatch(pairs: readonly string[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new FaultlineError('invalid_input', `expected key=value, got ${JSON.stringify(pair)}`);
    const raw = pair.slice(eq + 1);
    try {
      patch[pair.slice(0, eq)] = JSON.parse(raw);
    } catch {
      patch[pair.slice(0, eq)] = raw;
    }
  }
  return patch;
}
