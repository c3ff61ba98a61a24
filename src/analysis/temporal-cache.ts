import { parseTemporal, type Temporal } from '../core/dates/edtf.js';

// Parsing EDTF through edtf.js costs a few hundred microseconds; a snapshot reads tens of thousands
// of dates drawn from far fewer distinct texts, so the query layer parses each text once.
const cache = new Map<string, Temporal | null>();
const LIMIT = 200_000;

/** parseTemporal, remembered per text (bounded; cleared when full). */
export function temporalOf(text: string): Temporal | undefined {
  const known = cache.get(text);
  if (known !== undefined) return known ?? undefined;
  if (cache.size >= LIMIT) cache.clear();
  const parsed = parseTemporal(text);
  cache.set(text, parsed ?? null);
  return parsed;
}
