import { MIN_DAY, type Day, type DayRange } from '../dates/bounds.js';
import { parseTemporal } from '../dates/edtf.js';
import type { Claim } from '../model/claim.js';
import type { Relation } from '../model/relation.js';
import type { Lifespan } from './lifespans.js';
import { tieFact, type TieFact } from './tie-facts.js';
import type { InForceBounds } from './tie-span.js';

/** What a snapshot needs of a tie once its claims are folded: when and how it holds, its last attestation, whether it is disputed. */
export interface TieFoldState {
  bounds: InForceBounds;
  attestedUntil?: Day;
  disputed: boolean;
}

/**
 * Who a folded state is for: `all` when restricted sources change nothing; otherwise `open` for those
 * who may read restricted sources and `withheld` for those who may not (docs/decisions/0005).
 */
export type FoldAudience = 'all' | 'open' | 'withheld';

/** One folded state of one relation, as the stores keep it (docs/decisions/0010). */
export interface TieFoldRow {
  id: string;
  audience: FoldAudience;
  state: TieFoldState;
}

/** The source fields a fold reads: its date (D7) and whether it is restricted. */
export interface FoldSource {
  id: string;
  date?: string;
  restricted?: boolean;
}

/** Everything the folds of some relations read, as the store holds it now. */
export interface TieFoldInput {
  relations: readonly Relation[];
  /** Accepted claims about those relations. */
  claims: readonly Claim[];
  /** At least the sources those claims cite. */
  sources: ReadonlyMap<string, FoldSource>;
  /** Lifespans of at least the relations' ends (L1–L3). */
  lifespans: ReadonlyMap<string, Lifespan>;
}

/** D1, D2: the days a dated source's own date covers; undefined for an undated source. */
export function sourceDayRange(date: string | undefined): DayRange | undefined {
  const t = date ? parseTemporal(date) : undefined;
  return t && t.start.earliest !== MIN_DAY ? { earliest: t.start.earliest, latest: t.end.latest } : undefined;
}

/** M4, M5: a tie is disputed when its fold is, or when accepted claims leave more than one reading of it. */
export const isTieDisputed = (fact: Pick<TieFact, 'status' | 'readings'>): boolean => fact.status === 'disputed' || fact.readings.length > 1;

/** The snapshot's part of a tie fact; undefined when the tie is never in force. */
export function foldStateOf(fact: TieFact): TieFoldState | undefined {
  if (!fact.bounds) return undefined;
  return { bounds: fact.bounds, ...(fact.attestedUntil ? { attestedUntil: fact.attestedUntil } : {}), disputed: isTieDisputed(fact) };
}

/**
 * Folds relations as `buildTieFacts` does at read time, at the default horizon (D8), once for readers
 * of restricted sources and, when a claim cites one, once as the visibility view shows it to everyone
 * else: those sources' dates unknown. Also returns which sources each relation's claims cite, so that
 * a change to a source's date or restriction finds the folds to redo.
 */
export function foldTies(input: TieFoldInput): { rows: TieFoldRow[]; cited: [string, string][] } {
  const bySubject = new Map<string, Claim[]>();
  for (const claim of input.claims) {
    if (claim.status !== 'accepted') continue;
    const list = bySubject.get(claim.subject);
    if (list) list.push(claim);
    else bySubject.set(claim.subject, [claim]);
  }
  const ranges = new Map<string, DayRange | undefined>();
  const rangeOf = (id: string) => {
    if (!ranges.has(id)) ranges.set(id, sourceDayRange(input.sources.get(id)?.date));
    return ranges.get(id);
  };
  const open = { lifespans: input.lifespans, sourceDate: rangeOf };
  const withheldRange = (id: string) => (input.sources.get(id)?.restricted ? undefined : rangeOf(id));
  const withheld = { lifespans: input.lifespans, sourceDate: withheldRange };
  const rows: TieFoldRow[] = [];
  const cited: [string, string][] = [];
  for (const relation of input.relations) {
    const claims = bySubject.get(relation.id) ?? [];
    const sources = new Set(claims.flatMap((c) => c.evidence.map((e) => e.source)));
    for (const source of sources) cited.push([relation.id, source]);
    const all = foldStateOf(tieFact(relation, claims, (id) => rangeOf(id)?.earliest, open));
    const restricted = [...sources].some((id) => input.sources.get(id)?.restricted === true);
    if (!restricted) {
      if (all) rows.push({ id: relation.id, audience: 'all', state: all });
      continue;
    }
    const hidden = foldStateOf(tieFact(relation, claims, (id) => withheldRange(id)?.earliest, withheld));
    if (all && hidden && sameState(all, hidden)) rows.push({ id: relation.id, audience: 'all', state: all });
    else {
      if (all) rows.push({ id: relation.id, audience: 'open', state: all });
      if (hidden) rows.push({ id: relation.id, audience: 'withheld', state: hidden });
    }
  }
  return { rows, cited };
}

const sameState = (a: TieFoldState, b: TieFoldState): boolean => JSON.stringify(a) === JSON.stringify(b);
