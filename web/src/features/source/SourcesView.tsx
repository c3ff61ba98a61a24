import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';
import { hrefOf } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { Grade } from '../../ui/Grade.js';

/** Every source in the dataset with its reliability grade and date. */
export function SourcesView() {
  useDocumentTitle('Sources');
  const sources = useApi(apiGet('/sources', {}));
  return (
    <section aria-labelledby="sources-title">
      <h1 id="sources-title">Sources</h1>
      <p className="lede">The documents the claims cite, graded for reliability (A–F). Open one to read its registered text.</p>
      <Async value={sources} what="sources">
        {(list) =>
          list.length === 0 ? (
            <EmptyState>No sources yet.</EmptyState>
          ) : (
            <ul className="source-list">
              {list.map((source) => (
                <li key={source.id} className="source-list__item">
                  <Grade reliability={source.reliability} />
                  <div>
                    <a href={hrefOf({ view: 'source', id: source.id })}>{source.title}</a>
                    <p className="meta">{[source.publisher, source.date].filter(Boolean).join(' · ')}</p>
                  </div>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </section>
  );
}
