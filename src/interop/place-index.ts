import type { Place } from '../core/model/place.js';
import { foldName } from '../core/text/normalise.js';
import type { CoordinatePrecision } from '../core/vocab/place-kinds.js';
import { slugOf } from '../core/text/slug.js';

/** A location as an imported row gives it. */
export interface ImportedLocation {
  country: string;
  admin1?: string;
  location: string;
  coordinates?: [number, number];
  precision?: CoordinatePrecision;
}

const LOCAL_KINDS = new Set<Place['kind']>(['town', 'village', 'commune', 'site', 'area', 'cercle']);

/**
 * Finds or creates places for imported locations. A location matches a recorded place of a local
 * kind with the same folded name in the same country when exactly one does; otherwise a new place
 * is made under `place:PREFIX-…`, in a region made the same way, so imports never duplicate places.
 */
export class PlaceIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly known = new Map<string, Place>();
  private readonly countries = new Map<string, string>();
  /** Answers by country, region and location: an export names the same few thousand places in every row. */
  private readonly resolved = new Map<string, string>();
  readonly created = new Map<string, Place>();

  constructor(
    places: readonly Place[],
    private readonly prefix: string,
    private readonly coordinatesSource: string,
  ) {
    for (const place of places) {
      this.known.set(place.id, place);
      if (place.kind === 'country') this.countries.set(place.country, place.id);
      for (const name of [place.name, ...(place.aliases ?? []).map((a) => a.name)]) {
        const key = `${place.country}|${LOCAL_KINDS.has(place.kind) ? 'local' : place.kind}|${foldName(name)}`;
        this.byKey.set(key, [...(this.byKey.get(key) ?? []), place.id]);
      }
    }
  }

  private find(country: string, kind: string, name: string): string | undefined {
    const ids = [...new Set(this.byKey.get(`${country}|${kind}|${foldName(name)}`) ?? [])];
    return ids.length === 1 ? ids[0] : undefined;
  }

  private make(place: Place): string {
    if (!this.known.has(place.id)) {
      this.known.set(place.id, place);
      this.created.set(place.id, place);
    }
    return place.id;
  }

  resolve(at: ImportedLocation): string {
    // Coordinates only matter when the place is made, by the first row that names it.
    const key = `${at.country}\u0000${at.admin1 ?? ''}\u0000${at.location}`;
    let id = this.resolved.get(key);
    if (id === undefined) this.resolved.set(key, (id = this.lookUpOrMake(at)));
    return id;
  }

  private lookUpOrMake(at: ImportedLocation): string {
    const existing = this.find(at.country, 'local', at.location);
    if (existing) return existing;
    const parent = at.admin1 ? this.region(at.country, at.admin1) : this.countries.get(at.country);
    const id = `place:${this.prefix}-${at.country.toLowerCase()}-${at.admin1 ? slugOf(at.admin1) + '-' : ''}${slugOf(at.location)}`;
    return this.make({
      id,
      kind: 'town',
      name: at.location,
      country: at.country,
      ...(parent ? { parent } : {}),
      ...(at.coordinates ? { coordinates: at.coordinates, precision: at.precision ?? 'approximate', coordinatesSource: this.coordinatesSource } : {}),
    });
  }

  private region(country: string, name: string): string {
    const existing = this.find(country, 'region', name) ?? this.find(country, 'region', `${name} Region`);
    if (existing) return existing;
    const parent = this.countries.get(country);
    return this.make({ id: `place:${this.prefix}-${country.toLowerCase()}-${slugOf(name)}`, kind: 'region', name, country, ...(parent ? { parent } : {}) });
  }
}
