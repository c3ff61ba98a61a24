import type { Day } from '../core/dates/bounds.js';
import type { Temporal } from '../core/dates/edtf.js';
import { parseTemporal } from '../core/dates/edtf.js';
import { FACT_PROPERTIES, foldFact } from '../core/fold.js';
import type { Claim } from '../core/model/claim.js';
import type { Relation } from '../core/model/relation.js';

/** A relation with what its claims say about its valid time: every reading and how late it is attested. */
export interface TieFact {
  relation: Relation;
  /** Readings of `valid`: the recorded one first, then competing ones that accepted claims support (M4). */
  readings: Temporal[];
  /** D7: the date of the latest dated source that supports the tie (its earliest day). */
  attestedUntil?: Day;
  /** Fold status; 'unsupported' also when no claim was loaded. */
  status: 'supported' | 'disputed' | 'unsupported';
}

/** Builds tie facts from relations, their claims (any status; only accepted ones count) and source dates. */
export function buildTieFacts(relations: readonly Relation[], claims: readonly Claim[], sourceDay: (sourceId: string) => Day | undefined): TieFact[] {
  const bySubject = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = bySubject.get(claim.subject);
    if (list) list.push(claim);
    else bySubject.set(claim.subject, [claim]);
  }
  return relations.map((relation) => tieFact(relation, bySubject.get(relation.id) ?? [], sourceDay));
}

/** One tie fact; a relation whose recorded `valid` does not parse gets no readings and is never in force. */
export function tieFact(relation: Relation, claims: readonly Claim[], sourceDay: (sourceId: string) => Day | undefined): TieFact {
  const recorded = parseTemporal(relation.valid);
  if (claims.length === 0) return { relation, readings: recorded ? [recorded] : [], status: 'unsupported' };
  const fold = foldFact(relation as unknown as Record<string, unknown>, claims, FACT_PROPERTIES.relation);
  const versions = fold.properties['valid']?.versions.filter((v) => v.supports.length > 0) ?? [];
  const readings = versions.map((v) => (typeof v.value === 'string' ? parseTemporal(v.value) : undefined)).filter((t): t is Temporal => t !== undefined);
  let attestedUntil: Day | undefined;
  for (const claim of fold.claims) {
    if (claim.stance !== 'supports') continue;
    for (const evidence of claim.evidence) {
      const day = sourceDay(evidence.source);
      if (day !== undefined && (attestedUntil === undefined || day > attestedUntil)) attestedUntil = day;
    }
  }
  return {
    relation,
    readings: readings.length > 0 ? readings : recorded ? [recorded] : [],
    ...(attestedUntil ? { attestedUntil } : {}),
    status: fold.status,
  };
}

/** The day a source speaks for: the earliest day of its date, or undefined when it is undated. */
export function sourceDayOf(date: string | undefined): Day | undefined {
  if (!date) return undefined;
  return parseTemporal(date)?.start.earliest;
}
