/**
 * The forms reports give an administrative unit with its kind: "Soum province", "province du Soum", "la province de
 * l’Oudalan", "Sahel region", "région du Sahel", "cercle de Douentza", "Koro cercle". The database records a unit under
 * one name ("Soum Province", "Douentza Cercle"); reading every form as that unit keeps "province du Soum" from being
 * proposed as a new place, or read as a town of the same name.
 */

/** The kind word a unit's recorded name carries, and the words English and French write it with. */
const KINDS: { re: RegExp; en: string; fr: string; gender: 'f' | 'm' }[] = [
  { re: /^(?:region|région)$/i, en: 'region', fr: 'région', gender: 'f' },
  { re: /^(?:cercle|circle)$/i, en: 'cercle', fr: 'cercle', gender: 'm' },
  { re: /^province$/i, en: 'province', fr: 'province', gender: 'f' },
  { re: /^(?:department|département)$/i, en: 'department', fr: 'département', gender: 'm' },
];

/** "du Soum", "de la Boucle", "de l’Oudalan", "de Mopti": French joins a kind to a name with or without the article. */
function frenchLinks(bare: string): string[] {
  if (/^[AEIOUYÉÈÂÎÔH]/u.test(bare)) return [`de l’${bare}`, `d’${bare}`];
  return [`de ${bare}`, `du ${bare}`, `de la ${bare}`];
}

/**
 * The forms of a unit given its database kind and its names: its name without the kind word, written with the kind
 * before or after in English and French. Units recorded without a kind word in their name get the kind of the record
 * (region or cercle) only.
 */
export function unitForms(kind: string, names: readonly string[]): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const after = /^(.+?)\s+(\p{L}+)$/u.exec(name);
    const before = /^(\p{L}+)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|de\s+|d['’]|of\s+(?:the\s+)?)(.+)$/iu.exec(name);
    let bare: string | undefined;
    let unit = KINDS.find((k) => k.re.test(after?.[2] ?? ''));
    if (unit) bare = after?.[1];
    else if ((unit = KINDS.find((k) => k.re.test(before?.[1] ?? '')))) bare = before?.[2];
    if (!unit || !bare) {
      if (kind !== 'region' && kind !== 'cercle') continue;
      unit = KINDS.find((k) => k.re.test(kind));
      bare = name;
    }
    if (!unit) continue;
    forms.push(`${bare} ${unit.en}`, `${unit.en} of ${bare}`, `${unit.en} of the ${bare}`, ...frenchLinks(bare).map((l) => `${unit.fr} ${l}`));
  }
  return [...new Set(forms)].filter((f) => !names.includes(f));
}
