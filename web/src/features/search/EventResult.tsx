import { hrefOf } from '../../routing/route.js';
import { formatWhen, sentence } from '../actor/model.js';
import type { SearchAnswer } from './api.js';

/** One event hit: when, what and where, with links to it on the timeline and the map. */
export function EventResult({ event }: { event: SearchAnswer['events']['list'][number] }) {
  const from = event.earliest.slice(0, 4);
  const to = event.latest.slice(0, 4);
  return (
    <li className="result">
      <p className="result__title">
        {formatWhen(event.date)} · {sentence(event.label)}
        {event.place.id ? (
          <>
            {' '}
            in <a href={hrefOf({ view: 'place', id: event.place.id })}>{event.place.name}</a>
          </>
        ) : null}
      </p>
      <p className="result__description">{event.description}</p>
      <p className="result__aliases">
        <a href={hrefOf({ view: 'timeline', item: event.id })}>On the timeline</a> ·{' '}
        <a href={hrefOf({ view: 'map', event: event.id, ...(from ? { from, to } : {}) })}>On the map</a>
      </p>
    </li>
  );
}
