import { hrefOf } from '../../routing/route.js';
import type { PlaceProfile } from './api.js';

/** Actors in the events here, most events first, with the years of their first and last. */
export function PlaceParticipants({ participants }: { participants: PlaceProfile['participants'] }) {
  if (participants.length === 0) return null;
  return (
    <section className="profile-section" aria-labelledby="section-participants">
      <h2 id="section-participants">
        In the events here <span className="count">{participants.length}</span>
      </h2>
      <ul className="place-list place-list--columns">
        {participants.map((p) => (
          <li key={p.id}>
            <a href={hrefOf({ view: 'actor', id: p.id })}>{p.name}</a>{' '}
            <span className="meta">
              {p.events} event{p.events === 1 ? '' : 's'}, {p.first === p.last ? p.first : `${p.first}–${p.last}`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
