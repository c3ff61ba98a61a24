// Small constructed snapshots for the metric tests.
import type { Actor } from '../core/model/actor.js';
import type { RelationType } from '../core/vocab/relation-types.js';
import { projectSnapshot, type Snapshot } from './snapshot.js';
import { tieFact, type TieFact } from '../core/ties/tie-facts.js';

/** Facts from `[from, type, to, valid]` rows, with actors named by their slug. */
export function facts(rows: [string, RelationType, string, string][]): TieFact[] {
  return rows.map(([from, type, to, valid], i) => tieFact({ id: `rel:t${i}`, type, from: `actor:${from}`, to: `actor:${to}`, valid }, [], () => undefined));
}

export function actors(slugs: string[], kind: Actor['kind'] = 'armed_group', over: Record<string, Actor['kind']> = {}): Map<string, Actor> {
  return new Map(slugs.map((s) => [`actor:${s}`, { id: `actor:${s}`, kind: over[s] ?? kind, name: s.toUpperCase(), description: s }]));
}

export function snapshotOf(rows: [string, RelationType, string, string][], day = '2017-06-01'): Snapshot {
  const list = facts(rows);
  const slugs = [...new Set(rows.flatMap(([a, , b]) => [a, b]))];
  return projectSnapshot(day, list, actors(slugs));
}
