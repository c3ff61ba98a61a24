import { useMemo } from 'react';
import { RELATION_TYPES, type RelationType } from '../../../../src/core/vocab/relation-types.js';
import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { hrefOf } from '../../routing/route.js';
import { acronymOf } from '../../ui/actor-names.js';
import { layoutSmallGraph } from '../small-graph/layout.js';
import { SmallGraph, type SmallEdge, type SmallNode } from '../small-graph/SmallGraph.js';
import type { ActorList, PathAnswer } from './api.js';

const RANK = { definite: 3, possible: 2, presumed: 1 } as const;

/** Every route's actors and hops in one small drawing; the two ends ringed, each hop drawn as its strongest tie. */
export function PathGraph({ answer, actors }: { answer: PathAnswer; actors: ReadonlyMap<string, ActorList[number]> }) {
  const drawn = useMemo(() => {
    const nodes = new Map<string, SmallNode>();
    const edges = new Map<string, SmallEdge>();
    for (const route of answer.routes) {
      for (const a of route.actors) {
        const actor = actors.get(a.id);
        nodes.set(a.id, {
          id: a.id,
          label: (actor && acronymOf(actor)) ?? a.name,
          title: a.name,
          href: hrefOf({ view: 'actor', id: a.id }),
          marked: a.id === answer.from || a.id === answer.to,
        });
      }
      for (const hop of route.hops) {
        const key = hop.from < hop.to ? `${hop.from}|${hop.to}` : `${hop.to}|${hop.from}`;
        if (edges.has(key)) continue;
        const best = [...hop.ties].sort((x, y) => RANK[y.certainty] - RANK[x.certainty])[0];
        const signs = new Set(hop.ties.map((t) => RELATION_TYPES[t.type as RelationType]?.sign ?? 0).filter((s) => s !== 0));
        const tone = signs.size === 1 ? (signs.has(1) ? 'ally' : 'enemy') : 'neutral';
        const title = hop.ties
          .map(
            (t) =>
              `${actors.get(t.from)?.name ?? t.from} ${RELATION_TYPES[t.type as RelationType]?.reads ?? t.type} ${actors.get(t.to)?.name ?? t.to}, ${dateInWords(t.valid)} (${t.certainty})`,
          )
          .join('\n');
        edges.set(key, { key, from: hop.from, to: hop.to, tone, certainty: best?.certainty ?? 'presumed', title });
      }
    }
    const placed = layoutSmallGraph(
      [...nodes.keys()],
      [...edges.values()].map((e) => [e.from, e.to] as const),
    );
    return { nodes: [...nodes.values()], edges: [...edges.values()], placed };
  }, [answer, actors]);
  return (
    <figure className="path__graph" data-testid="path-graph">
      <SmallGraph nodes={drawn.nodes} edges={drawn.edges} placed={drawn.placed} label={`Paths between ${answer.from} and ${answer.to}`} />
      <figcaption className="meta">
        Ringed: the two actors. Blue allied, red hostile, grey other ties; solid definite, dashed possible, dotted presumed. Hover a line for its ties.
      </figcaption>
    </figure>
  );
}
