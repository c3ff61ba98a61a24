import type { Source } from '../model/source.js';

/** What stands in free text for a restricted source's title, address, author or note. */
export const WITHHELD_TEXT = '[restricted source]';

/**
 * The free-text fields a description, note or summary lives in, at any depth of a record or a
 * claim's value. Names, ids and dates are facts, shown by design (docs/security.md); these are
 * texts a person or the extractor wrote, which may restate where a fact came from.
 */
const FREE_TEXT_KEYS = new Set(['description', 'note', 'notes', 'summary', 'comment', 'reason', 'reliabilityReason']);

/** Shorter strings would blot out common words wherever they occur. */
const MIN_NEEDLE_LENGTH = 6;

/** The strings of restricted sources that no one below their readers may see in any text. */
export function withheldStrings(sources: readonly Source[]): string[] {
  const strings = sources
    .filter((s) => s.restricted)
    .flatMap((s) => [s.id, s.title, s.url, s.publisher, s.notes, s.reliabilityReason, ...(s.authors ?? [])])
    .filter((s): s is string => s !== undefined && s.trim().length >= MIN_NEEDLE_LENGTH)
    .map((s) => s.trim());
  // Longest first, so a title is replaced whole rather than through a shorter author name inside it.
  return [...new Set(strings)].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A function that replaces every withheld string in the free-text fields of a value (a record, a
 * claim, a list of them) with `WITHHELD_TEXT`, returning the value itself when nothing matched.
 * Undefined when there is nothing to withhold, so callers skip the walk entirely.
 */
export function textScrubber(strings: readonly string[]): (<T>(value: T) => T) | undefined {
  if (strings.length === 0) return undefined;
  const pattern = new RegExp(strings.map(escape).join('|'), 'giu');
  const hits = (text: string) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  };
  const walk = (value: unknown, freeText: boolean): unknown => {
    if (typeof value === 'string') return freeText ? value.replace(pattern, WITHHELD_TEXT) : value;
    if (Array.isArray(value)) return value.map((v) => walk(v, freeText));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, freeText || FREE_TEXT_KEYS.has(k))]));
    }
    return value;
  };
  // Serialising first is cheaper than walking every record: most records hold no withheld string.
  return <T>(value: T): T => (value !== null && typeof value === 'object' && hits(JSON.stringify(value)) ? (walk(value, false) as T) : value);
}
