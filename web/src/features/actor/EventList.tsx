import type { ProfileStatement } from '../../api/types.js';
import { StatementItem } from './StatementItem.js';

/** The events the actor took part in, in date order, with the actor's role in brackets. */
export function EventList({ events }: { events: readonly ProfileStatement[] }) {
  return (
    <section className="profile-section" aria-labelledby="section-events">
      <h2 id="section-events">
        Events <span className="count">{events.length}</span>
      </h2>
      {events.length === 0 ? (
        <p className="meta">No events are recorded for this actor.</p>
      ) : (
        <ul className="statements">
          {events.map((event) => (
            <StatementItem key={event.id} statement={event} />
          ))}
        </ul>
      )}
    </section>
  );
}
