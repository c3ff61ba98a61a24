/**
 * The gazetteer: every known actor and place name and alias, indexed by folded tokens in a trie,
 * with the forms reports use besides the recorded ones (region of X, demonym + army, …).
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import { nameKeys } from '../text/tokens.js';
import { capitalForms } from './capitals.js';
import { countryNameForms } from './country-names.js';
import { demonymForms, isDemonymPhrase } from './demonyms.js';
import { unitForms } from './admin-units.js';
import { areaForms } from './area-forms.js';

export interface GazetteerEntry {
  kind: 'actor' | 'place';
  id: string;
  /** Actor or place kind (armed_group, person, town, region…). */
  type: string;
  name: string;
  country?: string;
  parent?: string;
  /** How the form was obtained: the recorded name, an alias (and its kind), or a generated form. */
  via: 'name' | 'alias' | 'nickname' | 'generated' | 'proposed';
  /** The form as written, whose case decides how strictly a surface must match. */
  form: string;
  /**
   * A common noun phrase that stands for the actor ("Malian soldiers", « l’armée nigérienne », "the junta"): read in
   * relations and events, but never reported as a mention, since it names no actor (the annotation rules leave such
   * phrases out, and a reviewer records nothing from them).
   */
  commonNoun?: true;
}

interface Node {
  next: Map<string, Node>;
  entries: GazetteerEntry[];
}

const newNode = (): Node => ({ next: new Map(), entries: [] });

/** Spelling variants that folding alone does not unite. */
const TOKEN_VARIANTS: Record<string, string> = { qaida: 'qaeda', qa: 'qa', alqaeda: 'al qaeda', touareg: 'tuareg', touaregs: 'tuareg' };

export function variantKey(key: string): string {
  return TOKEN_VARIANTS[key] ?? key;
}

/** "the junta": an article and one lower-case noun, a nickname that is a common noun rather than a name. */
export function isCommonNounPhrase(form: string): boolean {
  return /^(?:the|la|le|l['’])\s*\p{Ll}+$/u.test(form.trim());
}

export class Gazetteer {
  private readonly root = newNode();
  readonly size: { actors: number; places: number } = { actors: 0, places: 0 };

  /** Builds the index from the database's actors and places. */
  static from(actors: readonly Actor[], places: readonly Place[]): Gazetteer {
    const g = new Gazetteer();
    for (const a of actors) {
      const base = { kind: 'actor' as const, id: a.id, type: a.kind, name: a.name, ...(a.country ? { country: a.country } : {}) };
      g.add(a.name, { ...base, via: 'name', form: a.name });
      for (const alias of a.aliases ?? []) {
        // "The French" is a demonym used as a noun: reading it would hide "French military" behind it.
        if (isDemonymPhrase(alias.name)) continue;
        const via = alias.kind === 'nickname' ? 'nickname' : 'alias';
        g.add(alias.name, { ...base, via, form: alias.name, ...(via === 'nickname' && isCommonNounPhrase(alias.name) ? { commonNoun: true as const } : {}) });
      }
      // French and English plurals of a people's name ("Peuls", "Dogons") when the record lists only the singular.
      if (a.kind === 'community')
        for (const form of [a.name, ...(a.aliases ?? []).map((x) => x.name)])
          if (!/\s/.test(form) && !/[sx]$/i.test(form)) g.add(`${form}s`, { ...base, via: 'generated', form: `${form}s` });
      g.size.actors++;
    }
    const placeNames = new Set(places.flatMap((p) => [p.name, ...(p.aliases ?? []).map((x) => x.name)]));
    for (const p of places) {
      const base = { kind: 'place' as const, id: p.id, type: p.kind, name: p.name, country: p.country, ...(p.parent ? { parent: p.parent } : {}) };
      const names = [p.name, ...(p.aliases ?? []).map((x) => x.name)];
      g.add(p.name, { ...base, via: 'name', form: p.name });
      for (const alias of p.aliases ?? []) g.add(alias.name, { ...base, via: alias.kind === 'nickname' ? 'nickname' : 'alias', form: alias.name });
      for (const form of generatedPlaceForms(p.kind, names)) g.add(form, { ...base, via: 'generated', form });
      for (const form of areaForms(p.kind, names, (f) => placeNames.has(f))) g.add(form, { ...base, via: 'generated', form });
      g.size.places++;
    }
    for (const { form, entry } of demonymForms(actors)) g.add(form, entry);
    for (const { form, entry } of capitalForms(actors)) g.add(form, entry);
    for (const { form, entry } of countryNameForms(actors)) g.add(form, entry);
    return g;
  }

  add(form: string, entry: GazetteerEntry): void {
    const keys = nameKeys(form).map(variantKey);
    if (keys.length === 0) return;
    let node = this.root;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) {
        next = newNode();
        node.next.set(key, next);
      }
      node = next;
    }
    if (!node.entries.some((e) => e.id === entry.id && e.form === entry.form)) node.entries.push(entry);
  }

  /** The longest runs of keys starting at `i` that name something: [length, entries] pairs, longest first. */
  lookup(keys: readonly string[], i: number): { length: number; entries: GazetteerEntry[] }[] {
    const found: { length: number; entries: GazetteerEntry[] }[] = [];
    let node: Node | undefined = this.root;
    for (let j = i; j < keys.length && node; j++) {
      node = node.next.get(variantKey(keys[j] ?? ''));
      if (node && node.entries.length > 0) found.push({ length: j - i + 1, entries: node.entries });
    }
    return found.reverse();
  }
}

const POINTS: Record<string, string[]> = {
  northern: ['nord du', 'nord de la', 'nord de l’', 'north of'],
  southern: ['sud du', 'sud de la', 'sud de l’', 'south of'],
  western: ['ouest du', 'ouest de la', 'ouest de l’', 'west of'],
  eastern: ['l’est du', 'l’est de la', 'l’est de l’', 'east of'],
  central: ['centre du', 'centre de la', 'centre de l’'],
};

/** Regions and cercles are also written "region of X", "X region", "région de X", "cercle de X"; "Western Niger" is "l’ouest du Niger". */
function generatedPlaceForms(kind: string, names: readonly string[]): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const point = /^(Northern|Southern|Western|Eastern|Central)\s+(\p{Lu}.*)$/u.exec(name);
    if (point && kind === 'area') for (const p of POINTS[(point[1] ?? '').toLowerCase()] ?? []) forms.push(`${p} ${point[2] ?? ''}`);
    const bare = name.replace(/\s+(Region|region|Cercle|cercle|Circle)$/, '').replace(/^(Région|Region|Cercle) de\s+/i, '');
    if (bare === name && kind !== 'region' && kind !== 'cercle') continue;
    if (kind === 'region') forms.push(`${bare} region`, `region of ${bare}`, `région de ${bare}`, `${bare} Region`);
    if (kind === 'cercle') forms.push(`${bare} cercle`, `cercle de ${bare}`, `${bare} circle`, `circle of ${bare}`);
  }
  // Provinces and departments too, and French with the article ("province du Soum", "région de l’Est").
  return [...forms, ...unitForms(kind, names)];
}
