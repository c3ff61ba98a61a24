/**
 * One new group named in English and in French in the same report ("Islamic State Sahel Province" and « l’État
 * islamique au Sahel », "Ansar al-Fulani" and "Ansar des Peuls") is one actor: both names are read as the same words of
 * an organisation's vocabulary, order, articles and generic words ("province", "branch") aside, and compared as sets.
 */
import { foldName } from '../../core/text/normalise.js';

/** French words of organisations' names, folded, with their English counterpart. */
const FRENCH_TO_ENGLISH: Readonly<Record<string, string>> = {
  etat: 'state',
  islamique: 'islamic',
  mouvement: 'movement',
  mouvements: 'movements',
  groupe: 'group',
  liberation: 'liberation',
  soutien: 'support',
  musulmans: 'muslims',
  defense: 'defence',
  unite: 'unity',
  conseil: 'council',
  haut: 'high',
  patriotique: 'patriotic',
  patriotiques: 'patriotic',
  resistance: 'resistance',
  armee: 'army',
  nationale: 'national',
  national: 'national',
  democratique: 'democratic',
  salut: 'salvation',
  peuple: 'people',
  jeunesse: 'youth',
  grand: 'greater',
  peuls: 'fulani',
  peul: 'fulani',
  arabe: 'arab',
  touareg: 'tuareg',
  touaregs: 'tuareg',
  republique: 'republic',
  justice: 'justice',
  congres: 'congress',
  rassemblement: 'rally',
  union: 'union',
  alliance: 'alliance',
  coordination: 'coordination',
  front: 'front',
  forces: 'forces',
  force: 'force',
};
/** Articles, prepositions and generic words that a translation adds or drops. */
const IGNORED = new Set([
  'le',
  'la',
  'les',
  'l',
  'de',
  'du',
  'des',
  'd',
  'au',
  'aux',
  'en',
  'et',
  'the',
  'of',
  'in',
  'for',
  'and',
  'al',
  'el',
  'province',
  'wilaya',
  'branch',
  'branche',
]);

/** The name as a set of English words, sorted, or undefined when fewer than two remain. */
function wordsOf(name: string): string | undefined {
  const words = foldName(name)
    .split(/[^a-z0-9]+/u)
    .filter((w) => w && !IGNORED.has(w))
    .map((w) => FRENCH_TO_ENGLISH[w] ?? w);
  const set = [...new Set(words)].sort();
  return set.length >= 2 ? set.join(' ') : undefined;
}

/** Whether two names of organisations are one name in English and French (or the same words in another order). */
export function isTranslatedName(a: string, b: string): boolean {
  const x = wordsOf(a);
  return x !== undefined && x === wordsOf(b);
}
