import type { Issue } from '../core/errors.js';
import type { Actor } from '../core/model/actor.js';
import { foldName } from '../core/text/normalise.js';
import { columnIndex, readCsv } from './csv/read-csv.js';

/** What a name in an imported file resolves to: an actor, nothing (the mapping says skip), or no one yet. */
export type NameResolution = { actor: string } | { skip: true } | undefined;

/**
 * The names an imported actor name may go by, most specific first: "JNIM: Group for Support of
 * Islam and Muslims" also tries "JNIM" and the long form; "Military Forces of Mali (2021-)" also
 * tries the name without its bracketed qualifier.
 */
export function nameCandidates(name: string): string[] {
  const out: string[] = [];
  const add = (n: string) => {
    const t = n.trim();
    if (t && !out.includes(t)) out.push(t);
  };
  const stripped = name.replace(/(\s*\([^)]*\))+\s*$/, '');
  for (const n of [name, stripped]) {
    add(n);
    const colon = n.indexOf(': ');
    if (colon > 0) {
      add(n.slice(0, colon));
      add(n.slice(colon + 2));
    }
  }
  return out;
}

/** Splits "ACRONYM: Long name (Qualifier)" into a display name and an acronym for a proposed actor. */
export function proposedNaming(name: string): { name: string; acronym?: string } {
  const colon = name.indexOf(': ');
  if (colon > 0 && /^[\p{Lu}\d-]+$/u.test(name.slice(0, colon))) return { name: name.slice(colon + 2).trim(), acronym: name.slice(0, colon) };
  return { name };
}

/**
 * Resolves imported actor names: first through the mapping file, then through actors' names and
 * aliases folded as the store folds them. A folded name that two actors share resolves to neither.
 */
export class ActorNameIndex {
  private readonly byName = new Map<string, Set<string>>();
  private readonly cache = new Map<string, NameResolution>();
  private readonly known = new Set<string>();

  constructor(
    actors: readonly Pick<Actor, 'id' | 'name' | 'aliases'>[],
    private readonly mapping: ReadonlyMap<string, string | null> = new Map(),
  ) {
    for (const actor of actors) {
      this.known.add(actor.id);
      for (const name of [actor.name, ...(actor.aliases ?? []).map((a) => a.name)]) this.add(name, actor.id);
    }
  }

  /** Makes a new actor findable by name (e.g. one proposed earlier in the same import). */
  add(name: string, id: string): void {
    this.known.add(id);
    const key = foldName(name);
    if (!key) return;
    const ids = this.byName.get(key) ?? new Set<string>();
    ids.add(id);
    this.byName.set(key, ids);
    this.cache.clear();
  }

  resolve(name: string): NameResolution {
    const cached = this.cache.get(name);
    if (cached !== undefined || this.cache.has(name)) return cached;
    const result = this.lookup(name);
    this.cache.set(name, result);
    return result;
  }

  private lookup(name: string): NameResolution {
    const candidates = nameCandidates(name);
    for (const candidate of candidates) {
      const mapped = this.mapping.get(foldName(candidate));
      if (mapped === null) return { skip: true };
      // A mapping to an actor this database lacks (a shared mapping file, another dataset) is passed over.
      if (mapped !== undefined && this.known.has(mapped)) return { actor: mapped };
    }
    for (const candidate of candidates) {
      const ids = this.byName.get(foldName(candidate));
      if (ids?.size === 1) return { actor: [...ids][0] as string };
    }
    return undefined;
  }
}

/**
 * Reads a mapping file: CSV with columns `name,actor`. An actor id maps the name to that actor;
 * `-` says the name is not an actor to record (e.g. "Unidentified Armed Group").
 */
export function parseActorMapping(text: string, file: string): { mapping: Map<string, string | null>; issues: Issue[] } {
  const mapping = new Map<string, string | null>();
  const issues: Issue[] = [];
  let nameAt = -1;
  let actorAt = -1;
  readCsv(
    text,
    file,
    (header) => {
      const columns = columnIndex(header);
      nameAt = columns.get('name') ?? -1;
      actorAt = columns.get('actor') ?? -1;
      if (nameAt < 0 || actorAt < 0) issues.push({ code: 'invalid_input', file, line: 1, message: 'expected columns name,actor' });
    },
    (record) => {
      if (nameAt < 0 || actorAt < 0) return;
      const name = record.fields[nameAt]?.trim() ?? '';
      const actor = record.fields[actorAt]?.trim() ?? '';
      if (!name) return;
      if (actor === '-') mapping.set(foldName(name), null);
      else if (/^actor:[a-z0-9]+(?:[-_.][a-z0-9]+)*$/.test(actor)) mapping.set(foldName(name), actor);
      else issues.push({ code: 'invalid_input', file, line: record.line, path: 'actor', message: `expected an actor id or -, got ${JSON.stringify(actor)}` });
    },
  );
  return { mapping, issues };
}
