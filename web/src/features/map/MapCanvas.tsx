import type { FeatureCollection, Point } from 'geojson';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { Loading } from '../../ui/Loading.js';
import { ApiError } from '../../api/client.js';
import { labelPoint, loadGeometry, type Geometry } from './geo.js';
import { mapStyle, placeIn } from './map-style.js';

// The worker is a file of its own that Vite copies into the build; the CSP allows workers from self.
maplibregl.setWorkerUrl(workerUrl);

/** A name written on the map as an HTML element, so no font files are needed. */
export interface MapLabel {
  id: string;
  text: string;
  coordinates: [number, number];
}

/** One of an actor's areas: a place it controls or operates in. */
export interface MapArea {
  place: string;
  type: 'controls' | 'operates_in';
  coordinates?: [number, number];
}

export interface MapCanvasProps {
  events: FeatureCollection<Point>;
  towns: FeatureCollection<Point>;
  townLabels: MapLabel[];
  areas: readonly MapArea[];
  selected: string | undefined;
  /** The area the selected event is drawn in when it is known only to an area: outlined if the map has its outline. */
  selectedArea?: string | undefined;
  /** Points to frame when `key` changes (a new actor); none frames the whole region. */
  focus: { key: string; points: readonly [number, number][] } | undefined;
  /** The events under a click, nearest first; empty when the click hit no event. */
  onSelect: (ids: string[]) => void;
}

const FRAME: maplibregl.LngLatBoundsLike = [
  [-13.5, 9.5],
  [9.5, 25.5],
];

function labelElement(text: string, className: string, place?: string): HTMLElement {
  const element = document.createElement('span');
  element.className = className;
  element.textContent = text;
  if (place) element.dataset['place'] = place;
  element.setAttribute('aria-hidden', 'true');
  return element;
}

function geojson(map: maplibregl.Map, id: string): maplibregl.GeoJSONSource | undefined {
  return map.getSource<maplibregl.GeoJSONSource>(id);
}

