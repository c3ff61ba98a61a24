import { hrefOf } from '../../routing/route.js';
import type { Metrics } from './api.js';

/** Each bloc's members, best-connected first, names linking to profiles. */
export function BlocList({ m }: { m: Metrics }) {
  return (
    <ol className="analytics-blocs" aria-label="Blocs and their members">
      {m.blocs.map((b) => (
        <li key={b.community} data-bloc={b.community} value={b.community}>
          <span className="analytics-blocs__size">{b.members.length === 1 ? '1 actor' : `${b.members.length} actors`}: </span>
          {b.members.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : null}
              <a href={hrefOf({ view: 'actor', id })}>{m.names[id] ?? id}</a>
            </span>
          ))}
        </li>
      ))}
    </ol>
  );
}
