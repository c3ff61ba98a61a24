import { useState } from 'react';
import type { ActorKind } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { ACTOR_KIND_LABELS, ACTOR_KIND_ORDER } from '../../vocab/labels.js';
import type { NetworkGraph, VisibleGraph } from './graph.js';
import { monthLabel } from './model.js';

/** The canvas as a list: every actor in view by kind, most connected first, each linking to its profile. */
export function VisibleActors({ graph, visible, month }: { graph: NetworkGraph; visible: VisibleGraph; month: string }) {
  const [open, setOpen] = useState(false);
  const byKind = new Map<string, { id: string; name: string; degree: number }[]>();
  if (open) {
    for (const [id, degree] of visible.degree) {
      const { kind, name } = graph.getNodeAttributes(id);
      const list = byKind.get(kind) ?? [];
      list.push({ id, name, degree });
      byKind.set(kind, list);
    }
  }
  return (
    <details className="network__list" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Actors in view in {monthLabel(month)} ({visible.degree.size}), as a list
      </summary>
      {open ? (
        <div className="network__list-body">
          {ACTOR_KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => (
            <section key={kind}>
              <h3>{ACTOR_KIND_LABELS[kind as ActorKind].many}</h3>
              <ul className="actor-list">
                {(byKind.get(kind) ?? [])
                  .sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name))
                  .map((actor) => (
                    <li key={actor.id}>
                      <a href={hrefOf({ view: 'actor', id: actor.id })}>{actor.name}</a> <span className="meta">{actor.degree}</span>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </details>
  );
}
