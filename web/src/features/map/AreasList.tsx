import type { Place } from '../../api/types.js';
import { formatWhen } from '../actor/model.js';
import type { Relation } from './api.js';

const TYPE_LABELS: Record<string, string> = { controls: 'Controls', operates_in: 'Operates in' };

/** An actor's areas in the window, with their periods; places without a point say so. */
export function AreasList({ relations, places }: { relations: readonly Relation[]; places: ReadonlyMap<string, Place> }) {
  if (relations.length === 0) return <p className="meta">No areas of operation or control are recorded for this actor in the window.</p>;
  return (
    <ul className="areas">
      {relations.map((relation) => {
        const place = places.get(relation.to);
        return (
          <li key={relation.id} className={`areas__item areas__item--${relation.type}`}>
            <span className="areas__type">{TYPE_LABELS[relation.type] ?? relation.type}</span> <strong>{place?.name ?? relation.to}</strong>{' '}
            <span className="meta">{formatWhen(relation.valid)}</span>
            {relation.role ? <span className="meta"> — {relation.role}</span> : null}
            {place?.coordinates ? null : <span className="tag tag--quiet">not mapped</span>}
          </li>
        );
      })}
    </ul>
  );
}
