import type { Issue } from '../core/errors.js';
import type { Actor } from '../core/model/actor.js';
import type { Place } from '../core/model/place.js';
import type { Relation } from '../core/model/relation.js';
import { foldName } from '../core/text/normalise.js';
import { RELATION_TYPES, type RelationType, type TargetKind } from '../core/vocab/relation-types.js';
import { countryCode } from './countries.js';
import { columnIndex, readCsv } from './csv/read-csv.js';

/** What a name in an imported file resolves to: an actor, nothing (the mapping says skip), or no one yet. */
export type NameResolution = { actor: string } | { skip: true } | undefined;

/**
 * An actor as the name index reads it: its names, and where known its kind and the countries it
 * belongs to (`country`) or is placed in by its ties (`countries`, see `actorCountries`).
 */
export type IndexedActor = Pick<Actor, 'id' | 'name' | 'aliases'> & Partial<Pick<Actor, 'kind' | 'country'>> & { countries?: readonly string[] };

/** One name to look up, with the country it is bound to (the name's own bracket, else the row's). */
export interface NameCandidate {
  name: string;
  country?: string;
  /** Tried against the mapping file only: the name with a bracket removed that may tell actors apart. */
  mappingOnly?: boolean;
}

/**
 * Actors whose work takes them abroad: a state, its forces, an international force or organisation,
 * a person. Their full names resolve in any country's rows; an armed group or community known in
 * one country does not stand for a namesake elsewhere (Iraq's Ansar al-Islam is not Burkina's).
 */
const TRAVELLING_KINDS = new Set<string>(['state', 'state_force', 'international_force', 'international_org', 'person', 'other_org']);

