import { RELATION_TYPES, type RelationType } from '../../../../src/core/vocab/relation-types.js';
import { hrefOf } from '../../routing/route.js';
import { acronymOf } from '../../ui/actor-names.js';
import type { SmallEdge, SmallNode } from '../small-graph/SmallGraph.js';
import type { ActorList, Diff, Snapshot } from './api.js';

type Actor = ActorList[number];

/** Kinds left out of the small network: persons and communities change with their groups, and would crowd it. */
const LEFT_OUT = new Set(['person', 'community']);

/** The organisations the window's changes involve: ends of ties begun or ended between organisations, and those formed or ended. */
export function involvedActors(diff: Diff, kinds: ReadonlyMap<string, string>): Set<string> {
  const kept = (id: string) => id.startsWith('actor:') && !LEFT_OUT.has(kinds.get(id) ?? 'person');
  const involved = new Set<string>();
  for (const tie of [...diff.begun, ...diff.ended]) if (kept(tie.from) && kept(tie.to)) [tie.from, tie.to].forEach((id) => involved.add(id));
  for (const change of [...diff.formed, ...diff.dissolved]) if (kept(change.actor)) involved.add(change.actor);
  return involved;
}

/** One side of the before/after drawing: the involved organisations in force on a date and the ties among them. */
export interface Side {
  nodes: SmallNode[];
  edges: SmallEdge[];
}

const TONES = { 1: 'ally', [-1]: 'enemy', 0: 'neutral' } as const;

/** Draws a snapshot's involved part, each pair once, highlighting ties the diff says began (after) or ended (before). */
export function sideOf(
  snapshot: Snapshot,
  involved: ReadonlySet<string>,
  changed: ReadonlySet<string>,
  change: 'begun' | 'ended',
  actors: ReadonlyMap<string, Actor>,
  marked: ReadonlySet<string>,
): Side {
  const nodes: SmallNode[] = snapshot.actors
    .filter((a) => involved.has(a.id))
    .map((a) => {
      const actor = actors.get(a.id);
      const short = actor ? acronymOf(actor) : undefined;
      return { id: a.id, label: short ?? shorten(a.name), title: a.name, href: hrefOf({ view: 'actor', id: a.id }), marked: marked.has(a.id) };
    });
  const pairs = new Map<string, SmallEdge & { signs: Set<number> }>();
  for (const tie of snapshot.ties) {
    const spec = RELATION_TYPES[tie.type as RelationType];
    if (!spec || spec.instant || !involved.has(tie.from) || !involved.has(tie.to) || tie.from === tie.to) continue;
    const key = tie.from < tie.to ? `${tie.from}|${tie.to}` : `${tie.to}|${tie.from}`;
    const line = `${actors.get(tie.from)?.name ?? tie.from} ${spec.reads} ${actors.get(tie.to)?.name ?? tie.to} (${tie.certainty}${changed.has(tie.id) ? `, ${change}` : ''})`;
    const pair = pairs.get(key);
    if (pair) {
      pair.signs.add(spec.sign);
      pair.title += `\n${line}`;
      if (changed.has(tie.id)) pair.change = change;
      if (rank(tie.certainty) > rank(pair.certainty ?? 'presumed')) pair.certainty = tie.certainty;
    } else
      pairs.set(key, {
        key,
        from: tie.from,
        to: tie.to,
        tone: 'neutral',
        certainty: tie.certainty,
        title: line,
        signs: new Set([spec.sign]),
        ...(changed.has(tie.id) ? { change } : {}),
      });
  }
  const edges = [...pairs.values()].map(({ signs, ...edge }): SmallEdge => {
    const signed = [...signs].filter((s) => s !== 0);
    // A pair both allied and hostile in one period is drawn neutral; its title lists both.
    return { ...edge, tone: signed.length === 1 ? TONES[signed[0] as 1 | -1] : 'neutral' };
  });
  return { nodes, edges };
}

const rank = (c: string) => ({ definite: 3, possible: 2, presumed: 1 })[c] ?? 0;
const shorten = (name: string) => (name.length <= 18 ? name : `${name.slice(0, 16).trimEnd()}…`);
