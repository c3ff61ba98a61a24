import type { TimelineItem } from './model.js';
import { categoryColour } from './palette.js';

const LIMIT = 200;

/** The items in view as a list, earliest first: the keyboard's way to the details. */
export function ItemList({
  items,
  selected,
  onSelect,
  label,
}: {
  items: readonly TimelineItem[];
  selected: string | undefined;
  onSelect: (key: string) => void;
  label: (item: TimelineItem) => string;
}) {
  return (
    <section className="timeline__list" aria-labelledby="timeline-list-title">
      <h2 id="timeline-list-title">
        In view <span className="count">{items.length}</span>
      </h2>
      {items.length === 0 ? <p className="meta">Nothing in this stretch of time; zoom out or move the axis.</p> : null}
      <ol className="item-list">
        {items.slice(0, LIMIT).map((item) => (
          <li key={item.key}>
            <button
              type="button"
              className={`item-list__button${item.key === selected ? ' is-selected' : ''}`}
              aria-pressed={item.key === selected}
              onClick={() => onSelect(item.key)}
            >
              <span className="swatch swatch--round" style={{ background: categoryColour(item.category) }} aria-hidden="true" />
              <span className="item-list__date">{item.dateText}</span>
              <span className="item-list__text">{label(item)}</span>
            </button>
          </li>
        ))}
      </ol>
      {items.length > LIMIT ? <p className="meta">The first {LIMIT} are listed; zoom in to see the rest.</p> : null}
    </section>
  );
}
