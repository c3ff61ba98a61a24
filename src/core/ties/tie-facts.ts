import { MAX_DAY, MIN_DAY, type Day } from '../dates/bounds.js';
import type { Temporal } from '../dates/edtf.js';
import { parseTemporal } from '../dates/edtf.js';
import { FACT_PROPERTIES, foldFact } from '../fold.js';
import { mostPrecise, readingOf, writtenInOf, type TriageContext } from '../triage.js';
import type { Claim } from '../model/claim.js';
import type { Relation } from '../model/relation.js';
import type { Lifespan } from './lifespans.js';
import { DEFAULT_HORIZON_MONTHS, tieBounds, type InForceBounds } from './tie-span.js';

/** A relation with what its claims say about its valid time: every reading, how late it is attested, and its bounds. */
export interface TieFact {
  relation: Relation;
  /** Readings of `valid`: the recorded one first, then competing ones that accepted claims support (M4). */
  readings: Temporal[];
  /**
   * D7: the earliest day of the latest dated source that supports a reading saying the tie was still
   * in force (`…/..`). A source that dates the tie's start or end does not attest it later on.
   */
  attestedUntil?: Day;
  /** D3, D7, D8 and L3 applied: the days on which the tie is definite, possible or presumed; absent when never in force. */
  bounds?: InForceBounds;
  /** Fold status; 'unsupported' also when no claim was loaded. */
  status: 'supported' | 'disputed' | 'unsupported';
  /**
   * Whether a source dates the tie's start: every reading has a bounded start that ends before the
   * first dated source supporting the tie. A start that is only that source's own date (the dataset's
   * convention for a standing tie a report first attests) says when it was known, not when it began.
   */
  startDated: boolean;
  /** Whether every reading has a closed end, stated by its sources (not open `..` nor unknown `/`). */
  endDated: boolean;
}

/** What, besides its claims, decides when a tie holds: its ends' lifespans and the presumption horizon. */
export interface TieContext extends TriageContext {
  lifespans?: ReadonlyMap<string, Lifespan>;
  horizonMonths?: number;
}

/** Builds tie facts from relations, their claims (any status; only accepted ones count) and source dates. */
export function buildTieFacts(
  relations: readonly Relation[],
  claims: readonly Claim[],
  sourceDay: (sourceId: string) => Day | undefined,
  context: TieContext = {},
): TieFact[] {
  const bySubject = new Map<string, Claim[]>();
  for (const claim of claims) {
    const list = bySubject.get(claim.subject);
    if (list) list.push(claim);
    else bySubject.set(claim.subject, [claim]);
  }
  return relations.map((relation) => tieFact(relation, bySubject.get(relation.id) ?? [], sourceDay, context));
}

