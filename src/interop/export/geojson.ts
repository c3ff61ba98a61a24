import { EVENT_TYPES } from '../../core/vocab/event-types.js';
import { RELATION_TYPES } from '../../core/vocab/relation-types.js';
import type { ExportRecords } from './publishable.js';
import { spanOf } from './graph-model.js';

interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
}

/** Relation types that place an actor somewhere: its area of operation. */
const AREA_TYPES = new Set(
  Object.entries(RELATION_TYPES)
    .filter(([, spec]) => (spec.to as readonly string[]).includes('place'))
    .map(([type]) => type),
);

/**
 * One GeoJSON FeatureCollection with three layers told apart by `properties.layer`: `event` (at its
 * place), `place`, and `area_of_operation` (an actor's tie to a place). Records without coordinates
 * are left out and counted.
 */
export function toGeojson(records: ExportRecords): { text: string; unplaced: number } {
  const places = new Map(records.places.map((p) => [p.id, p]));
  const names = new Map(records.actors.map((a) => [a.id, a.name]));
  const features: Feature[] = [];
  let unplaced = 0;
  const point = (placeId: string | undefined) => (placeId ? places.get(placeId)?.coordinates : undefined);
  for (const place of records.places) {
    if (!place.coordinates) continue;
    features.push({
      type: 'Feature',
      id: place.id,
      geometry: { type: 'Point', coordinates: place.coordinates },
      properties: { layer: 'place', name: place.name, kind: place.kind, country: place.country, precision: place.precision ?? null },
    });
  }
  for (const event of records.events) {
    const at = point(event.place);
    if (!at) {
      unplaced++;
      continue;
    }
    features.push({
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: at },
      properties: {
        layer: 'event',
        type: event.type,
        label: EVENT_TYPES[event.type].label,
        date: event.date,
        ...spanOf(event.date),
        place: event.place,
        placePrecision: event.placePrecision ?? null,
        participants: event.participants.map((p) => ({ actor: p.actor, name: names.get(p.actor) ?? p.actor, role: p.role })),
        fatalities: event.fatalities ?? null,
        description: event.description,
      },
    });
  }
  for (const relation of records.relations) {
    if (!AREA_TYPES.has(relation.type)) continue;
    const at = point(relation.to);
    if (!at) {
      unplaced++;
      continue;
    }
    features.push({
      type: 'Feature',
      id: relation.id,
      geometry: { type: 'Point', coordinates: at },
      properties: {
        layer: 'area_of_operation',
        actor: relation.from,
        name: names.get(relation.from) ?? relation.from,
        relation: relation.type,
        place: relation.to,
        valid: relation.valid,
        ...spanOf(relation.valid),
      },
    });
  }
  return { text: JSON.stringify({ type: 'FeatureCollection', features }, null, 1) + '\n', unplaced };
}
