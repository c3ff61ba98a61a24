import { formatWhen } from '../actor/model.js';
import type { EventTypeVocabulary } from './api.js';
import { GROUP_COLOURS, type MappedEvent } from './model.js';

interface EventListProps {
  items: readonly MappedEvent[];
  vocabulary: EventTypeVocabulary;
  onOpen: (id: string) => void;
  label: string;
}

/** The mapped events as a list of buttons: the keyboard's way to every point on the map. */
export function EventList({ items, vocabulary, onOpen, label }: EventListProps) {
  return (
    <ul className="map-events" aria-label={label}>
      {items.map((item) => (
        <li key={item.event.id}>
          <button type="button" className="map-events__item" onClick={() => onOpen(item.event.id)}>
            <span className="swatch" style={{ background: GROUP_COLOURS[item.group] }} aria-hidden="true" />
            <span className="map-events__when">{formatWhen(item.event.date)}</span>
            <span className="map-events__what">
              {vocabulary.types[item.event.type]?.label ?? item.event.type}
              <span className="meta"> · {item.named.name}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
