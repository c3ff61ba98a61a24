import type { Actor } from '../../core/model/actor.js';
import type { Claim, Evidence } from '../../core/model/claim.js';
import type { Store } from '../../core/store-port.js';
import type { AcledActorType } from '../../core/vocab/actor-kinds.js';
import { KIND_OF_ACLED_TYPE } from '../../interop/acled/acled-vocab.js';
import { proposedNaming } from '../../interop/actor-names.js';
import { slugOf } from '../../core/text/slug.js';

/** A name seen in an import that no actor answers to, with the first row that names it. */
export interface ProposedName {
  id: string;
  name: string;
  rows: number;
  acledType?: AcledActorType;
  country?: string;
  evidence: Evidence;
}

/** Collects unresolved names of one import, one proposal per actor id. */
export class ProposedNames {
  readonly byId = new Map<string, ProposedName>();
  /** Ids by name as written: an export repeats the same unresolved names in thousands of rows. */
  private readonly idOf = new Map<string, string>();

  constructor(private readonly prefix: string) {}

  /** The names another thread collected. */
  static from(prefix: string, names: readonly ProposedName[]): ProposedNames {
    const proposed = new ProposedNames(prefix);
    for (const name of names) {
      proposed.byId.set(name.id, name);
      proposed.idOf.set(name.name, name.id);
    }
    return proposed;
  }

  note(name: string, evidence: Evidence, extra: { acledType?: AcledActorType; country?: string } = {}): string {
    let id = this.idOf.get(name);
    if (id === undefined) this.idOf.set(name, (id = `actor:${this.prefix}-${slugOf(proposedNaming(name.replace(/(\s*\([^)]*\))+\s*$/, '')).name)}`));
    const found = this.byId.get(id);
    if (found) {
      found.rows++;
      if (!found.acledType && extra.acledType) found.acledType = extra.acledType;
      return id;
    }
    this.byId.set(id, { id, name, rows: 1, evidence, ...extra });
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
      const naming = proposedNaming(p.name.replace(/(\s*\([^)]*\))+\s*$/, ''));
      const kind = p.acledType ? KIND_OF_ACLED_TYPE[p.acledType] : 'armed_group';
      const value: Omit<Actor, 'id'> = {
        kind,
        name: naming.name,
        aliases: [{ name: p.name, kind: 'spelling' }, ...(naming.acronym ? [{ name: naming.acronym, kind: 'acronym' as const }] : [])],
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
        credibility: 6,
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
