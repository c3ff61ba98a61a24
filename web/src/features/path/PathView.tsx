import { useMemo } from 'react';
import { apiGet } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { dateInWords } from '../../../../src/core/dates/edtf-words.js';
import { hrefOf, type Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { monthValue } from '../diff/model.js';
import { PageNotes } from '../statements/PageNotes.js';
import { ActorPicker } from './ActorPicker.js';
import type { ActorList, PathAnswer } from './api.js';
import { PathGraph } from './PathGraph.js';
import { RouteSteps } from './RouteSteps.js';
import './path.css';

type PathRouteState = Extract<Route, { view: 'path' }>;

/** A month the dataset covers densely, when the link names none. */
const DEFAULT_DATE = '2017-06';
const LEVELS = ['definite', 'possible', 'presumed'] as const;
const LEVEL_NOTES = {
  definite: 'Every tie on these paths is stated for the month.',
  possible: 'At least one tie is only possible in the month, by the precision of its dates.',
  presumed: 'At least one tie is only presumed: last attested before the month, and not known to have ended.',
} as const;

/** How two actors are connected in a month: definite paths first, then possible, then presumed, drawn and listed with the claims behind each step. */
export function PathView({ route }: { route: PathRouteState }) {
  const [state, setState] = useUrlState(route);
  const date = state.date ?? DEFAULT_DATE;
  const actors = useApi(apiGet('/actors', {}));
  const byId = useMemo(() => new Map((actors.state === 'ready' ? actors.data : []).map((a) => [a.id, a])), [actors]);
  const [from, to] = [state.from ? byId.get(state.from) : undefined, state.to ? byId.get(state.to) : undefined];
  useDocumentTitle(from && to ? `${from.name} to ${to.name}, ${dateInWords(date)}` : 'Paths between actors');
  const answer = useApi(state.from && state.to ? apiGet('/path', { query: { from: state.from, to: state.to, asOf: date } }) : null);
  const set = (next: Partial<PathRouteState>) => setState({ ...state, date, ...next, view: 'path' });
  return (
    <article className="path" aria-labelledby="path-title">
      <header className="view-head">
        <h1 id="path-title">How are they connected?</h1>
        <p className="view-head__lede">
          The chains of ties between two actors in one month: paths made only of definite ties first, then those that need a tie only possible by its dates,
          then those that need a tie presumed after its last attestation. When the two are tied directly, the paths through one other actor follow.
        </p>
        <form className="path__form" onSubmit={(event) => event.preventDefault()}>
          <ActorPicker label="From" name="from" value={from} onPick={(id) => set({ from: id })} />
          <ActorPicker label="To" name="to" value={to} onPick={(id) => set({ to: id })} />
          <div className="picker">
            <label htmlFor="path-date">In</label>
            <input
              id="path-date"
              name="date"
              type="month"
              value={date}
              onChange={(e) => (monthValue(e.target.value) ? set({ date: e.target.value }) : undefined)}
            />
            {state.from && state.to ? (
              <button type="button" className="button button--small" onClick={() => state.from && state.to && set({ from: state.to, to: state.from })}>
                Swap
              </button>
            ) : null}
          </div>
        </form>
      </header>
      {!state.from || !state.to ? (
        <p className="meta">Choose two actors.</p>
      ) : (
        <Async value={answer} what="paths">
          {(data) => <PathBody answer={data} actors={byId} />}
        </Async>
      )}
    </article>
  );
}

function PathBody({ answer, actors }: { answer: PathAnswer; actors: ReadonlyMap<string, ActorList[number]> }) {
  const names = useMemo(() => new Map([...actors.values()].map((a) => [a.id, a.name])), [actors]);
  const name = (id: string) => names.get(id) ?? id;
  if (!answer.found)
    return (
      <p className="state" data-testid="path-none">
        No chain of ties joins {name(answer.from)} and {name(answer.to)} in {dateInWords(answer.asOf)}, even through ties only possible or presumed.{' '}
        <a href={hrefOf({ view: 'network', date: answer.asOf })}>The network that month</a>
      </p>
    );
  const first = answer.routes[0];
  const hops = first?.hops.length ?? 0;
  return (
    <PageNotes notes={answer.notes}>
      <p className="path__summary" data-testid="path-summary">
        In {dateInWords(answer.asOf)}, {name(answer.from)} and {name(answer.to)} are {hops === 1 ? 'tied directly' : `${hops} steps apart`}; the strongest path
        is <strong>{answer.certainty}</strong>. {answer.routes.length} {answer.routes.length === 1 ? 'path' : 'paths'} shown.{' '}
        <a href={hrefOf({ view: 'network', date: answer.asOf })}>The whole network that month</a>
      </p>
      <PathGraph answer={answer} actors={actors} />
      {LEVELS.map((level) => {
        const routes = answer.routes.filter((r) => r.certainty === level);
        if (routes.length === 0) return null;
        return (
          <section key={level} className="path__level" aria-labelledby={`path-${level}`} data-level={level}>
            <h2 id={`path-${level}`}>{level.charAt(0).toUpperCase() + level.slice(1)} paths</h2>
            <p className="meta">{LEVEL_NOTES[level]}</p>
            {routes.map((route) => (
              <RouteSteps key={route.actors.map((a) => a.id).join('>')} route={route} names={names} />
            ))}
          </section>
        );
      })}
    </PageNotes>
  );
}
