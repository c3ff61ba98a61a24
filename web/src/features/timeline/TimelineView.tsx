import { useCallback, useMemo, useState } from 'react';
import type { Actor, Place, Source } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { apiGet } from '../../api/contract.js';
import type { Route } from '../../routing/route.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { acronymOf } from '../../ui/actor-names.js';
import { Async } from '../../ui/Async.js';
import { EmptyState } from '../../ui/EmptyState.js';
import type { TiesResult } from '../network/api.js';
import { joinLoads } from '../network/join-loads.js';
import type { EventSpan, EventTypeVocabulary } from './api.js';
import { describeItem } from './describe.js';
import { ItemDetails } from './ItemDetails.js';
import { ItemList } from './ItemList.js';
import { extentOf, filterItems, monthMs, monthOf, RELATION_CATEGORIES, timelineItems, type Category, type TimelineItem } from './model.js';
import { TimelineAxis } from './TimelineAxis.js';
import { TimelineFilters } from './TimelineFilters.js';
import { SaveViewButton } from '../views/SaveViewButton.js';

type TimelineRoute = Extract<Route, { view: 'timeline' }>;

/** Everything the timeline reads; names and places label items, sources title their footnotes. */
export interface TimelineData {
  events: EventSpan[];
  ties: TiesResult;
  actors: Actor[];
  vocabulary: EventTypeVocabulary;
  places: Place[];
  sources: Source[];
}

/** Events and relation changes on a zoomable time axis, filtered by actor and type, all of it in the URL. */
export function TimelineView({ route }: { route: TimelineRoute }) {
  useDocumentTitle('Timeline');
  const first = joinLoads(useApi(apiGet('/event-spans', {})), useApi(apiGet('/ties', {})));
  const second = joinLoads(useApi(apiGet('/actors', {})), useApi(apiGet('/vocab/event-types', {})));
  const third = joinLoads(useApi(apiGet('/places', {})), useApi(apiGet('/sources', {})));
  const all = joinLoads(joinLoads(first, second), third);
  return (
    <section className="timeline" aria-labelledby="timeline-title">
      <header className="view-head">
        <h1 id="timeline-title">Timeline</h1>
        <p className="view-head__lede">
          Events and the start and end of ties, on one time axis. Scroll over the axis to zoom, drag to move; select a mark for its details and sources.
        </p>
      </header>
      <Async value={all} what="timeline">
        {([[[spans, ties], [actors, vocabulary]], [places, sources]]) => (
          <TimelineExplorer route={route} data={{ events: spans.events, ties, actors, vocabulary, places, sources }} />
        )}
      </Async>
    </section>
  );
}

