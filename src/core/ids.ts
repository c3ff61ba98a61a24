/** The record kinds that carry ids, each with the prefix its ids start with. */
export const ID_PREFIXES = {
  actor: 'actor:',
  place: 'place:',
  relation: 'rel:',
  event: 'event:',
} as const;

export type PrefixedKind = keyof typeof ID_PREFIXES;

const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
// Listed once: an import checks two ids per row.
const PREFIXES = Object.entries(ID_PREFIXES) as [PrefixedKind, string][];

/** Which kind an id belongs to, from its prefix; sources are bare SHA-256 hex. */
export function kindOfId(id: string): PrefixedKind | 'source' | 'claim' | undefined {
  if (/^[0-9a-f]{64}$/.test(id)) return 'source';
  if (id.includes('#')) return 'claim';
  for (const [kind, prefix] of PREFIXES) {
    if (id.startsWith(prefix) && SLUG.test(id.slice(prefix.length))) return kind;
  }
  return undefined;
}

/** True when `id` is a well-formed id of `kind` (`actor:jnim`, `rel:x`, …). */
export function isIdOf(kind: PrefixedKind, id: string): boolean {
  return id.startsWith(ID_PREFIXES[kind]) && SLUG.test(id.slice(ID_PREFIXES[kind].length));
}

/** Claim ids are their subject's id, `#`, and a number: `rel:ansar-dine-in-jnim#2`. */
export function isClaimId(id: string): boolean {
  const hash = id.lastIndexOf('#');
  if (hash <= 0) return false;
  if (!/^[1-9][0-9]*$/.test(id.slice(hash + 1))) return false;
  const kind = kindOfId(id.slice(0, hash));
  return kind !== undefined && kind !== 'claim';
}
