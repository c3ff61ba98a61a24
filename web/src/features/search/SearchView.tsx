import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ActorResult } from './ActorResult.js';
import { EventResult } from './EventResult.js';
import { PlaceResult } from './PlaceResult.js';
import { ResultGroup } from './ResultGroup.js';
import { SourceResult } from './SourceResult.js';
import './search.css';

const LIMIT = 20;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Places, actors, events and sources matching the query (the API folds case and accents, in every recorded language). */
export function SearchView({ query }: { query: string }) {
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  const results = useApi(query ? apiGet('/search', { query: { q: query, limit: String(LIMIT) } }) : null);
  if (!query) return <EmptyState>Type a name or alias of an actor or place, or words of a source’s title, in the search box above.</EmptyState>;
  return (
    <section aria-labelledby="search-title" className="search-page">
      <h1 id="search-title">
        Matching <q>{query}</q>
      </h1>
      <Async value={results} what="search results">
        {(found) => {
          const none = found.places.length + found.actors.length + found.sources.length + found.events.list.length === 0;
          if (none) return <EmptyState>Nothing is named “{query}”. Try a shorter or differently spelt form.</EmptyState>;
          const more = (n: number) => (n >= LIMIT ? ` (the first ${LIMIT})` : '');
          return (
            <>
              <p className="meta" role="status">
                {plural(found.places.length, 'place', 'places')}
                {more(found.places.length)}, {plural(found.actors.length, 'actor', 'actors')}
                {more(found.actors.length)}, {plural(found.events.total, 'event', 'events')} there, {plural(found.sources.length, 'source', 'sources')}
              </p>
              <div className="search-groups">
                <ResultGroup id="results-places" title="Places" count={found.places.length}>
                  {found.places.map((place) => (
                    <PlaceResult key={place.id} place={place} />
                  ))}
                </ResultGroup>
                <ResultGroup id="results-actors" title="Actors" count={found.actors.length}>
                  {found.actors.map((actor) => (
                    <ActorResult key={actor.id} actor={actor} />
                  ))}
                </ResultGroup>
                <ResultGroup id="results-sources" title="Sources" count={found.sources.length}>
                  {found.sources.map((source) => (
                    <SourceResult key={source.id} source={source} />
                  ))}
                </ResultGroup>
                <ResultGroup
                  id="results-events"
                  title="Events"
                  count={found.events.total}
                  {...(found.events.at.length > 0
                    ? {
                        note: `At ${found.events.at.map((p) => p.name).join(', ')} and the places inside${
                          found.events.total > found.events.list.length ? `; the latest ${found.events.list.length}` : ''
                        }.`,
                      }
                    : {})}
                >
                  {found.events.list.map((event) => (
                    <EventResult key={event.id} event={event} />
                  ))}
                </ResultGroup>
              </div>
            </>
          );
        }}
      </Async>
    </section>
  );
}
