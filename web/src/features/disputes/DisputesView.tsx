import { useState } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import type { Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { joinLoads } from '../network/join-loads.js';
import type { DisputeFilterState } from './DisputeFilters.js';
import { DisputeList } from './DisputeList.js';
import './disputes.css';

type DisputesRoute = Extract<Route, { view: 'disputes' }>;

const disputesPath = (actor: string | undefined, all: boolean | undefined) =>
  apiGet('/disputes', { query: { ...(actor ? { subject: actor } : {}), ...(all ? { all: 'true' } : {}) } });

/** Facts whose sources contradict each other, most strongly contested first, filtered in the URL (R1–R5, W1–W3). */
export function DisputesView({ route }: { route: DisputesRoute }) {
  useDocumentTitle('Disputes');
  const [state, setState] = useUrlState(route);
  const [current, setCurrent] = useState<number | undefined>(undefined);
  const listed = useApi(disputesPath(state.actor, state.all));
  // The actor list offers everyone taking part in any dispute, so it is read from the unfiltered list.
  const everyone = useApi(state.actor ? disputesPath(undefined, state.all) : null);
  const context = joinLoads(
    joinLoads(useApi(apiGet('/actors', {})), useApi(apiGet('/places', {}))),
    joinLoads(useApi(apiGet('/relations', {})), useApi(apiGet('/events', {}))),
  );
  const data = joinLoads(listed, context);
  const unfiltered = state.actor ? (everyone.state === 'ready' ? everyone.data : []) : listed.state === 'ready' ? listed.data : [];
  const onChange = (next: DisputeFilterState) => setState({ view: 'disputes', ...next });
  return (
    <div className="disputes">
      <header className="view-head">
        <h1>Disputes</h1>
        <p className="view-head__lede">
          Facts whose sources contradict each other, the most strongly contested first. Each side is weighed by its independent documents’ grades; no winner is
          picked.
        </p>
      </header>
      <Async value={data} what="disputes">
        {([disputes, [[actors, places], [relations, events]]]) => (
          <DisputeList
            state={state}
            disputes={disputes}
            unfiltered={unfiltered}
            actors={actors}
            places={places}
            relations={relations}
            events={events}
            current={current}
            onFollow={setCurrent}
            onChange={onChange}
          />
        )}
      </Async>
    </div>
  );
}
