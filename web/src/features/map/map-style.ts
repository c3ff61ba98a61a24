import type { FeatureCollection } from 'geojson';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { Geometry } from './geo.js';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export const LAND = '#ece8de';
export const MALI = '#faf8f2';
export const SEA = '#d5e0ea';
export const CONTROLS = '#b3620f';
export const OPERATES = '#e0a43a';

/** Features whose `place` is one of `ids` (an actor's areas); none until an actor is chosen. */
export const placeIn = (ids: readonly string[]): ExpressionSpecification => ['in', ['coalesce', ['get', 'place'], ''], ['literal', [...ids]]];

/**
 * The whole map as one style: outlines shipped in the repository, then areas, towns and events.
 * No tiles, sprites or glyphs: names are HTML markers, so nothing is requested from elsewhere.
 */
export function mapStyle(geometry: Geometry): StyleSpecification {
  const none = placeIn([]);
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: geometry.countries, attribution: 'Outlines: Natural Earth' },
      regions: { type: 'geojson', data: geometry.regions },
      towns: { type: 'geojson', data: EMPTY },
      'area-points': { type: 'geojson', data: EMPTY },
      events: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': ['case', ['==', ['get', 'code'], 'ML'], MALI, LAND] } },
      { id: 'operates-countries', type: 'fill', source: 'countries', filter: none, paint: { 'fill-color': OPERATES, 'fill-opacity': 0.16 } },
      { id: 'operates-regions', type: 'fill', source: 'regions', filter: none, paint: { 'fill-color': OPERATES, 'fill-opacity': 0.28 } },
      { id: 'controls-regions', type: 'fill', source: 'regions', filter: none, paint: { 'fill-color': CONTROLS, 'fill-opacity': 0.3 } },
      { id: 'region-lines', type: 'line', source: 'regions', paint: { 'line-color': '#b5ad9c', 'line-width': 0.8, 'line-dasharray': [3, 2] } },
      {
        id: 'country-lines',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#8f887a', 'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 7, 1.6] },
      },
      { id: 'mali-line', type: 'line', source: 'countries', filter: ['==', ['get', 'code'], 'ML'], paint: { 'line-color': '#5f584b', 'line-width': 1.6 } },
      { id: 'operates-lines', type: 'line', source: 'regions', filter: none, paint: { 'line-color': OPERATES, 'line-width': 2 } },
      { id: 'controls-lines', type: 'line', source: 'regions', filter: none, paint: { 'line-color': CONTROLS, 'line-width': 2.2 } },
      // The area a selected event is known only to (rule G1): its outline, when the region has one.
      { id: 'selected-area', type: 'fill', source: 'regions', filter: none, paint: { 'fill-color': '#1b2330', 'fill-opacity': 0.08 } },
      {
        id: 'selected-area-line',
        type: 'line',
        source: 'regions',
        filter: none,
        paint: { 'line-color': '#1b2330', 'line-width': 2, 'line-dasharray': [2, 1.5] },
      },
      {
        id: 'area-points',
        type: 'circle',
        source: 'area-points',
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, 14, 7, 40],
          'circle-color': ['match', ['get', 'type'], 'controls', CONTROLS, OPERATES],
          'circle-opacity': 0.2,
          'circle-stroke-color': ['match', ['get', 'type'], 'controls', CONTROLS, OPERATES],
          'circle-stroke-width': 1.5,
        },
      },
      { id: 'towns', type: 'circle', source: 'towns', paint: { 'circle-radius': 2.2, 'circle-color': '#6d675b' } },
      {
        id: 'events',
        type: 'circle',
        source: 'events',
        layout: { 'circle-sort-key': ['-', 0, ['get', 'radius']] },
        paint: {
          'circle-radius': ['get', 'radius'],
          'circle-color': ['get', 'colour'],
          'circle-opacity': ['match', ['get', 'fuzz'], 'exact', 0.85, 'near', 0.5, 0.14],
          'circle-stroke-color': ['match', ['get', 'fuzz'], 'area', ['get', 'colour'], '#ffffff'],
          'circle-stroke-width': ['match', ['get', 'fuzz'], 'area', 1.8, 1.2],
        },
      },
      {
        id: 'events-selected',
        type: 'circle',
        source: 'events',
        filter: ['==', ['get', 'id'], ''],
        paint: {
          'circle-radius': ['+', ['get', 'radius'], 4],
          'circle-opacity': 0,
          'circle-stroke-color': '#1b2330',
          'circle-stroke-width': 2.5,
        },
      },
    ],
  };
}
