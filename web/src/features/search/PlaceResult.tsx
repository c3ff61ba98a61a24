import { hrefOf } from '../../routing/route.js';
import { humanise } from '../../vocab/labels.js';
import type { SearchAnswer } from './api.js';

/** One place hit: its name linking to its page, kind, where it lies, and the alias that matched. */
export function PlaceResult({ place }: { place: SearchAnswer['places'][number] }) {
  return (
    <li className="result">
      <p className="result__title">
        <a href={hrefOf({ view: 'place', id: place.id })}>{place.name}</a> <span className="tag">{humanise(place.kind)}</span>
      </p>
      <p className="result__aliases">
        {place.within.length > 0 ? `In ${place.within.join(', ')}` : place.country}
        {place.matched ? ` · also called ${place.matched}` : ''}
      </p>
      {place.description ? <p className="result__description">{place.description}</p> : null}
    </li>
  );
}
