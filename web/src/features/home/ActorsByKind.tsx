import type { Actor } from '../../api/types.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ACTOR_KIND_LABELS } from '../../vocab/labels.js';
import { ActorLink } from '../../ui/ActorLink.js';
import { groupActorsByKind } from './model.js';

/** Every actor, one titled list per kind, with a jump list of kinds. */
export function ActorsByKind({ actors }: { actors: readonly Actor[] }) {
  const groups = groupActorsByKind(actors);
  if (groups.length === 0)
    return (
      <EmptyState>
        No actors yet. Load a dataset with <code>faultline dataset load data/mali</code>.
      </EmptyState>
    );
  return (
    <section aria-labelledby="actors-title">
      <h2 id="actors-title">Actors by kind</h2>
      <div className="kind-groups">
        {groups.map((group) => (
          <section className="kind-group" key={group.kind} aria-labelledby={`kind-${group.kind}`}>
            <h3 id={`kind-${group.kind}`}>
              {ACTOR_KIND_LABELS[group.kind].many} <span className="count">{group.actors.length}</span>
            </h3>
            <ul className="actor-list">
              {group.actors.map((actor) => (
                <li key={actor.id}>
                  <ActorLink actor={actor} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
