// Turns an audit entry's before and after (JSON text) into the fields that changed, in reading order.

/** One changed field: a dotted path (`aliases[0].name`) and its value before and after, as display text. */
export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

const MAX_DEPTH = 4;
const MAX_TEXT = 240;

function parse(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text; // not JSON: compare it as one value
  }
}

function display(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLeafList = (value: unknown[]) => value.every((item) => typeof item !== 'object' || item === null);

/** Flattens nested objects and arrays of objects into `path → display text`; lists of plain values stay whole. */
export function flatten(value: unknown, prefix = '', depth = 0, out = new Map<string, string>()): Map<string, string> {
  if (value === undefined) return out;
  if (depth < MAX_DEPTH && isPlainObject(value) && Object.keys(value).length > 0) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, depth + 1, out);
  } else if (depth < MAX_DEPTH && Array.isArray(value) && value.length > 0 && !isLeafList(value)) {
    value.forEach((inner, i) => flatten(inner, `${prefix}[${i}]`, depth + 1, out));
  } else {
    out.set(prefix || '(value)', display(value));
  }
  return out;
}

/** The fields whose value differs between `before` and `after`; added fields have no before, removed ones no after. */
export function changedFields(before: string | null, after: string | null): FieldChange[] {
  const old = flatten(parse(before));
  const now = flatten(parse(after));
  const changes: FieldChange[] = [];
  for (const [field, value] of now) {
    const was = old.get(field);
    if (was !== value) changes.push({ field, ...(was !== undefined ? { before: was } : {}), after: value });
  }
  for (const [field, was] of old) if (!now.has(field)) changes.push({ field, before: was });
  return changes;
}

/** The action in words: `record.insert` → `created`; an account is created or changed. */
export function describeAction(action: string, isNew: boolean): string {
  const words: Record<string, string> = {
    'record.insert': 'created',
    'record.update': 'changed',
    'record.retire': 'withdrawn',
    'user.put': isNew ? 'account created' : 'account changed',
    'credential.create': 'credential issued',
    'credential.revoke': 'credential revoked',
    'backup.restore': 'restored from backup',
    'view.put': isNew ? 'view saved' : 'view changed',
    'view.delete': 'view deleted',
  };
  return words[action] ?? action;
}

/** Kinds to filter by: record kinds, then account, database and saved-view entries. */
export const AUDIT_KINDS = ['actor', 'place', 'relation', 'event', 'source', 'claim', 'user', 'token', 'session', 'database', 'view'] as const;

/** An audit time as `2026-03-01 14:05:09 UTC`. */
export const formatInstant = (at: string): string => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 19)} UTC` : at);
