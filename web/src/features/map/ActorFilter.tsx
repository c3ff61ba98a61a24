import type { Actor } from '../../api/types.js';
import { acronymOf } from '../../ui/actor-names.js';
import { ACTOR_KIND_LABELS, ACTOR_KIND_ORDER } from '../../vocab/labels.js';

interface ActorFilterProps {
  actors: readonly Actor[];
  /** Events per actor id, to show beside each name. */
  counts: ReadonlyMap<string, number>;
  value: string | undefined;
  onChange: (actor: string | undefined) => void;
}

const nameOf = (actor: Actor) => {
  const acronym = acronymOf(actor);
  return acronym && acronym !== actor.name ? `${actor.name} (${acronym})` : actor.name;
};

/** Picks one actor whose events and areas the map shows; grouped by kind, with event counts. */
export function ActorFilter({ actors, counts, value, onChange }: ActorFilterProps) {
  const groups = ACTOR_KIND_ORDER.map((kind) => ({
    kind,
    members: actors.filter((a) => a.kind === kind).sort((a, b) => a.name.localeCompare(b.name)),
  })).filter((g) => g.members.length > 0);
  return (
    <div className="actor-filter">
      <label className="control-label" htmlFor="map-actor">
        Actor
      </label>
      <select id="map-actor" className="select" value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">All actors</option>
        {groups.map((group) => (
          <optgroup key={group.kind} label={ACTOR_KIND_LABELS[group.kind].many}>
            {group.members.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {nameOf(actor)} · {counts.get(actor.id) ?? 0}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
