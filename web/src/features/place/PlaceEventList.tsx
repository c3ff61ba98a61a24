import { hrefOf } from '../../routing/route.js';
import { DisputeNotice } from '../actor/DisputeNotice.js';
import { FootnoteRefs } from '../actor/FootnoteRefs.js';
import { formatWhen } from '../actor/model.js';
import { StatusFlag } from '../actor/StatusFlag.js';
import { describeFatalities } from '../map/model.js';
import type { PlaceEvent } from './api.js';

/** The map's window for an event: the years its date allows. */
const mapWindow = (when: string): { from?: string; to?: string } => {
  const [first, ...rest] = when.match(/\d{4}/g) ?? [];
  return first ? { from: first, to: rest.at(-1) ?? first } : {};
};

/** The events at the place and inside it, in date order, each with where, who, the toll, footnotes and links to the timeline and map. */
export function PlaceEventList({ events, total, placeId }: { events: readonly PlaceEvent[]; total: number; placeId: string }) {
  return (
    <section className="profile-section" aria-labelledby="section-events">
      <h2 id="section-events">
        Events <span className="count">{total}</span>
      </h2>
      {total > events.length ? (
        <p className="meta">
          The latest {events.length} of {total}, in date order.
        </p>
      ) : null}
      {events.length === 0 ? (
        <p className="meta">No events are recorded here.</p>
      ) : (
        <ul className="statements">
          {events.map((event) => {
            const toll = describeFatalities(event.fatalities);
            return (
              <li key={event.id} className={`statement${event.disputes.length > 0 ? ' statement--disputed' : ''}`} data-testid="place-event">
                <time className="statement__when" dateTime={event.when} title={`EDTF: ${event.when}`}>
                  {formatWhen(event.when)}
                </time>
                <div className="statement__body">
                  <p className="statement__text">
                    {event.text.charAt(0).toUpperCase() + event.text.slice(1)}
                    <FootnoteRefs numbers={event.footnotes} /> <StatusFlag status={event.status} {...(event.differs ? { differs: event.differs } : {})} />
                  </p>
                  <p className="meta place-event__details">
                    {event.place && event.place.id !== placeId ? (
                      <>
                        at <a href={hrefOf({ view: 'place', id: event.place.id })}>{event.place.name}</a> ·{' '}
                      </>
                    ) : null}
                    {event.participants.map((p, i) => (
                      <span key={`${p.id}:${p.role}`}>
                        {i > 0 ? ', ' : null}
                        <a href={hrefOf({ view: 'actor', id: p.id })}>{p.name}</a> ({p.role}
                        {p.attribution ? `, ${p.attribution}` : ''})
                      </span>
                    ))}
                    {event.participants.length > 0 ? ' · ' : null}
                    {toll ? `${toll} killed` : 'no toll in the sources'} · <a href={hrefOf({ view: 'timeline', item: event.id })}>timeline</a> ·{' '}
                    <a href={hrefOf({ view: 'map', event: event.id, ...mapWindow(event.when) })}>map</a>
                  </p>
                  {event.disputes.length > 0 ? <DisputeNotice disputes={event.disputes} /> : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