/** Acronyms and other short capitalised tokens mean different actors in different countries: always scoped. */
const ACRONYM = /^[\p{Lu}\d&.'-]{2,8}$/u;

const PERIOD = /^\d{4}(?:\s*-\s*(?:\d{4})?)?$/;
const LAST_BRACKET = /^(.*\S)\s*\(([^()]*)\)\s*(.*)$/;

/** The country a name states in its trailing bracket: "Pastoralists (Benin)" → BJ; periods are skipped. */
export function ownCountry(name: string): string | undefined {
  let current = name.trim();
  for (let m = LAST_BRACKET.exec(current); m; m = LAST_BRACKET.exec(current)) {
    const [, head = '', inner = '', tail] = m;
    if (tail || !PERIOD.test(inner.trim())) return tail ? undefined : countryCode(inner.trim());
    current = head;
  }
  return undefined;
}

/** ACLED's state forces name their country: "Military Forces of Niger" → NE. */
function forceCountry(head: string): string | undefined {
  const m = /\bof\s+(?:the\s+)?([^()]+)$/i.exec(head);
  return m?.[1] ? countryCode(m[1].trim()) : undefined;
}

/**
 * The names an imported actor name may go by, most specific first, each bound to a country: the
 * name's own bracket (`Fulani Ethnic Group (Mali)`), else the row's. "JNIM: Group for Support of
 * Islam and Muslims" also tries "JNIM" and the long form; a period ("Military Forces of Mali
 * (2021-)") or a country bracket is removed; text after a period ("… (2021-) Gendarmerie") is tried
 * alone, then dropped. Other brackets ("Islamic State (West Africa)", "Military faction (forces of
 * X)") tell actors apart and stay, except for the mapping file.
 */
export function nameCandidates(name: string, rowCountry?: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  const push = (text: string, country: string | undefined, mappingOnly: boolean) => {
    const t = text.trim().replace(/\s+/g, ' ');
    if (t && !out.some((c) => c.name === t && c.country === country))
      out.push({ name: t, ...(country ? { country } : {}), ...(mappingOnly ? { mappingOnly } : {}) });
  };
  const add = (text: string, country: string | undefined, mappingOnly = false) => {
    push(text, country, mappingOnly);
    const colon = text.indexOf(': ');
    if (colon > 0) {
      push(text.slice(0, colon), country, mappingOnly);
      push(text.slice(colon + 2), country, mappingOnly);
    }
  };
  const country = ownCountry(name) ?? rowCountry;
  let current = name.trim();
  add(current, country);
  for (let m = LAST_BRACKET.exec(current); m; m = LAST_BRACKET.exec(current)) {
    const [, head = '', rawInner = '', tail = ''] = m;
    const inner = rawInner.trim();
    if (PERIOD.test(inner)) {
      if (tail) {
        add(tail, forceCountry(head) ?? country);
        add(`${head} (${inner})`, country);
      }
    } else if (tail || !countryCode(inner)) {
      if (!tail) add(head, country, true);
      break;
    }
    current = head;
    add(current, country);
  }
  return out;
}

/** Splits "ACRONYM: Long name (Qualifier)" into a display name and an acronym for a proposed actor. */
export function proposedNaming(name: string): { name: string; acronym?: string } {
  const colon = name.indexOf(': ');
  if (colon > 0 && /^[\p{Lu}\d-]+$/u.test(name.slice(0, colon))) return { name: name.slice(colon + 2).trim(), acronym: name.slice(0, colon) };
  return { name };
}

/** The key of a mapping entry: the folded name, and the country the entry is limited to. */
export function mappingKey(name: string, country?: string): string {
  return country ? `${foldName(name)}@${country}` : foldName(name);
}

/**
 * The countries each actor's ties place it in: the country of every place a tie from the actor
 * points at (operates in, controls: whatever the relation-type table lets point at a place).
 */
export function actorCountries(
  relations: readonly Pick<Relation, 'type' | 'from' | 'to'>[],
  places: readonly Pick<Place, 'id' | 'country'>[],
): Map<string, Set<string>> {
  const placing = new Set(
    (Object.entries(RELATION_TYPES) as [RelationType, { to: readonly TargetKind[] }][]).filter(([, spec]) => spec.to.includes('place')).map(([type]) => type),
  );
  const countryOf = new Map(places.map((p) => [p.id, p.country]));
  const out = new Map<string, Set<string>>();
  for (const r of relations) {
    const country = countryOf.get(r.to);
    if (!country || !placing.has(r.type)) continue;
    const set = out.get(r.from) ?? new Set<string>();
    set.add(country);
    out.set(r.from, set);
  }
  return out;
}

/**
 * Resolves imported actor names: first through the mapping file, then through actors' names and
 * aliases folded as the store folds them. With a country (the row's, or the name's own bracket), a
 * name resolves only to an actor of that country or placed in it by a tie, or to one of no known
 * country that is not a community: acronyms and generic names mean different actors in different
 * countries. Among those, a folded name that two actors share resolves to neither.
 */
export class ActorNameIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly countriesOf = new Map<string, Set<string>>();
  private readonly communities = new Set<string>();
  private readonly travellers = new Set<string>();
  private readonly cache = new Map<string, NameResolution>();
  private readonly known = new Set<string>();

  constructor(
    actors: readonly IndexedActor[],
    private readonly mapping: ReadonlyMap<string, string | null> = new Map(),
  ) {
    for (const actor of actors) {
      if (actor.kind === 'community') this.communities.add(actor.id);
      if (actor.kind && TRAVELLING_KINDS.has(actor.kind)) this.travellers.add(actor.id);
      const countries = [...(actor.country ? [actor.country] : []), ...(actor.countries ?? [])];
      for (const name of [actor.name, ...(actor.aliases ?? []).map((a) => a.name)]) this.add(name, actor.id, countries);
    }
  }

  /** Makes an actor findable by name (e.g. one proposed earlier in the same import), in the countries given. */
  add(name: string, id: string, countries: readonly string[] = []): void {
    this.known.add(id);
    if (countries.length > 0) {
      const set = this.countriesOf.get(id) ?? new Set<string>();
      for (const c of countries) set.add(c);
      this.countriesOf.set(id, set);
    }
    const key = foldName(name);
    if (!key) return;
    const ids = this.byName.get(key) ?? new Set<string>();
    ids.add(id);
    this.byName.set(key, ids);
    this.cache.clear();
  }

  /** The actor an imported name stands for; `country` (ISO 3166 alpha-2) is where the row is. */
  resolve(name: string, country?: string): NameResolution {
    const key = `${name}\u0000${country ?? ''}`;
    const cached = this.cache.get(key);
    if (cached !== undefined || this.cache.has(key)) return cached;
    const result = this.lookup(name, country);
    this.cache.set(key, result);
    return result;
  }

  private lookup(name: string, country: string | undefined): NameResolution {
    const candidates = nameCandidates(name, country);
    for (const candidate of candidates) {
      for (const key of candidate.country ? [mappingKey(candidate.name, candidate.country), mappingKey(candidate.name)] : [mappingKey(candidate.name)]) {
        const mapped = this.mapping.get(key);
        if (mapped === null) return { skip: true };
        // A mapping to an actor this database lacks (a shared mapping file, another dataset) is passed over.
        if (mapped !== undefined && this.known.has(mapped)) return { actor: mapped };
      }
    }
    for (const strict of [true, false])
      for (const candidate of candidates) {
        if (candidate.mappingOnly || (!strict && ACRONYM.test(candidate.name))) continue;
        const ids = [...(this.byName.get(foldName(candidate.name)) ?? [])].filter((id) => this.isOf(id, candidate.country, strict));
        if (ids.length === 1) return { actor: ids[0] as string };
      }
    return undefined;
  }

  /**
   * Strictly, an actor is of a country when it belongs to it or its ties place it there, or when it
   * has no known country and is not a community. Failing that, a full name (never an acronym) also
   * reaches an actor that travels (a state, a force, a person): Chad's army in a Malian row. A
   * community stays in its country ("Fulani" of a Nigerian row is not the Sahel's Fulani).
   */
  private isOf(id: string, country: string | undefined, strict: boolean): boolean {
    if (!country) return true;
    const countries = this.countriesOf.get(id);
    if (countries?.has(country)) return true;
    if (strict) return !countries && !this.communities.has(id);
    return this.travellers.has(id);
  }
}

