import type { Place } from '../core/model/place.js';
import type { Gazetteer, GazetteerEntry } from '../core/places/gazetteer.js';
import { matchEntry } from '../analysis/places/gazetteer-match.js';
import { foldName } from '../core/text/normalise.js';
import type { CoordinatePrecision } from '../core/vocab/place-kinds.js';
import { slugOf } from '../core/text/slug.js';

/** A location as an imported row gives it. */
export interface ImportedLocation {
  country: string;
  admin1?: string;
  admin2?: string;
  location: string;
  coordinates?: [number, number];
  precision?: CoordinatePrecision;
}

const LOCAL_KINDS = new Set<Place['kind']>(['town', 'village', 'commune', 'site', 'area', 'cercle']);

/**
 * Finds or creates places for imported locations. A location is, in order: the one recorded place of
 * a local kind with its name in its country (narrowed by its region when several share the name);
 * else the gazetteer's one entry of that name in the row's country and admin areas, made into a place
 * linked to the entry; else a new place at the row's own point. New places sit in their cercle and
 * region, made the same way, so imports never duplicate places.
 */
export class PlaceIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly known = new Map<string, Place>();
  private readonly countries = new Map<string, string>();
  private readonly byGazetteer = new Map<string, string>();
  /** Answers by country, region and location: an export names the same few thousand places in every row. */
  private readonly resolved = new Map<string, string>();
  readonly created = new Map<string, Place>();

  constructor(
    places: readonly Place[],
    private readonly prefix: string,
    private readonly coordinatesSource: string,
    private readonly gazetteer?: Gazetteer,
  ) {
    for (const place of places) this.remember(place);
  }

  private remember(place: Place): void {
    this.known.set(place.id, place);
    if (place.kind === 'country') this.countries.set(place.country, place.id);
    if (place.gazetteer) this.byGazetteer.set(place.gazetteer, place.id);
    // A cercle is both a location a row may name and an area rows sit in: it is found either way.
    const kinds = place.kind === 'cercle' ? ['local', 'cercle'] : [LOCAL_KINDS.has(place.kind) ? 'local' : place.kind];
    for (const name of [place.name, ...(place.aliases ?? []).map((a) => a.name)])
      for (const kind of kinds) {
        const key = `${place.country}|${kind}|${foldName(name)}`;
        const ids = this.byKey.get(key) ?? [];
        if (!ids.includes(place.id)) this.byKey.set(key, [...ids, place.id]);
      }
  }

  private candidates(country: string, kind: string, name: string): string[] {
    return this.byKey.get(`${country}|${kind}|${foldName(name)}`) ?? [];
  }

  private find(country: string, kind: string, name: string): string | undefined {
    const ids = this.candidates(country, kind, name);
    return ids.length === 1 ? ids[0] : undefined;
  }

  private make(place: Place): string {
    if (!this.known.has(place.id)) {
      this.remember(place);
      this.created.set(place.id, place);
    }
    return place.id;
  }

  resolve(at: ImportedLocation): string {
    // Coordinates only matter when the place is made, by the first row that names it.
    const key = `${at.country}\u0000${at.admin1 ?? ''}\u0000${at.admin2 ?? ''}\u0000${at.location}`;
    let id = this.resolved.get(key);
    if (id === undefined) this.resolved.set(key, (id = this.lookUpOrMake(at)));
    return id;
  }

  private lookUpOrMake(at: ImportedLocation): string {
    const recorded = this.recorded(at);
    if (recorded) return recorded;
    const entry = this.gazetteerEntry(at);
    if (entry) {
      const linked = this.byGazetteer.get(entry.id);
      if (linked) return linked;
    }
    // A town of the gazetteer named like its region ("Mopti") is the town; only then is a name an area.
    const area = entry ? undefined : this.namedArea(at);
    if (area) return area;
    const admin1 = at.admin1 ?? entry?.admin1?.name;
    const admin2 = at.admin2 ?? entry?.admin2?.name;
    const region = admin1 ? this.area(at.country, 'region', admin1) : undefined;
    const cercle = admin2 ? this.area(at.country, 'cercle', admin2, region) : undefined;
    const parent = cercle ?? region ?? this.countries.get(at.country);
    const id = `place:${this.prefix}-${at.country.toLowerCase()}-${admin1 ? slugOf(admin1) + '-' : ''}${slugOf(at.location)}`;
    const point: Partial<Place> = entry
      ? {
          coordinates: entry.coordinates,
          precision: 'exact',
          coordinatesSource: `${this.gazetteer?.source ?? 'gazetteer'}: entry ${entry.id}`,
          gazetteer: entry.id,
          ...(foldName(entry.name) !== foldName(at.location) ? { aliases: [{ name: entry.name }] } : {}),
        }
      : at.coordinates
        ? { coordinates: at.coordinates, precision: at.precision ?? 'approximate', coordinatesSource: this.coordinatesSource }
        : {};
    return this.make({ id, kind: 'town', name: at.location, country: at.country, ...(parent ? { parent } : {}), ...point });
  }

  /** The recorded local place of that name; among several, the one inside the row's region. */
  private recorded(at: ImportedLocation): string | undefined {
    const ids = this.candidates(at.country, 'local', at.location);
    if (ids.length <= 1) return ids[0];
    const region = at.admin1 ? this.findArea(at.country, 'region', at.admin1) : undefined;
    const inside = region ? ids.filter((id) => this.within(id, region)) : [];
    return inside.length === 1 ? inside[0] : undefined;
  }

  private within(id: string, ancestor: string): boolean {
    for (let p = this.known.get(id), hops = 0; p && hops < 20; p = p.parent ? this.known.get(p.parent) : undefined, hops++) if (p.id === ancestor) return true;
    return false;
  }

  /** The gazetteer's one entry for the row, when its point (if any) agrees with the row's. */
  private gazetteerEntry(at: ImportedLocation): GazetteerEntry | undefined {
    if (!this.gazetteer) return undefined;
    const scope = { country: at.country, ...(at.admin1 ? { admin1: at.admin1 } : {}), ...(at.admin2 ? { admin2: at.admin2 } : {}) };
    return matchEntry(this.gazetteer, [at.location], scope, at.coordinates).entry;
  }

  /**
   * An event located only to a region, a cercle or a country names that area as its location (ACLED's
   * convention, and our own export's): the recorded area, when the row's admin areas agree.
   */
  private namedArea(at: ImportedLocation): string | undefined {
    const region = this.findArea(at.country, 'region', at.location);
    if (region && (!at.admin1 || this.findArea(at.country, 'region', at.admin1) === region)) return region;
    const cercle = this.findArea(at.country, 'cercle', at.location);
    if (cercle && (!at.admin2 || this.findArea(at.country, 'cercle', at.admin2) === cercle)) return cercle;
    return at.admin1 ? undefined : this.find(at.country, 'country', at.location);
  }

  /** A recorded area by its name as rows write it: "Ségou" for the Ségou Region. */
  private findArea(country: string, kind: 'region' | 'cercle', name: string): string | undefined {
    return this.find(country, kind, name) ?? this.find(country, kind, `${name} ${kind === 'region' ? 'Region' : 'Cercle'}`);
  }

  private area(country: string, kind: 'region' | 'cercle', name: string, parent?: string): string {
    const existing = this.findArea(country, kind, name);
    if (existing) return existing;
    const up = parent ?? this.countries.get(country);
    const id = `place:${this.prefix}-${country.toLowerCase()}-${kind === 'cercle' ? 'cercle-' : ''}${slugOf(name)}`;
    return this.make({ id, kind, name, country, ...(up ? { parent: up } : {}) });
  }
}
