import { sortKeys } from './dataset/sort-keys.js';
import type { Claim } from './model/claim.js';
import { triage, writtenInOf, type Difference, type TriageContext } from './triage.js';
import { happensAtAMoment } from './vocab/moments.js';

/** One value a property may take, with the accepted claims for and against it. */
export interface ValueVersion {
  value: unknown;
  supports: Claim[];
  disputes: Claim[];
}

export interface FoldedProperty {
  /** Disputed only when readings contradict (R1–R5) or a claim disputes a value; refinements and near misses agree. */
  status: 'agreed' | 'disputed' | 'unsupported';
  /** With more than one backed reading: how they differ (R1–R5); `refinement` folds to the most precise. */
  difference?: Difference;
  /** The recorded value first, then competing values in the order their claims were recorded. */
  versions: ValueVersion[];
}

/** A record as its accepted claims establish it: which values are agreed, which disputed, and by whom. */
export interface FoldedFact<R> {
  record: R;
  status: 'supported' | 'disputed' | 'unsupported';
  properties: Record<string, FoldedProperty>;
  /** Accepted claims that speak to the record as a whole. */
  supports: Claim[];
  disputes: Claim[];
  /** Every accepted claim about the record. */
  claims: Claim[];
}

/** The properties of each kind that sources assert (and so can dispute); the rest is editorial. */
export const FACT_PROPERTIES = {
  actor: ['kind', 'country', 'existed', 'ended'],
  place: ['kind', 'parent', 'coordinates'],
  relation: ['valid', 'role'],
  event: ['type', 'date', 'place', 'fatalities', 'participants'],
} as const;

const keyOf = (value: unknown) => JSON.stringify(sortKeys(value ?? null));

/**
 * M2–M5: folds accepted claims over a record. A claim without `value` backs every recorded value; a
 * claim with `value` asserts just those. Asserted values that contradict each other (R1–R5), or a
 * disputing claim, make a property disputed; values that only refine each other or miss by less than
 * their precision do not. Every side is kept with its claims. Proposed and rejected claims are ignored.
 */
export function foldFact<R extends object>(
  record: R,
  allClaims: readonly Claim[],
  properties: readonly string[],
  triageContext: TriageContext = {},
): FoldedFact<R> {
  const context: TriageContext = happensAtAMoment(record) ? { ...triageContext, instant: true } : triageContext;
  const claims = allClaims.filter((c) => c.status === 'accepted');
  const whole = claims.filter((c) => c.value === undefined);
  const supports = whole.filter((c) => c.stance === 'supports');
  const disputes = whole.filter((c) => c.stance === 'disputes');
  const folded: Record<string, FoldedProperty> = {};
  let anyDisputed = disputes.length > 0;

  for (const name of properties) {
    const versions = new Map<string, ValueVersion>();
    const version = (value: unknown) => {
      const key = keyOf(value);
      let found = versions.get(key);
      if (!found) {
        found = { value, supports: [], disputes: [] };
        versions.set(key, found);
      }
      return found;
    };
    const own = (record as Readonly<Record<string, unknown>>)[name];
    if (own !== undefined) {
      const recorded = version(own);
      recorded.supports.push(...supports);
      recorded.disputes.push(...disputes);
    }
    for (const claim of claims) {
      if (claim.value === undefined || !(name in claim.value)) continue;
      const v = version(claim.value[name]);
      (claim.stance === 'supports' ? v.supports : v.disputes).push(claim);
    }
    const list = [...versions.values()];
    const backed = list.filter((v) => v.supports.length > 0);
    const contested = list.some(
      (v) => v.disputes.length > 0 && v.value !== undefined && claims.some((c) => c.value !== undefined && name in c.value && c.stance === 'disputes'),
    );
    const difference =
      backed.length > 1
        ? triage(
            name,
            backed.map((v) => v.value),
            context,
            backed.map((v) => writtenInOf(v.supports, context)),
          )
        : undefined;
    const status = backed.length === 0 ? 'unsupported' : difference === 'contradiction' || contested ? 'disputed' : 'agreed';
    if (status === 'disputed') anyDisputed = true;
    if (list.length > 0) folded[name] = { status, versions: list, ...(difference ? { difference } : {}) };
  }

  const supported = claims.some((c) => c.stance === 'supports');
  return {
    record,
    status: !supported ? 'unsupported' : anyDisputed ? 'disputed' : 'supported',
    properties: folded,
    supports,
    disputes,
    claims,
  };
}
