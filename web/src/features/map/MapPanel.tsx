import type { Actor, Place, Source } from '../../api/types.js';
import type { Loadable } from '../../api/use-api.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { EventTypeVocabulary, Relation } from './api.js';
import { AreasList } from './AreasList.js';
import { EventDetails } from './EventDetails.js';
import { EventList } from './EventList.js';
import type { MappedEvent } from './model.js';

interface MapPanelProps {
  placed: readonly MappedEvent[];
  selected: string | undefined;
  /** Every event under the last click on the map. */
  here: readonly string[];
  vocabulary: EventTypeVocabulary;
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  places: ReadonlyMap<string, Place>;
  actor: Actor | undefined;
  areas: Loadable<Relation[]> | undefined;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** Beside the map: the chosen event with its sources, or the actor's areas and the list of events. */
export function MapPanel({ placed, selected, here, vocabulary, actors, sources, places, actor, areas, onOpen, onClose }: MapPanelProps) {
  const current = selected ? placed.find((m) => m.event.id === selected) : undefined;
  if (current) {
    const others = placed.filter((m) => here.includes(m.event.id) && m.event.id !== current.event.id);
    return (
      <aside className="map-panel" aria-label="Event">
        <button type="button" className="link-button map-panel__back" onClick={onClose}>
          ← All events
        </button>
        <EventDetails item={current} vocabulary={vocabulary} actors={actors} sources={sources} />
        {others.length > 0 ? (
          <section className="map-panel__section">
            <h3>Also at this point</h3>
            <EventList items={others} vocabulary={vocabulary} onOpen={onOpen} label="Other events at this point" />
          </section>
        ) : null}
      </aside>
    );
  }
  return (
    <aside className="map-panel" aria-label="Events in view">
      {actor && areas ? (
        <section className="map-panel__section">
          <h2 className="map-panel__title">Areas of {actor.name}</h2>
          <Async value={areas} what="areas">
            {(relations) => <AreasList relations={relations} places={places} />}
          </Async>
        </section>
      ) : null}
      <section className="map-panel__section">
        <h2 className="map-panel__title">
          Events <span className="count">{placed.length}</span>
        </h2>
        {placed.length === 0 ? (
          <EmptyState>No event with a place falls in this window{actor ? ' for this actor' : ''}. Widen the window or choose another actor.</EmptyState>
        ) : (
          <>
            <p className="meta">Click a point, or pick an event here.</p>
            <EventList items={placed} vocabulary={vocabulary} onOpen={onOpen} label="Events on the map" />
          </>
        )}
      </section>
    </aside>
  );
}
