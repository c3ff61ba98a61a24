import { lazy, Suspense, useMemo, useState } from 'react';
import type { Actor, Place, Source } from '../../api/types.js';
import { useDocumentTitle } from '../../routing/use-document-title.js';
import { useUrlState } from '../../routing/use-url-state.js';
import { Async } from '../../ui/Async.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { ActorFilter } from './ActorFilter.js';
import type { EventGroup, EventStats } from './api.js';
import { MapLegend } from './MapLegend.js';
import { MapPanel } from './MapPanel.js';
import { byDate, eventFeatures, placeEvents, yearOf } from './model.js';
import { NotMapped } from './NotMapped.js';
import { TimeWindow, type YearWindow } from './TimeWindow.js';
import { useMapData, type MapRoute } from './use-map-data.js';

// MapLibre is large: it loads with the map page only.
const MapCanvas = lazy(() => import('./MapCanvas.js'));

const TOWN_KINDS = new Set(['town', 'village', 'commune', 'site']);
// The capital is always named, for orientation, whether or not events happened there.
const ALWAYS_LABELLED = ['place:bamako'];
const index = <T extends { id: string }>(items: readonly T[] | undefined) => new Map((items ?? []).map((item) => [item.id, item]));

/**
 * The slider's years: from where the bulk of dated events starts (a few early outliers would squeeze
 * the rest) to the latest. The ends are open: the first position also takes in everything earlier.
 */
function yearDomain(stats: EventStats): YearWindow {
  const counted = stats.groups.map((g) => ({ year: Number(g.key), n: g.events })).filter((g) => g.year >= 1000);
  if (counted.length === 0) return { from: 2012, to: new Date().getUTCFullYear() };
  counted.sort((a, b) => a.year - b.year);
  const total = counted.reduce((sum, g) => sum + g.n, 0);
  let before = 0;
  let start = counted[0]?.year ?? 2012;
  for (const g of counted) {
    if (before + g.n > total * 0.04) {
      start = g.year;
      break;
    }
    before += g.n;
  }
  return { from: Math.floor(start / 5) * 5, to: counted[counted.length - 1]?.year ?? start };
}