/** The MapLibre map: built once, then fed new data and selections without being rebuilt. */
export default function MapCanvas({ events, towns, townLabels, areas, selected, selectedArea, focus, onSelect }: MapCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<maplibregl.Map | undefined>(undefined);
  const [failure, setFailure] = useState<ApiError | undefined>(undefined);
  const outlined = useRef(new Set<string>());
  const fed = useRef(false);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    let built: maplibregl.Map | undefined;
    let cancelled = false;
    loadGeometry()
      .then((geometry: Geometry) => {
        if (cancelled || !container.current) return;
        for (const feature of [...geometry.countries.features, ...geometry.regions.features]) {
          if (feature.properties.place) outlined.current.add(feature.properties.place);
        }
        built = new maplibregl.Map({
          container: container.current,
          style: mapStyle(geometry),
          bounds: FRAME,
          minZoom: 2.5,
          maxZoom: 10,
          maxBounds: [
            [-40, -5],
            [45, 42],
          ],
          attributionControl: { compact: false },
          dragRotate: false,
          pitchWithRotate: false,
          cooperativeGestures: false,
        });
        built.touchZoomRotate.disableRotation();
        built.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
        built.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
        const countryLabels = geometry.countries.features.map((feature) =>
          new maplibregl.Marker({ element: labelElement(feature.properties.name, 'map-label map-label--country') })
            .setLngLat(labelPoint(feature))
            .addTo(built as maplibregl.Map),
        );
        for (const feature of geometry.regions.features) {
          if (feature.properties.code === 'ML-BA') continue; // Bamako is named by its town label
          new maplibregl.Marker({ element: labelElement(feature.properties.name.replace(/ Region$/, ''), 'map-label map-label--region') })
            .setLngLat(labelPoint(feature))
            .addTo(built);
        }
        const ready = built;
        // A country's name near the frame's edge would be cut off; hide it until the map moves it in.
        const fitLabels = () => {
          const { clientWidth: width, clientHeight: height } = ready.getContainer();
          for (const marker of countryLabels) {
            const { x, y } = ready.project(marker.getLngLat());
            const half = marker.getElement().offsetWidth / 2;
            marker.getElement().style.visibility = x - half < 4 || x + half > width - 4 || y < 10 || y > height - 24 ? 'hidden' : '';
          }
        };
        ready.on('move', fitLabels);
        ready.on('load', () => {
          fitLabels();
          setMap(ready);
        });
        // Without a handler MapLibre logs errors to the console; show them on the page instead.
        ready.on('error', (e) => setFailure(new ApiError(0, 'map_error', e.error.message, { cause: e.error })));
        ready.on('click', (e) => {
          const hits = ready.queryRenderedFeatures(e.point, { layers: ['events'] });
          select.current(hits.map((f) => String(f.properties['id'])));
        });
        ready.on('mouseenter', 'events', () => (ready.getCanvas().style.cursor = 'pointer'));
        ready.on('mouseleave', 'events', () => (ready.getCanvas().style.cursor = ''));
        // How many event points are drawn, for the page's own count and for browser tests.
        ready.on('idle', () => {
          const target = container.current;
          if (target && fed.current) target.dataset['renderedEvents'] = String(ready.queryRenderedFeatures({ layers: ['events'] }).length);
        });
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(new ApiError(0, 'map_unavailable', error instanceof Error ? error.message : 'the map could not start', { cause: error }));
      });
    return () => {
      cancelled = true;
      built?.remove();
    };
  }, []);

  useEffect(() => {
    if (!map) return;
    geojson(map, 'events')?.setData(events);
    fed.current = true;
    if (container.current) delete container.current.dataset['renderedEvents'];
  }, [map, events]);

  useEffect(() => {
    if (map) geojson(map, 'towns')?.setData(towns);
  }, [map, towns]);

  useEffect(() => {
    if (!map) return;
    const controls = areas.filter((a) => a.type === 'controls').map((a) => a.place);
    const operates = areas.filter((a) => a.type === 'operates_in').map((a) => a.place);
    // Places with an outline are filled; the others get a disc around their point.
    const points: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: areas.flatMap((a) =>
        a.coordinates && !outlined.current.has(a.place)
          ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: a.coordinates }, properties: { type: a.type } }]
          : [],
      ),
    };
    geojson(map, 'area-points')?.setData(points);
    map.setFilter('operates-regions', placeIn(operates));
    map.setFilter('operates-lines', placeIn(operates));
    map.setFilter('controls-regions', placeIn(controls));
    map.setFilter('controls-lines', placeIn(controls));
    map.setFilter('operates-countries', placeIn([...operates, ...controls]));
  }, [map, areas]);

  const framed = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!map || !focus || framed.current === focus.key) return;
    framed.current = focus.key;
    // Points far outside the region (a meeting in Paris) would zoom the map out to nothing.
    const near = focus.points.filter(([x, y]) => x > -25 && x < 30 && y > -5 && y < 38);
    if (focus.key === '' || near.length === 0) return void map.fitBounds(FRAME, { duration: 0 });
    const bounds = near.reduce((b, p) => b.extend(p), new maplibregl.LngLatBounds(near[0], near[0]));
    // The folded legend sits in the bottom-left corner: keep the points clear of it.
    map.fitBounds(bounds, { padding: { top: 60, bottom: 70, right: 70, left: 110 }, maxZoom: 5.5, duration: 0 });
  }, [map, focus]);

  useEffect(() => {
    if (map) map.setFilter('events-selected', ['==', ['get', 'id'], selected ?? '']);
  }, [map, selected]);

  useEffect(() => {
    if (!map) return;
    map.setFilter('selected-area', placeIn(selectedArea ? [selectedArea] : []));
    map.setFilter('selected-area-line', placeIn(selectedArea ? [selectedArea] : []));
    const target = container.current;
    if (target) target.dataset['selectedArea'] = selectedArea ?? '';
  }, [map, selectedArea]);

  useEffect(() => {
    if (!map) return;
    const markers = townLabels.map((label) =>
      new maplibregl.Marker({ element: labelElement(label.text, 'map-label map-label--town', label.id), anchor: 'left', offset: [6, 0] })
        .setLngLat(label.coordinates)
        .addTo(map),
    );
    // Labels come busiest town first; one that would overlap a label already placed waits for a closer zoom.
    const declutter = () => {
      const placed: { left: number; right: number; top: number; bottom: number }[] = [];
      for (const marker of markers) {
        const element = marker.getElement();
        const { x, y } = map.project(marker.getLngLat());
        const box = { left: x + 4, right: x + 8 + element.offsetWidth, top: y - element.offsetHeight / 2, bottom: y + element.offsetHeight / 2 };
        const clash = placed.some((p) => box.left < p.right && box.right > p.left && box.top < p.bottom && box.bottom > p.top);
        element.style.visibility = clash ? 'hidden' : '';
        if (!clash) placed.push(box);
      }
    };
    declutter();
    map.on('move', declutter);
    return () => {
      map.off('move', declutter);
      markers.forEach((m) => m.remove());
    };
  }, [map, townLabels]);

  if (failure) return <ErrorNotice what="map" error={failure} />;
  return (
    <div className="map-frame">
      <div className="map-canvas" ref={container} role="region" aria-label="Map of events; the list beside it holds the same events" />
      {map ? null : (
        <div className="map-frame__overlay">
          <Loading label="map" />
        </div>
      )}
    </div>
  );
}
