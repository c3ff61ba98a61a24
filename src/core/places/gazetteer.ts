import { foldName } from '../text/normalise.js';

/** An administrative area of a gazetteer: admin-1 (region) or admin-2 (cercle, province, department). */
export interface GazetteerArea {
  /** GeoNames-style code: `ML.09` for admin-1, `ML.09.7670553` for admin-2. */
  code: string;
  name: string;
}

/** A populated place of the gazetteer, with the areas it lies in. */
export interface GazetteerEntry {
  /** Stable key: `gn:` + country + admin codes + folded name, e.g. `gn:ML.09.7670553:gao`. */
  id: string;
  name: string;
  /** Other spellings: French, English, local transliterations. */
  alternates: readonly string[];
  /** ISO 3166-1 alpha-2. */
  country: string;
  admin1?: GazetteerArea;
  admin2?: GazetteerArea;
  /** [longitude, latitude]. */
  coordinates: [number, number];
}

/** Narrows a look-up to the areas an imported row or a report gives: names or codes, any spelling. */
export interface GazetteerScope {
  country?: string;
  admin1?: string;
  admin2?: string;
}

/** Admin-area names are written with and without their kind: "Gao Cercle", "Cercle de Gao", "Province du Soum". */
export function bareAreaName(name: string): string {
  return foldName(name)
    .replace(/^(region|cercle|province|departement|department|prefecture|wilaya) (de |du |des |d |of )?/, '')
    .replace(/ (region|cercle|circle|province|department|departement|prefecture|wilaya)$/, '')
    .trim();
}

/**
 * An offline gazetteer: populated places and their admin areas, looked up by any of their names and
 * narrowed by country and admin areas so that homonyms (Gao of Mali and of Burkina Faso, the many
 * Tongo Tongos) are told apart. Pure: the entries come from an adapter.
 */
export class Gazetteer {
  private readonly byName = new Map<string, GazetteerEntry[]>();
  private readonly byId = new Map<string, GazetteerEntry>();
  private readonly areaNames = new Map<string, string>();
  /** Admin codes by country and bare area name, so that scopes may name areas as rows spell them. */
  private readonly areaCodes = new Map<string, string[]>();

  constructor(
    entries: readonly GazetteerEntry[],
    areas: readonly GazetteerArea[] = [],
    areaAlternates: ReadonlyMap<string, readonly string[]> = new Map(),
    /** Where the entries come from, as a place's `coordinatesSource` names it. */
    readonly source = 'gazetteer',
  ) {
    for (const area of areas) this.addArea(area, [area.name, ...(areaAlternates.get(area.code) ?? [])]);
    for (const e of entries) {
      this.byId.set(e.id, e);
      for (const name of new Set([e.name, ...e.alternates].map(foldName))) this.byName.set(name, [...(this.byName.get(name) ?? []), e]);
      for (const area of [e.admin1, e.admin2]) if (area && !this.areaNames.has(area.code)) this.addArea(area, [area.name]);
    }
  }

  private addArea(area: GazetteerArea, names: readonly string[]): void {
    this.areaNames.set(area.code, area.name);
    const country = area.code.slice(0, 2);
    for (const name of names) {
      const key = `${country}|${bareAreaName(name)}`;
      const codes = this.areaCodes.get(key) ?? [];
      if (!codes.includes(area.code)) this.areaCodes.set(key, [...codes, area.code]);
    }
  }

  get size(): number {
    return this.byId.size;
  }

  /** Every entry, or those of the given countries. */
  *entries(countries?: readonly string[]): Iterable<GazetteerEntry> {
    const wanted = countries ? new Set(countries) : undefined;
    for (const e of this.byId.values()) if (!wanted || wanted.has(e.country)) yield e;
  }

  get(id: string): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The name of an admin area by its code (`ML.09` → Gao). */
  areaName(code: string): string | undefined {
    return this.areaNames.get(code);
  }

  /** Admin-area codes a name may stand for in a country, at either level. */
  areasNamed(country: string, name: string): string[] {
    return this.areaCodes.get(`${country}|${bareAreaName(name)}`) ?? [];
  }

  /**
   * Entries a name may stand for within the scope. An admin area the scope names and the gazetteer
   * knows must hold the entry: a village of one cercle is not the town of the same name in the next
   * region. An area it does not know (a spelling it lacks) does not narrow the candidates.
   */
  find(name: string, scope: GazetteerScope = {}): GazetteerEntry[] {
    let found = this.byName.get(foldName(name)) ?? [];
    if (scope.country) found = found.filter((e) => e.country === scope.country);
    for (const level of ['admin1', 'admin2'] as const) {
      const wanted = scope[level];
      if (!wanted || !scope.country || found.length === 0) continue;
      const codes = new Set(this.areasNamed(scope.country, wanted));
      // An entry GeoNames gives no admin-2 area cannot contradict the row's admin-2: it stays.
      if (codes.size > 0) found = found.filter((e) => codes.has(e.admin1?.code ?? '') || codes.has(e.admin2?.code ?? '') || (level === 'admin2' && !e.admin2));
    }
    return found;
  }

  /** The one entry a name stands for within the scope, or nothing when none or several do. */
  resolve(name: string, scope: GazetteerScope = {}): GazetteerEntry | undefined {
    const found = this.find(name, scope);
    return found.length === 1 ? found[0] : undefined;
  }
}
