import { useCallback } from 'react';
import { apiGet, type GetArgs } from '../../api/contract.js';
import { useApi } from '../../api/use-api.js';
import { hrefOf, type Route, type TrendsState } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { fileSlug } from '../genealogy/export.js';
import { joinLoads } from '../network/join-loads.js';
import type { Trend } from './api.js';
import { eventsChart, fatalitiesChart, spansChart } from './charts.js';
import { trendCsv } from './model.js';
import { TrendChart } from './TrendChart.js';
import { TrendFilters } from './TrendFilters.js';
import './trends.css';

type TrendsRoute = Extract<Route, { view: 'trends' }>;

/** Events and fatalities over time, filtered and split as the URL says, with every chart exportable. */
export function TrendsView({ route }: { route: TrendsRoute }) {
  const [state, setState] = useUrlState(route);
  const filters = stateOf(state);
  const query = trendQueryOf(filters);
  const trend = useApi(apiGet('/trends', { query }));
  const lists = joinLoads(joinLoads(useApi(apiGet('/actors', {})), useApi(apiGet('/places', {}))), useApi(apiGet('/vocab/event-types', { query: {} })));
  const actorName = lists.state === 'ready' && state.actor ? lists.data[0][0].find((a) => a.id === state.actor)?.name : undefined;
  const subject = actorName ? `${actorName}${state.components ? ' with its components' : ''}${state.coalitions ? ' with its coalitions' : ''}` : 'all events';
  useDocumentTitle(`Trends: ${subject}`);
  const onChange = (next: TrendsState) => setState({ view: 'trends', ...next });
  return (
    <div className="trends">
      <header className="view-head">
        <h1>Trends</h1>
        <p className="view-head__lede">
          Events and fatalities over time, for an actor (alone, with its components or with its coalitions), a place or area, an event type or an attribution,
          split into series. The address of this page keeps every choice: copy it to share exactly this view.
        </p>
      </header>
      <Async value={lists} what="actors and places">
        {([[actors, places], vocab]) => (
          <TrendFilters
            state={filters}
            actors={[...actors].filter((a) => a.kind !== 'person').sort((a, b) => a.name.localeCompare(b.name))}
            places={[...places].sort((a, b) => a.name.localeCompare(b.name))}
            types={Object.entries(vocab.types)
              .map(([id, t]) => ({ id, label: t.label }))
              .sort((a, b) => a.label.localeCompare(b.label))}
            onChange={onChange}
          />
        )}
      </Async>
      <p className="trends__rule">
        <strong>How dates are counted.</strong> An event counts in a {state.period ?? 'quarter'} only when every day its date may fall on lies in that{' '}
        {state.period ?? 'quarter'}. An event dated less precisely (a year-only date in a monthly chart, a date known only as a range) is never put in its first{' '}
        {state.period ?? 'quarter'}: it is counted apart, in the last chart, across the periods it may fall in. <strong>Tolls.</strong> Fatalities sum the
        estimates of the events whose toll a source gives (an event of one estimate counts it as low, best and high); an event no source gives a toll for is
        counted as unknown, never as zero.
      </p>
      <Async value={trend} what="trends">
        {(data) => <TrendCharts trend={data} subject={subject} state={filters} />}
      </Async>
    </div>
  );
}

/** The page's choices without the route's view name. */
function stateOf(route: TrendsRoute): TrendsState {
  const filters: TrendsState & { view?: string } = { ...route };
  delete filters.view;
  return filters;
}

function trendQueryOf(state: TrendsState): NonNullable<GetArgs<'/trends'>['query']> {
  const { period, ...rest } = stateQuery(state);
  // The split was checked against TREND_SPLITS when the URL was read; the rest are free text the server checks.
  return { period: period === 'month' || period === 'year' ? period : 'quarter', ...rest } as NonNullable<GetArgs<'/trends'>['query']>;
}

function stateQuery(state: TrendsState): Record<string, string> {
  const q: Record<string, string> = { period: state.period ?? 'quarter' };
  if (state.split) q.split = state.split;
  if (state.actor) q.actor = state.actor;
  if (state.actor && state.components) q.components = 'true';
  if (state.actor && state.coalitions) q.coalitions = 'true';
  if (state.place) q.place = state.place;
  if (state.type) q.type = state.type;
  if (state.attribution) q.attribution = state.attribution;
  if (state.from) q.from = state.from;
  if (state.to) q.to = state.to;
  return q;
}

function TrendCharts({ trend, subject, state }: { trend: Trend; subject: string; state: TrendsState }) {
  const drawEvents = useCallback(() => eventsChart(trend), [trend]);
  const drawFatalities = useCallback(() => fatalitiesChart(trend), [trend]);
  const drawSpans = useCallback(() => spansChart(trend), [trend]);
  const csv = trendCsv(trend);
  const file = `trends-${fileSlug(subject)}-${trend.period}${trend.split ? `-by-${trend.split}` : ''}`;
  const t = trend.total;
  if (t.events === 0) return <EmptyState>No event matches these choices.</EmptyState>;
  const within = trend.points.reduce((n, p) => n + p.events, 0);
  const apart = trend.spans.reduce((n, s) => n + s.events, 0);
  return (
    <>
      <p className="trends__summary" data-total-events={t.events}>
        <strong>{t.events}</strong> events ({subject}): <strong>{t.unknown}</strong> with no toll given; fatalities of the others low {t.fatalities.low}, best{' '}
        {t.fatalities.best}, high {t.fatalities.high}. {within} are dated within one {trend.period}
        {apart > 0 ? `, ${apart} less precisely` : ''}
        {trend.split === 'actor' || trend.split === 'attribution' ? ' (an event of several actors or attributions counts in each of their series)' : ''}.{' '}
        <a href={hrefOf({ view: 'trends', ...state })}>Permalink</a>
      </p>
      <TrendChart
        id="trend-events"
        title={`Events per ${trend.period}`}
        caption="Solid: events whose toll a source gives; pale: events with no toll given. Hover a bar for its numbers."
        file={`${file}-events`}
        csv={csv}
        draw={drawEvents}
      />
      <TrendChart
        id="trend-fatalities"
        title={`Fatalities per ${trend.period}`}
        caption="The band runs from the low to the high estimates, the line at the best; “?n”: n events of that period with no toll given, not counted (the line breaks where no event of a period has one)."
        file={`${file}-fatalities`}
        csv={csv}
        draw={drawFatalities}
      />
      {trend.spans.length > 0 ? (
        <TrendChart
          id="trend-spans"
          title={`Dated less precisely than a ${trend.period}`}
          caption="Each bar spans the periods its events may fall in; they are not in the charts above."
          file={`${file}-imprecise`}
          csv={csv}
          draw={drawSpans}
        />
      ) : null}
    </>
  );
}