/** One tie fact; a relation whose recorded `valid` does not parse gets no readings and is never in force. */
export function tieFact(relation: Relation, claims: readonly Claim[], sourceDay: (sourceId: string) => Day | undefined, context: TieContext = {}): TieFact {
  const recorded = parseTemporal(relation.valid);
  let readings: Temporal[] = recorded ? [recorded] : [];
  let attested: (Day | undefined)[] = [];
  let status: TieFact['status'] = 'unsupported';
  // Most ties rest on claims that back the record as written: nothing to fold or triage (M3).
  const plain = claims.length > 0 && claims.every((c) => c.status === 'accepted' && c.stance === 'supports' && c.value === undefined);
  if (plain && recorded) {
    attested.push(anchorOf(recorded, latestSourceDay(claims, sourceDay)));
    status = 'supported';
  } else if (claims.length > 0) {
    const fold = foldFact(relation, claims, FACT_PROPERTIES.relation, context);
    const valid = fold.properties['valid'];
    const versions = valid?.versions.filter((v) => v.supports.length > 0) ?? [];
    const folded: Temporal[] = [];
    const refined = valid !== undefined && valid.status !== 'disputed' && versions.length > 1;
    if (refined) {
      // R1: readings that only refine each other are one reading, the most precise, backed by them all.
      let merged = mostPrecise(versions.map((v) => readingOf(String(v.value), writtenInOf(v.supports, context))).filter((t): t is Temporal => t !== undefined));
      // "By then" serves to compare readings; when no reading states an earlier start, the fact starts, as
      // recorded, at the narrowest start a reading states (its document's date, by the dataset's convention).
      if (merged && merged.start.earliest === MIN_DAY) {
        const width = (t: Temporal) => Date.parse(t.start.latest) - Date.parse(t.start.earliest);
        const stated = versions
          .map((v) => parseTemporal(String(v.value)))
          .filter((t): t is Temporal => t !== undefined && t.start.earliest !== MIN_DAY)
          .sort((a, b) => width(a) - width(b))[0];
        if (stated && stated.start.earliest <= merged.end.latest) merged = { ...merged, start: stated.start };
      }
      if (merged) {
        folded.push(merged);
        attested.push(
          anchorOf(
            merged,
            latestSourceDay(
              versions.flatMap((v) => v.supports),
              sourceDay,
            ),
          ),
        );
      }
    } else
      for (const version of versions) {
        const reading = typeof version.value === 'string' ? parseTemporal(version.value) : undefined;
        if (!reading) continue;
        folded.push(reading);
        attested.push(anchorOf(reading, latestSourceDay(version.supports, sourceDay)));
      }
    if (folded.length > 0) readings = folded;
    else attested = [];
    status = fold.status;
  }
  let attestedUntil: Day | undefined;
  for (const day of attested) if (day !== undefined && day !== MIN_DAY && (attestedUntil === undefined || day > attestedUntil)) attestedUntil = day;
  const bounds = tieBounds({
    readings,
    attested,
    ends: [context.lifespans?.get(relation.from), context.lifespans?.get(relation.to)],
    horizonMonths: context.horizonMonths ?? DEFAULT_HORIZON_MONTHS,
  });
  const firstSource = earliestSourceDay(claims, sourceDay);
  const has = readings.length > 0;
  return {
    relation,
    readings,
    ...(attestedUntil ? { attestedUntil } : {}),
    ...(bounds ? { bounds } : {}),
    status,
    startDated: has && readings.every((r) => r.start.earliest !== MIN_DAY && (firstSource === undefined || r.start.latest < firstSource)),
    endDated: has && readings.every((r) => r.end.latest !== MAX_DAY),
  };
}

/** The earliest day among the dated sources that accepted supporting claims cite: when the tie was first attested. */
function earliestSourceDay(claims: readonly Claim[], sourceDay: (sourceId: string) => Day | undefined): Day | undefined {
  let earliest: Day | undefined;
  for (const claim of claims) {
    if (claim.stance !== 'supports' || claim.status !== 'accepted') continue;
    for (const evidence of claim.evidence) {
      const day = sourceDay(evidence.source);
      if (day !== undefined && (earliest === undefined || day < earliest)) earliest = day;
    }
  }
  return earliest;
}

/**
 * D7, D8: the day a reading's presumption counts from. An open end (`…/..`) is attested to the latest
 * dated source; an unknown end (`…/`) only at its start (MIN_DAY: count from the start), however late
 * the source. A reading no dated source supports has nothing to count from: undefined, and D5 stands.
 */
function anchorOf(t: Temporal, latestSource: Day | undefined): Day | undefined {
  if (latestSource === undefined || t.end.latest !== MAX_DAY) return undefined;
  return t.end.earliest === MAX_DAY ? latestSource : MIN_DAY;
}

/** D7: the latest day among the dated sources that the claims cite. */
function latestSourceDay(claims: readonly Claim[], sourceDay: (sourceId: string) => Day | undefined): Day | undefined {
  let latest: Day | undefined;
  for (const claim of claims) {
    if (claim.stance !== 'supports') continue;
    for (const evidence of claim.evidence) {
      const day = sourceDay(evidence.source);
      if (day !== undefined && (latest === undefined || day > latest)) latest = day;
    }
  }
  return latest;
}

/** The day a source speaks for: the earliest day of its date, or undefined when it is undated. */
export function sourceDayOf(date: string | undefined): Day | undefined {
  if (!date) return undefined;
  return parseTemporal(date)?.start.earliest;
}
