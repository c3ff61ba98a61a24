import { sentence } from '../actor/model.js';
import type { ReviewItem } from './api.js';
import { KIND_LABELS, titleOf } from './model.js';

interface QueueListProps {
  items: readonly ReviewItem[];
  current: string | undefined;
  names: ReadonlyMap<string, string>;
  onPick: (id: string) => void;
}

/** The proposals in queue order; the one under review is marked. */
export function QueueList({ items, current, names, onPick }: QueueListProps) {
  return (
    <ol className="review-queue" aria-label="Proposals">
      {items.map((item) => {
        const isCurrent = item.claim.id === current;
        return (
          <li key={item.claim.id}>
            <button
              type="button"
              className={`review-queue__item${isCurrent ? ' review-queue__item--current' : ''}`}
              aria-current={isCurrent ? 'true' : undefined}
              onClick={() => onPick(item.claim.id)}
            >
              <span className={`tag review-kind review-kind--${item.kind}`}>{KIND_LABELS[item.kind]}</span>
              <span className="review-queue__title">{sentence(titleOf(item, names))}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
