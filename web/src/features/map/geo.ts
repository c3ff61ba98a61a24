import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import countriesUrl from '../../../../data/geo/countries.geojson?url';
import regionsUrl from '../../../../data/geo/mali-regions.geojson?url';

/** Properties of the shipped outlines (data/geo/README.md). */
export interface OutlineProperties {
  code: string;
  name: string;
  place?: string;
}

export type Outlines = FeatureCollection<Polygon | MultiPolygon, OutlineProperties>;

export interface Geometry {
  countries: Outlines;
  regions: Outlines;
}

async function fetchOutlines(url: string): Promise<Outlines> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`map geometry ${url}: status ${response.status}`);
  return (await response.json()) as Outlines;
}

/** The countries and Mali's regions, bundled with the app by Vite; fetched from the same origin. */
export async function loadGeometry(): Promise<Geometry> {
  const [countries, regions] = await Promise.all([fetchOutlines(countriesUrl), fetchOutlines(regionsUrl)]);
  return { countries, regions };
}

const ringArea = (ring: readonly Position[]) =>
  Math.abs(
    ring.reduce((sum, [x = 0, y = 0], i) => {
      const [nx = 0, ny = 0] = ring[(i + 1) % ring.length] ?? [];
      return sum + x * ny - nx * y;
    }, 0),
  ) / 2;

/** Where to write an outline's name: the middle of the bounding box of its largest part. */
export function labelPoint(feature: Feature<Polygon | MultiPolygon>): [number, number] {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let outer: readonly Position[] = [];
  for (const polygon of polygons) {
    const ring = polygon[0] ?? [];
    if (ringArea(ring) > ringArea(outer)) outer = ring;
  }
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
}
