import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';

/** A way back to the profile whose footnote opened this source. */
export function BackToProfile({ actorId }: { actorId: string }) {
  const actor = useApi(apiGet('/actors/:id', { param: { id: actorId } }));
  const name = actor.state === 'ready' ? actor.data.name : 'the profile';
  return (
    <p className="back">
      <a href={hrefOf({ view: 'actor', id: actorId })}>← Back to {name}</a>
    </p>
  );
}
