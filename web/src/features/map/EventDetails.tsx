import type { Actor, Source } from '../../api/types.js';
import { hrefOf } from '../../routing/route.js';
import { ActorLink } from '../../ui/ActorLink.js';
import { formatWhen } from '../actor/model.js';
import type { EventTypeVocabulary } from './api.js';
import { EventSources } from './EventSources.js';
import { FUZZ_LABELS, GROUP_COLOURS, describeFatalities, type MappedEvent } from './model.js';

interface EventDetailsProps {
  item: MappedEvent;
  vocabulary: EventTypeVocabulary;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
}

const PRECISION_NOTES = { exact: 'exact point', approximate: 'approximate point', centroid: 'centre of the area' } as const;

/** One event: what, when, where and how precisely, who, the toll, and the passages it rests on. */
export function EventDetails({ item, vocabulary, actors, sources }: EventDetailsProps) {
  const { event, place, named } = item;
  const label = vocabulary.types[event.type]?.label ?? event.type;
  const fatalities = describeFatalities(event.fatalities);
  return (
    <article className="event-details" aria-labelledby="event-details-title">
      <p className="event-details__type">
        <span className="swatch" style={{ background: GROUP_COLOURS[item.group] }} aria-hidden="true" />
        {label}
      </p>
      <h2 id="event-details-title" className="event-details__title">
        {formatWhen(event.date)} · {named.name}
      </h2>
      <dl className="facts facts--stacked">
        <div className="facts__row">
          <dt>Where</dt>
          <dd>
            <a href={hrefOf({ view: 'place', id: named.id })}>{named.name}</a> — {FUZZ_LABELS[item.fuzz]}
            {item.note ? (
              <span className="meta"> ({item.note})</span>
            ) : place.precision ? (
              <span className="meta"> (place point: {PRECISION_NOTES[place.precision]})</span>
            ) : null}
          </dd>
        </div>
        {event.participants.length > 0 ? (
          <div className="facts__row">
            <dt>Who</dt>
            <dd>
              <ul className="participants">
                {event.participants.map((p) => {
                  const actor = actors.get(p.actor);
                  return (
                    <li key={`${p.actor}:${p.role}`}>
                      {actor ? <ActorLink actor={actor} /> : p.actor}{' '}
                      <span className="meta">
                        {p.role}
                        {p.attribution ? `, ${p.attribution}` : ''}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </dd>
          </div>
        ) : null}
        {fatalities ? (
          <div className="facts__row">
            <dt>Fatalities</dt>
            <dd>{fatalities}</dd>
          </div>
        ) : null}
        <div className="facts__row">
          <dt>What happened</dt>
          <dd>{event.description}</dd>
        </div>
        <div className="facts__row">
          <dt>Sources</dt>
          <dd>
            <EventSources eventId={event.id} sources={sources} />
          </dd>
        </div>
      </dl>
    </article>
  );
}