function TimelineExplorer({ route, data }: { route: TimelineRoute; data: TimelineData }) {
  const items = useMemo(() => timelineItems(data.events, data.ties.ties, data.vocabulary), [data]);
  const names = useMemo(() => new Map<string, string>(data.actors.map((a) => [a.id, a.name] as const)), [data.actors]);
  const shortNames = useMemo(
    () => new Map<string, string>(data.actors.map((a) => [a.id, a.name.length > 24 ? (acronymOf(a) ?? a.name) : a.name] as const)),
    [data.actors],
  );
  const allCategories = useMemo<Category[]>(() => {
    const present = new Set(items.map((i) => i.category));
    return [...data.vocabulary.groups, ...(Object.keys(RELATION_CATEGORIES) as Category[])].filter((c) => present.has(c));
  }, [items, data.vocabulary]);
  const [state, setState] = useUrlState(route);
  const categories = useMemo(() => new Set<string>(state.types ?? allCategories), [state.types, allCategories]);
  const actors = useMemo(() => state.actors ?? [], [state.actors]);
  const shown = useMemo(() => filterItems(items, actors, categories), [items, actors, categories]);
  const limits = useMemo(() => {
    const [a, b] = extentOf(items);
    return [a - (b - a) * 0.25, b + (b - a) * 0.1] as [number, number];
  }, [items]);
  const fitted = useMemo(() => extentOf(shown), [shown]);
  const fromUrl: [number, number] | undefined = state.from && state.to ? [monthMs(state.from), monthMs(state.to, true)] : undefined;
  const [live, setLive] = useState<[number, number] | undefined>(undefined);
  const domain = live ?? fromUrl ?? fitted;
  const onDomain = useCallback(
    (next: [number, number], settled: boolean) => {
      setLive(settled ? undefined : next);
      if (settled) setState({ ...state, from: monthOf(next[0]), to: monthOf(next[1]) });
    },
    [setState, state],
  );
  const select = (key: string | undefined) => setState({ ...without(state, 'item'), ...(key ? { item: key } : {}) });
  const selected = state.item ? items.find((i) => i.key === state.item) : undefined;
  const label = useCallback((item: TimelineItem) => describeItem(item, shortNames, data.vocabulary), [shortNames, data.vocabulary]);
  const inView = shown.filter((i) => i.end >= domain[0] && i.start <= domain[1]);
  const present = new Set(shown.map((i) => i.category));
  const visibleCategories = allCategories.filter((c) => categories.has(c) && present.has(c));
  return (
    <div className="timeline__layout">
      <TimelineFilters
        actors={data.actors}
        selectedActors={actors}
        categories={allCategories}
        selectedCategories={categories}
        onActors={(next) => setState({ ...without(state, 'actors'), ...(next.length ? { actors: next } : {}) })}
        onCategories={(next) => {
          const all = allCategories.every((c) => next.has(c));
          setState({ ...without(state, 'types'), ...(all ? {} : { types: allCategories.filter((c) => next.has(c)) }) });
        }}
      />
      <div className="timeline__main">
        <div className="timeline__toolbar">
          <p className="timeline__range" role="status" aria-live="polite">
            <strong>
              {monthOf(domain[0])} to {monthOf(domain[1])}
            </strong>{' '}
            <span className="meta">
              <span data-testid="items-in-view">{inView.length}</span> of {shown.length} items in view
            </span>
          </p>
          <div className="timeline__tools">
            <div className="timeline__zoom" role="group" aria-label="Zoom">
              <button type="button" className="icon-button" aria-label="Zoom in" onClick={() => onDomain(zoom(domain, 0.6, limits), true)}>
                +
              </button>
              <button type="button" className="icon-button" aria-label="Zoom out" onClick={() => onDomain(zoom(domain, 1 / 0.6, limits), true)}>
                −
              </button>
              <button type="button" className="button button--small" onClick={() => onDomain(fitted, true)}>
                Fit
              </button>
            </div>
            <SaveViewButton
              suggested={timelineViewName(
                actors.map((id) => shortNames.get(id) ?? id),
                monthOf(domain[0]),
                monthOf(domain[1]),
              )}
            />
          </div>
        </div>
        <div className="timeline__panel">
          {shown.length === 0 ? (
            <EmptyState>Nothing matches these filters. Remove an actor or tick more types.</EmptyState>
          ) : (
            <TimelineAxis
              items={shown}
              categories={visibleCategories}
              domain={domain}
              limits={limits}
              selected={selected?.key}
              onDomain={onDomain}
              onSelect={select}
              label={label}
            />
          )}
        </div>
        <div className="timeline__below">
          <ItemList items={inView} selected={selected?.key} onSelect={select} label={label} />
          <ItemDetails item={selected} data={data} names={names} label={label} onClose={() => select(undefined)} />
        </div>
      </div>
    </div>
  );
}

/** A route without one of its optional parameters. */
function without<K extends keyof TimelineRoute>(route: TimelineRoute, key: K): TimelineRoute {
  const copy = { ...route };
  delete copy[key];
  return copy;
}

function zoom([a, b]: [number, number], factor: number, [lo, hi]: [number, number]): [number, number] {
  const mid = (a + b) / 2;
  const half = Math.min((hi - lo) / 2, Math.max(10 * 86_400_000, ((b - a) * factor) / 2));
  const start = Math.max(lo, Math.min(mid - half, hi - 2 * half));
  return [start, start + 2 * half];
}

/** A saved view's first name for the timeline: its period and the actors it follows. */
function timelineViewName(actors: string[], from: string, to: string): string {
  const who = actors.length === 0 ? '' : actors.length <= 3 ? `, ${actors.join(', ')}` : `, ${actors.slice(0, 3).join(', ')} and ${actors.length - 3} more`;
  return `Timeline ${from} to ${to}${who}`;
}
