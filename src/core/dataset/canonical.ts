import { orderKeys } from './key-order.js';
import type { RecordKind } from './kinds.js';
import { RECORD_SCHEMAS } from './record-schemas.js';
import { sortKeys } from './sort-keys.js';

/**
 * The canonical line for a record: keys in schema order (zod rebuilds objects in shape order),
 * no whitespace. Load followed by dump reproduces canonical files byte for byte.
 */
export function canonicalLine(kind: RecordKind, record: unknown, options: { trusted?: boolean } = {}): string {
  // A trusted record was validated already (a checked dataset, an importer's rows): order its keys only.
  const ordered = (options.trusted ? orderKeys(RECORD_SCHEMAS[kind], record) : RECORD_SCHEMAS[kind].parse(record)) as Record<string, unknown>;
  // A claim's value is the only free-form object in the model: its keys are sorted so that equal values
  // print alike. (Done here rather than with a JSON replacer, which costs a call for every key written.)
  const value = kind === 'claim' ? ordered['value'] : undefined;
  return JSON.stringify(value && typeof value === 'object' && !Array.isArray(value) ? { ...ordered, value: sortKeys(value) } : ordered);
}

/** Orders records as dump writes them: by id, claims by subject then number. */
export function compareIds(a: string, b: string): number {
  const [subjectA, numberA] = splitClaim(a);
  const [subjectB, numberB] = splitClaim(b);
  if (subjectA !== subjectB) return subjectA < subjectB ? -1 : 1;
  return numberA - numberB;
}

function splitClaim(id: string): [string, number] {
  const hash = id.lastIndexOf('#');
  return hash < 0 ? [id, 0] : [id.slice(0, hash), Number(id.slice(hash + 1))];
}

/** Serialises records of one kind into a file's text: sorted, canonical, final newline. */
export function formatDatasetFile(kind: RecordKind, records: readonly { id: string }[]): string {
  const sorted = [...records].sort((a, b) => compareIds(a.id, b.id));
  return sorted.map((r) => canonicalLine(kind, r) + '\n').join('');
}