/** Events on a map of the region, filtered by time window and actor, with an actor's areas of operation. */
export function MapView({ route }: { route: MapRoute }) {
  useDocumentTitle('Map');
  const [state, setState] = useUrlState(route);
  const data = useMapData(state);
  const [here, setHere] = useState<string[]>([]);

  const ready = <T,>(value: { state: string; data?: T }) => (value.state === 'ready' ? value.data : undefined);
  const places = useMemo(() => index(ready<Place[]>(data.places)), [data.places]);
  const actors = useMemo(() => index(ready<Actor[]>(data.actors)), [data.actors]);
  const sources = useMemo(() => index(ready<Source[]>(data.sources)), [data.sources]);
  const vocabulary = ready(data.vocabulary);
  const events = ready(data.events);
  const placed = useMemo(
    () => (vocabulary && events && places.size ? placeEvents([...events].sort(byDate), places, vocabulary) : undefined),
    [events, places, vocabulary],
  );
  const features = useMemo(() => eventFeatures(placed?.mapped ?? []), [placed]);
  // An event known only to a region is drawn as that region: its outline is shown while it is selected.
  const chosen = placed?.mapped.find((m) => m.event.id === state.event);
  const selectedArea = chosen && chosen.fuzz === 'area' && chosen.place.kind !== 'town' ? chosen.place.id : undefined;
  const towns = useMemo(() => townLayer(places), [places]);
  const townLabels = useMemo(() => labelsFor(placed?.mapped ?? [], places), [placed, places]);
  const areaRelations = state.actor ? ready(data.areas) : undefined;
  const areas = useMemo(
    () =>
      (areaRelations ?? []).map((r) => {
        const coordinates = places.get(r.to)?.coordinates;
        return { place: r.to, type: r.type as 'controls' | 'operates_in', ...(coordinates ? { coordinates } : {}) };
      }),
    [areaRelations, places],
  );
  // A new actor reframes the map on its events and areas, once both have loaded; the time window leaves the frame alone.
  const focusReady = placed !== undefined && !data.events.refreshing && (!state.actor || areaRelations !== undefined);
  const focus = focusReady
    ? { key: state.actor ?? '', points: [...placed.mapped.map((m) => m.coordinates), ...areas.flatMap((a) => (a.coordinates ? [a.coordinates] : []))] }
    : undefined;
  const counts = useMemo(() => new Map((ready(data.eventCounts)?.groups ?? []).map((g) => [g.key, g.events])), [data.eventCounts]);

  const failed = [data.vocabulary, data.places, data.events, data.years].find((v) => v.state === 'failed');
  if (failed && failed.state === 'failed') return <ErrorNotice what="map data" error={failed.error} />;
  const years = ready(data.years);
  if (!placed || !vocabulary || !years) return <Loading label="map" />;

  const domain = yearDomain(years);
  const clamp = (year: number) => Math.min(domain.to, Math.max(domain.from, year));
  const span: YearWindow = { from: clamp(yearOf(state.from) ?? domain.from), to: clamp(yearOf(state.to) ?? domain.to) };
  const setWindow = (next: YearWindow) => {
    // An end at the edge of the slider is open: no bound is sent.
    const rest = without(state, ['from', 'to']);
    setState({
      ...rest,
      ...(next.from > domain.from ? { from: String(next.from) } : {}),
      ...(next.to < domain.to ? { to: String(next.to) } : {}),
    });
  };
  const setActor = (actor: string | undefined) => {
    const rest = without(state, ['actor', 'event']);
    setHere([]);
    setState(actor ? { ...rest, actor } : rest);
  };
  const open = (ids: string[], fromMap: boolean) => {
    const rest = without(state, ['event']);
    setHere(fromMap ? ids : []);
    setState(ids[0] ? { ...rest, event: ids[0] } : rest);
  };
  const groups = [...new Set(placed.mapped.map((m) => m.group))].sort() as EventGroup[];
  const actor = state.actor ? actors.get(state.actor) : undefined;

  return (
    <div className="map-page">
      <header className="view-head">
        <h1>Map</h1>
        <p className="view-head__lede">
          {placed.mapped.length} events on the map, {placed.unmapped.length} not mapped
          {actor ? ` · ${actor.name}` : ''}
          {data.events.refreshing ? ' · updating…' : ''}
        </p>
      </header>
      <div className="map-controls">
        <TimeWindow domain={domain} value={span} counts={(state.actor ? ready(data.actorYears) : years)?.groups ?? []} onChange={setWindow} />
        <Async value={data.actors} what="actors">
          {(list) => <ActorFilter actors={list} counts={counts} value={state.actor} onChange={setActor} />}
        </Async>
      </div>
      <div className="map-layout">
        <div className="map-main">
          <Suspense fallback={<Loading label="map" />}>
            <MapCanvas
              events={features}
              towns={towns}
              townLabels={townLabels}
              areas={areas}
              selected={state.event}
              selectedArea={selectedArea}
              focus={focus}
              onSelect={(ids) => open(ids, true)}
            />
          </Suspense>
          <MapLegend groups={groups} showAreas={state.actor !== undefined} />
        </div>
        <MapPanel
          placed={placed.mapped}
          selected={state.event}
          here={here}
          vocabulary={vocabulary}
          actors={actors}
          sources={sources}
          places={places}
          actor={actor}
          areas={state.actor ? data.areas : undefined}
          onOpen={(id) => open([id], false)}
          onClose={() => open([], false)}
        />
      </div>
      <NotMapped items={placed.unmapped} vocabulary={vocabulary} places={[...places.values()].filter((p) => !p.coordinates)} />
    </div>
  );
}

function without(route: MapRoute, keys: readonly (keyof MapRoute)[]): MapRoute {
  const copy = { ...route };
  for (const key of keys) delete copy[key];
  return copy;
}

function townLayer(places: ReadonlyMap<string, Place>) {
  const features = [...places.values()].flatMap((p) =>
    p.coordinates && TOWN_KINDS.has(p.kind)
      ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: p.coordinates }, properties: { id: p.id } }]
      : [],
  );
  return { type: 'FeatureCollection' as const, features };
}

/** Names the towns that have events in view, busiest first, and always the capital. */
function labelsFor(mapped: readonly { place: Place }[], places: ReadonlyMap<string, Place>) {
  const tally = new Map<string, number>();
  for (const { place } of mapped) if (TOWN_KINDS.has(place.kind)) tally.set(place.id, (tally.get(place.id) ?? 0) + 1);
  const ids = [...tally]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 14)
    .map(([id]) => id);
  for (const id of ALWAYS_LABELLED) if (!ids.includes(id)) ids.push(id);
  return ids.flatMap((id) => {
    const place = places.get(id);
    return place?.coordinates ? [{ id, text: place.name, coordinates: place.coordinates }] : [];
  });
}
