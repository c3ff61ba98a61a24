import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { ActorResult } from './ActorResult.js';

/** Actors whose name or alias matches the query (the API folds case and accents). */
export function SearchView({ query }: { query: string }) {
  useDocumentTitle(query ? `Search: ${query}` : 'Search');
  const results = useApi(query ? apiGet('/actors', { query: { q: query } }) : null);
  if (!query) return <EmptyState>Type a name or alias in the search box above.</EmptyState>;
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">
        Actors matching <q>{query}</q>
      </h1>
      <Async value={results} what="search results">
        {(actors) =>
          actors.length === 0 ? (
            <EmptyState>No actor’s name or alias matches “{query}”. Try a shorter or differently spelt form.</EmptyState>
          ) : (
            <>
              <p className="meta" role="status">
                {actors.length === 1 ? '1 actor' : `${actors.length} actors`}
                {actors.length >= 50 ? ' (the first 50)' : ''}
              </p>
              <ol className="results">
                {actors.map((actor) => (
                  <ActorResult key={actor.id} actor={actor} />
                ))}
              </ol>
            </>
          )
        }
      </Async>
    </section>
  );
}
