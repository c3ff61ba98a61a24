import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf } from '../../routing/route.js';

/** A way back to the profile (an actor's or a place's) whose footnote opened this source. */
export function BackToProfile({ actorId }: { actorId: string }) {
  const isPlace = actorId.startsWith('place:');
  const actor = useApi(isPlace ? null : apiGet('/actors/:id', { param: { id: actorId } }));
  const places = useApi(isPlace ? apiGet('/places', {}) : null);
  const place = places.state === 'ready' ? places.data.find((p) => p.id === actorId) : undefined;
  const name = actor.state === 'ready' ? actor.data.name : (place?.name ?? 'the profile');
  return (
    <p className="back">
      <a href={hrefOf(isPlace ? { view: 'place', id: actorId } : { view: 'actor', id: actorId })}>← Back to {name}</a>
    </p>
  );
}
