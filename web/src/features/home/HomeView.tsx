import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { Async } from '../../ui/Async.js';
import { ActorsByKind } from './ActorsByKind.js';
import { StatsStrip } from './StatsStrip.js';

/** The landing page: what the dataset holds, and every actor by kind. */
export function HomeView() {
  useDocumentTitle(undefined);
  const stats = useApi(apiGet('/stats', {}));
  const actors = useApi(apiGet('/actors', {}));
  return (
    <>
      <section className="intro" aria-labelledby="home-title">
        <h1 id="home-title">Actors of the conflict</h1>
        <p className="lede">A temporal knowledge graph of armed groups, states, communities and people, where every statement cites the passage it rests on.</p>
        <Async value={stats} what="dataset counts">
          {(data) => <StatsStrip stats={data} />}
        </Async>
      </section>
      <Async value={actors} what="actors">
        {(data) => <ActorsByKind actors={data} />}
      </Async>
    </>
  );
}
