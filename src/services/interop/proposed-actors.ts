import type { Actor } from '../../core/model/actor.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import type { AcledActorType } from '../../core/vocab/actor-kinds.js';
import { UNJUDGED_CREDIBILITY } from '../../core/vocab/admiralty.js';
import { KIND_OF_ACLED_TYPE } from '../../interop/acled/acled-vocab.js';
import { ownCountry, proposedNaming } from '../../interop/actor-names.js';
import { foldName, sha256Hex } from '../../core/text/normalise.js';

/** A name seen in an import that no actor answers to, with the first row that names it. */
export interface ProposedName {
  id: string;
  name: string;
  rows: number;
  acledType?: AcledActorType;
  country?: string;
  evidence: Evidence;
}

const MAX_SLUG = 120;

/**
 * The id of a proposed actor: the whole name as written, bracket included, and the row's country
 * when the name does not state it: "Pastoralists (Benin)" → `actor:acled-pastoralists-benin`, "FAN"
 * in a Chad row → `actor:ucdp-fan-td`. A name too long for a slug, or with no Latin letters, ends in
 * a hash of the name instead, so two names never share an id.
 */
export function proposedActorId(prefix: string, name: string, country?: string): string {
  const full = foldName(proposedNaming(name.trim()).name)
    .replace(/[^a-z0-9 ]+/g, '')
    .trim()
    .replace(/\s+/g, '-');
  const slug =
    full && full.length <= MAX_SLUG ? full : `${full.slice(0, MAX_SLUG - 9).replace(/-+$/, '')}-${sha256Hex(name.trim()).slice(0, 8)}`.replace(/^-/, '');
  const suffix = country && ownCountry(name) !== country ? `-${country.toLowerCase()}` : '';
  return `actor:${prefix}-${slug}${suffix}`;
}

/** Where a name belongs: the country its bracket states, else the row's. */
function countryOfName(name: string, rowCountry: string | undefined): string | undefined {
  return ownCountry(name) ?? rowCountry;
}

/**
 * Collects unresolved names of one import, one proposal per name and country: "Pastoralists
 * (Benin)" and "Pastoralists (Mali)", or "FAN" in Chad and in Niger, are never one proposal.
 */
export class ProposedNames {
  readonly byId = new Map<string, ProposedName>();
  /** Ids by name as written and country: an export repeats the same unresolved names in thousands of rows. */
  private readonly idOf = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The names another thread collected. */
  static from(prefix: string, names: readonly ProposedName[]): ProposedNames {
    const proposed = new ProposedNames(prefix);
    for (const name of names) {
      proposed.byId.set(name.id, name);
      proposed.idOf.set(keyOf(name.name, name.country), name.id);
    }
    return proposed;
  }

  /** Counts a row naming `name` (in a row of `extra.country`) and returns the proposed actor's id. */
  note(name: string, evidence: Evidence, extra: { acledType?: AcledActorType; country?: string } = {}): string {
    const country = countryOfName(name, extra.country);
    const key = keyOf(name, country);
    let id = this.idOf.get(key);
    if (id === undefined) {
      id = proposedActorId(this.prefix, name, country);
      // Two keys that slug alike ("X (Mali)" and "X Mali" in a Mali row) keep apart by a hash.
      const taken = this.byId.get(id);
      if (taken && keyOf(taken.name, taken.country) !== key) id = `${id}-${sha256Hex(key).slice(0, 8)}`;
      this.idOf.set(key, id);
    }
    const found = this.byId.get(id);
    if (found) {
      found.rows++;
      if (!found.acledType && extra.acledType) found.acledType = extra.acledType;
      return id;
    }
    this.byId.set(id, { id, name, rows: 1, evidence, ...(extra.acledType ? { acledType: extra.acledType } : {}), ...(country ? { country } : {}) });
    return id;
  }

  /**
   * Proposed claims carrying each new actor as a whole record (accepted on review, like the
   * extractor's proposals); names already proposed by an earlier import are not proposed again.
   */
  async claims(store: Store, context: { method: string; by: string; at: string; file: string }): Promise<Claim[]> {
    const ids = [...this.byId.keys()];
    const already = new Set((await store.claims({ subjects: ids })).map((c) => c.subject));
    const claims: Claim[] = [];
    for (const p of this.byId.values()) {
      if (already.has(p.id) || (await store.get('actor', p.id))) continue;
      const naming = proposedNaming(p.name);
      const kind = p.acledType ? KIND_OF_ACLED_TYPE[p.acledType] : 'armed_group';
      const aliases = [
        ...(naming.name === p.name ? [] : [{ name: p.name, kind: 'spelling' as const }]),
        ...(naming.acronym ? [{ name: naming.acronym, kind: 'acronym' as const }] : []),
      ];
      const value: Omit<Actor, 'id'> = {
        kind,
        name: naming.name,
        ...(aliases.length > 0 ? { aliases } : {}),
        description: `Named ${JSON.stringify(p.name)} in ${context.file} (${p.rows} row${p.rows === 1 ? '' : 's'}); proposed on import, to be described by a reviewer.`,
        ...(p.acledType ? { acledType: p.acledType } : {}),
        ...(p.country ? { country: p.country } : {}),
      };
      claims.push({
        id: `${p.id}#1`,
        subject: p.id,
        stance: 'supports',
        value: value as Record<string, unknown>,
        evidence: [p.evidence],
        credibility: UNJUDGED_CREDIBILITY,
        method: context.method,
        status: 'proposed',
        by: context.by,
        at: context.at,
        note: `actor named in an imported row; no recorded actor answers to this name`,
      });
    }
    return claims;
  }
}

function keyOf(name: string, country: string | undefined): string {
  return `${name.trim()}\u0000${country ?? ''}`;
}
