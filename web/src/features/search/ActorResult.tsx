import type { Actor } from '../../api/types.js';
import { ActorLink } from '../../ui/ActorLink.js';
import { ACTOR_KIND_LABELS } from '../../vocab/labels.js';

/** One search hit: name, kind, other names and the one-line description. */
export function ActorResult({ actor }: { actor: Actor }) {
  const aliases = (actor.aliases ?? []).map((a) => a.name);
  return (
    <li className="result">
      <p className="result__title">
        <ActorLink actor={actor} /> <span className="tag">{ACTOR_KIND_LABELS[actor.kind].one}</span>
      </p>
      {aliases.length > 0 ? <p className="result__aliases">Also: {aliases.join(' · ')}</p> : null}
      <p className="result__description">{actor.description}</p>
    </li>
  );
}
