import type { Place } from '../../api/types.js';
import { formatWhen } from '../actor/model.js';
import type { EventTypeVocabulary } from './api.js';
import type { UnmappedEvent } from './model.js';

interface NotMappedProps {
  items: readonly UnmappedEvent[];
  vocabulary: EventTypeVocabulary;
  /** Dataset places without a coordinate, named so nobody assumes they were forgotten. */
  places: readonly Place[];
}

/** Events of the current filter that have no point, grouped by why; then the places without coordinates. */
export function NotMapped({ items, vocabulary, places }: NotMappedProps) {
  const byPlace = new Map<string, { name: string; events: UnmappedEvent[] }>();
  const placeless: UnmappedEvent[] = [];
  for (const item of items) {
    if (!item.place) {
      placeless.push(item);
      continue;
    }
    const entry = byPlace.get(item.place.id) ?? { name: item.place.name, events: [] };
    entry.events.push(item);
    byPlace.set(item.place.id, entry);
  }
  const line = (item: UnmappedEvent) => (
    <li key={item.event.id}>
      <span className="map-events__when">{formatWhen(item.event.date)}</span> {vocabulary.types[item.event.type]?.label ?? item.event.type}
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
        {[...byPlace].map(([id, entry]) => (
          <details key={id} className="not-mapped__group">
            <summary>
              <strong>{entry.name}</strong> <span className="meta">no coordinates recorded · {entry.events.length}</span>
            </summary>
            <ul>{entry.events.map(line)}</ul>
          </details>
        ))}
        {placeless.length > 0 ? (
          <details className="not-mapped__group">
            <summary>
              <strong>No place recorded</strong> <span className="meta">{placeless.length}</span>
            </summary>
            <ul>{placeless.map(line)}</ul>
          </details>
        ) : null}
      </div>
      <p className="meta not-mapped__places">
        Places in the dataset without coordinates ({places.length}): {places.map((p) => p.name).join(', ')}.
      </p>
    </section>
  );
}
