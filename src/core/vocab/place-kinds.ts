/** Administrative and geographic kinds of place, from widest to narrowest where they nest. */
export const PLACE_KINDS = ['country', 'region', 'cercle', 'commune', 'town', 'village', 'area', 'site'] as const;

/**
 * How exactly a coordinate locates its place: `exact` (the settlement or site itself),
 * `approximate` (a nearby or estimated point), `centroid` (the middle of a region or area).
 */
export const COORDINATE_PRECISIONS = ['exact', 'approximate', 'centroid'] as const;
export type CoordinatePrecision = (typeof COORDINATE_PRECISIONS)[number];

/**
 * How exactly an event is located, after ACLED's geo_precision:
 * 1 at the named place, 2 near it or in its district, 3 only at the level of a wider region.
 */
export const EVENT_PLACE_PRECISIONS = [1, 2, 3] as const;
export type EventPlacePrecision = (typeof EVENT_PLACE_PRECISIONS)[number];