/**
 * Reads a mapping file: CSV with columns `name,actor`, optionally `country` (ISO 3166 alpha-2: the
 * entry holds only for rows of that country) and `note` (why, for the reader). An actor id maps the
 * name to that actor; `-` says the name is not an actor to record (e.g. "Unidentified Armed Group").
 */
export function parseActorMapping(text: string, file: string): { mapping: Map<string, string | null>; issues: Issue[] } {
  const mapping = new Map<string, string | null>();
  const issues: Issue[] = [];
  let nameAt = -1;
  let actorAt = -1;
  let countryAt = -1;
  readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      nameAt = columns.get('name') ?? -1;
      actorAt = columns.get('actor') ?? -1;
      countryAt = columns.get('country') ?? -1;
      if (nameAt < 0 || actorAt < 0) issues.push({ code: 'invalid_input', file, line: 1, message: 'expected columns name,actor' });
    },
    (record) => {
      if (nameAt < 0 || actorAt < 0) return;
      const name = record.fields[nameAt]?.trim() ?? '';
      const actor = record.fields[actorAt]?.trim() ?? '';
      const country = countryAt < 0 ? '' : (record.fields[countryAt]?.trim() ?? '');
      if (!name) return;
      const at = { code: 'invalid_input' as const, file, line: record.line };
      if (country && !/^[A-Z]{2}$/.test(country))
        return void issues.push({ ...at, path: 'country', message: `expected an ISO 3166 alpha-2 code, got ${JSON.stringify(country)}` });
      let value: string | null;
      if (actor === '-') value = null;
      else if (/^actor:[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(actor)) value = actor;
      else return void issues.push({ ...at, path: 'actor', message: `expected an actor id or -, got ${JSON.stringify(actor)}` });
      const key = mappingKey(name, country || undefined);
      const earlier = mapping.get(key);
      if (earlier !== undefined && earlier !== value)
        return void issues.push({ ...at, path: 'name', message: `${JSON.stringify(name)} is mapped twice${country ? ` for ${country}` : ''}` });
      mapping.set(key, value);
    },
  );
  return { mapping, issues };
}
