/**
 * Forms of an area that its recorded names imply but do not list:
 * - the French of a descriptive English alias, one written in lower-case common words ("three borders area",
 *   "tri-border area" give « zone des trois frontières »): French puts the head noun first and joins its modifiers
 *   with « des »; an alias with a word the table lacks gets no French form, rather than a half-translated one;
 * - the first part of a compound area name whose parts are names ("Liptako-Gourma" gives "Liptako"), which reports use
 *   for the whole, unless that part names a place of its own (the dataset's "Gourma" stays the Gourma).
 */

/** Head nouns of an area and their French. */
const HEADS: Readonly<Record<string, string>> = { area: 'zone', zone: 'zone', region: 'région' };
/** Modifiers of an area's head and their French, in the plural that « des » takes. */
const MODIFIERS: Readonly<Record<string, string>> = {
  'tri-border': 'trois frontières',
  three: 'trois',
  borders: 'frontières',
  border: 'frontières',
};

/** French forms of an area's lower-case English aliases. */
function frenchForms(names: readonly string[]): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const words = name.split(/\s+/u);
    const head = HEADS[words.at(-1) ?? ''];
    const modifiers = words.slice(0, -1).map((w) => MODIFIERS[w]);
    if (!head || modifiers.length === 0 || modifiers.some((m) => m === undefined) || !/^[\p{Ll}\s-]+$/u.test(name)) continue;
    forms.push(`${head} des ${modifiers.join(' ')}`);
  }
  return forms;
}

/** The first part of each compound name ("Liptako" of "Liptako-Gourma") that is not a name in `known`. */
function compoundParts(names: readonly string[], known: (form: string) => boolean): string[] {
  const parts: string[] = [];
  for (const name of names) {
    const compound = /^(\p{Lu}\p{Ll}{3,})-\p{Lu}\p{Ll}{3,}$/u.exec(name);
    if (compound?.[1] && !known(compound[1])) parts.push(compound[1]);
  }
  return parts;
}

/** The forms above for one area; `known` says whether a form is already another record's name. */
export function areaForms(kind: string, names: readonly string[], known: (form: string) => boolean): string[] {
  if (kind !== 'area') return [];
  return [...new Set([...frenchForms(names), ...compoundParts(names, known)])].filter((f) => !names.includes(f));
}
