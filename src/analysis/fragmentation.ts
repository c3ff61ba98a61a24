import type { Day } from '../core/dates/bounds.js';
import { parseTemporal } from '../core/dates/edtf.js';
import type { Actor } from '../core/model/actor.js';
import type { Relation } from '../core/model/relation.js';
import { RELATION_TYPES } from '../core/vocab/relation-types.js';
import { tieCertaintyDuring } from './tie-certainty.js';
import type { TieFact } from '../core/ties/tie-facts.js';

/**
 * Actors of the given kinds active on a day, or in the period [day, until] (D9): an actor is active
 * while one of its standing ties is in force (instant ties such as a split mark a moment, not
 * activity). `possible` includes `definite` and presumed ties (D8).
 */
export function activeActorIds(
  facts: readonly TieFact[],
  actors: ReadonlyMap<string, Actor>,
  kinds: readonly string[],
  day: Day,
  until: Day = day,
): { definite: string[]; possible: string[] } {
  const wanted = new Set(kinds);
  const level = new Map<string, 'definite' | 'possible'>();
  for (const fact of facts) {
    if (RELATION_TYPES[fact.relation.type].instant) continue;
    const certainty = tieCertaintyDuring(fact, day, until);
    if (certainty === 'none') continue;
    for (const id of [fact.relation.from, fact.relation.to]) {
      const actor = actors.get(id);
      if (!actor || !wanted.has(actor.kind) || level.get(id) === 'definite') continue;
      level.set(id, certainty === 'definite' ? 'definite' : 'possible');
    }
  }
  const possible = [...level.keys()].sort();
  return { definite: possible.filter((id) => level.get(id) === 'definite'), possible };
}

export interface GenealogyYear {
  year: number;
  /** Count per genealogical relation type (split_from, merged_into, successor_of …). */
  counts: Record<string, number>;
  /** How many of them are dated less precisely than the year (counted in the year they latest began). */
  imprecise: number;
}

/** Splits, mergers and renames per year: genealogical relations (from the table) by the year they happened. */
export function genealogyPerYear(relations: readonly Relation[]): GenealogyYear[] {
  const years = new Map<number, GenealogyYear>();
  for (const relation of relations) {
    if (!RELATION_TYPES[relation.type].genealogical) continue;
    const t = parseTemporal(relation.valid);
    if (!t) continue;
    const year = Number(t.start.latest.slice(0, 4));
    if (!Number.isFinite(year) || year === 0 || year === 9999) continue;
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { year, counts: {}, imprecise: 0 }));
    entry.counts[relation.type] = (entry.counts[relation.type] ?? 0) + 1;
    if (t.start.earliest.slice(0, 4) !== t.start.latest.slice(0, 4)) entry.imprecise++;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}
