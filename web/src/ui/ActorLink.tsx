import type { Actor } from '../api/types.js';
import { hrefOf } from '../routing/route.js';
import { acronymOf } from './actor-names.js';

/** An actor's name linking to its profile, with its acronym when it has one. */
export function ActorLink({ actor }: { actor: Actor }) {
  const acronym = acronymOf(actor);
  return (
    <a href={hrefOf({ view: 'actor', id: actor.id })}>
      {actor.name}
      {acronym && acronym !== actor.name ? <span className="acronym"> ({acronym})</span> : null}
    </a>
  );
}
