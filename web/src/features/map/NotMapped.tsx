import type { Place } from '../../api/types.js';
import { formatWhen } from '../actor/model.js';
import type { EventTypeVocabulary } from './api.js';
import type { UnmappedEvent } from './model.js';

interface NotMappedProps {
  items: readonly UnmappedEvent[];
  vocabulary: EventTypeVocabulary;
  /** Dataset places without a point of their own; their events are drawn at the place around them. */
  places: readonly Place[];
}

/** Events of the current filter that have no point, grouped by the reason; then the places drawn at a wider area. */
export function NotMapped({ items, vocabulary, places }: NotMappedProps) {
  const byReason = new Map<string, UnmappedEvent[]>();
  for (const item of items) byReason.set(item.why, [...(byReason.get(item.why) ?? []), item]);
  const line = (item: UnmappedEvent) => (
    <li key={item.event.id}>
      <span className="map-events__when">{formatWhen(item.event.date)}</span> {vocabulary.types[item.event.type]?.label ?? item.event.type}
      {item.place ? <strong> · {item.place.name}</strong> : null}
      <span className="meta"> — {item.event.description}</span>
    </li>
  );
  return (
    <section className="not-mapped" aria-labelledby="not-mapped-title">
      <h2 id="not-mapped-title">
        Not mapped <span className="count">{items.length} events</span>
      </h2>
      {items.length === 0 ? <p className="meta">Every event of this selection has a point on the map.</p> : null}
      <div className="not-mapped__groups">
        {[...byReason].map(([why, list]) => (
          <details key={why} className="not-mapped__group">
            <summary>
              <strong>{why[0]?.toUpperCase() + why.slice(1)}</strong> <span className="meta">{list.length}</span>
            </summary>
            <ul>{list.map(line)}</ul>
          </details>
        ))}
      </div>
      {places.length > 0 ? (
        <p className="meta not-mapped__places">
          Places without a point of their own, drawn at the area around them ({places.length}): {places.map((p) => p.name).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
