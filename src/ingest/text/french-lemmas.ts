/**
 * French words that state relations and events, mapped to the English lemma the ranker was trained with, so that
 * "opère", "a rejoint" or "dirigé par" weigh like "operate", "join", "lead". Verbs are named by their infinitive and
 * every form of them comes from the Lefff lexicon (`french-lexicon.ts`): "opérèrent" or "rejoignit" weigh as "opère"
 * does. Nouns, adjectives and function words that shape a relation (de, par, avec, contre, dans…) are listed as words.
 */
import { frenchVerbWords } from './french-lexicon.js';

/**
 * Verbs by the English lemma they weigh as. "armer" is left out on purpose: its participle "armée" is also the noun
 * "army", which would read every army as support; "armé" and "armés" are listed as words below.
 */
const VERBS: Record<string, readonly string[]> = {
  operate: ['opérer'],
  control: ['contrôler', 'tenir'],
  seize: ['prendre', 'saisir', 'occuper', 'conquérir'],
  capture: ['capturer'],
  join: ['rejoindre', 'rallier', 'intégrer'],
  ally: ['allier'],
  fight: ['combattre', 'affronter', 'attaquer'],
  lead: ['diriger', 'conduire', 'mener'],
  command: ['commander'],
  found: ['fonder', 'créer'],
  form: ['former', 'constituer'],
  split: ['séparer'],
  merge: ['fusionner'],
  support: ['soutenir', 'appuyer', 'financer'],
  aim: ['viser', 'chercher', 'vouloir', 'souhaiter', 'projeter', 'prévoir'],
};

/**
 * Forms of the verbs above that are more often a noun, an adjective or a copula than the act: "sous forme de", "la
 * tenue", "un combattant", "constitue une menace". They stay out of the table and weigh as themselves, as
 * every word outside it does.
 */
const HOMOGRAPHS: ReadonlySet<string> = new Set([
  'forme',
  'formes',
  'constitue',
  'constituent',
  'tenue',
  'tenues',
  'tenant',
  'tenants',
  'conduite',
  'conduites',
  'finance',
  'finances',
  'prévue',
  'prévues',
  'visa',
  'commandes',
  'combattant',
]);

/** Words that are not forms of the verbs above, or that weigh differently from their verb. */
const WORDS: Record<string, readonly string[]> = {
  operate: [
    'opère',
    'opèrent',
    'opérait',
    'opéraient',
    'opérer',
    'opéré',
    'actif',
    'active',
    'actifs',
    'actives',
    'présent',
    'présente',
    'présents',
    'présentes',
    'implanté',
    'implantée',
    'implantés',
    'implantées',
  ],
  base: ['basé', 'basée', 'basés', 'basées', 'base', 'bases', 'bastion', 'bastions', 'fief', 'fiefs'],
  control: ['contrôle', 'contrôlent', 'contrôlait', 'contrôlaient', 'contrôler', 'contrôlé', 'contrôlée', 'tient', 'tenait', 'tiennent'],
  seize: ['pris', 'prise', 'prend', 'prennent', 'prendre', 'saisi', 'saisie', 'occupé', 'occupée', 'occupe', 'occupent', 'conquis'],
  capture: ['capturé', 'capturée', 'capture', 'captures'],
  join: ['rejoint', 'rejoignent', 'rejoindre', 'rallié', 'ralliés', 'rallie', 'intègre', 'intégré', 'intégrés'],
  member: ['membre', 'membres', 'composante', 'composantes'],
  part: ['partie'],
  ally: ['allié', 'alliée', 'alliés', 'alliées', 'alliance', 'allie', 'allient'],
  fight: [
    'combat',
    'combattent',
    'combattu',
    'combattre',
    'affronte',
    'affrontent',
    'affronté',
    'affrontements',
    'guerre',
    'attaque',
    'attaqué',
    'attaquent',
    'attaques',
    'hostile',
    'hostiles',
  ],
  clash: ['heurts', 'accrochages', 'combats'],
  lead: ['dirige', 'dirigent', 'dirigé', 'dirigée', 'diriger', 'dirigeait', 'chef', 'chefs', 'dirigeant', 'leader', 'conduit', 'mené', 'menée'],
  command: ['commande', 'commandé', 'commandée', 'commandant', 'commandement'],
  found: ['fondé', 'fondée', 'fondés', 'fonde', 'fondateur', 'fondateurs', 'créé', 'créée', 'crée', 'créer', 'création'],
  form: ['formé', 'formée', 'former', 'forment', 'constitué', 'constituée'],
  split: ['scission', 'dissidence', 'dissident', 'dissidente', 'séparé', 'séparée', 'issu', 'issue', 'issus'],
  merge: ['fusionné', 'fusionnent', 'fusion', 'fusionner'],
  support: ['soutient', 'soutenu', 'soutenue', 'soutien', 'appui', 'appuie', 'appuyé', 'financé', 'armé', 'armés'],
  wing: ['branche', 'aile'],
  group: ['groupe', 'groupes'],
  movement: ['mouvement', 'mouvements'],
  coalition: ['coalition', 'coalitions'],
  region: ['région', 'régions'],
  area: ['zone', 'zones'],
  be: ['est', 'sont', 'était', 'étaient', 'été', 'être', 'fut'],
  have: ['a', 'ont', 'avait', 'avaient', 'avoir'],
  of: ['de', 'du', 'des', 'd'],
  by: ['par'],
  with: ['avec'],
  against: ['contre'],
  in: ['dans', 'en', 'au', 'aux', 'à'],
  and: ['et'],
  the: ['le', 'la', 'les', 'l'],
  a: ['un', 'une'],
  which: ['qui', 'que', 'dont', 'lequel', 'laquelle'],
  it: ['il', 'elle'],
  they: ['ils', 'elles'],
  its: ['son', 'sa', 'ses', 'leur', 'leurs'],
  not: ['pas', 'jamais'],
  aim: ['vise', 'visent', 'viser', 'cherche', 'cherchent', 'veut', 'veulent', 'souhaite', 'projette', 'prévoit', 'pourrait', 'pourraient', 'devrait'],
};

let lemmas: ReadonlyMap<string, string> | undefined;

/** The English lemma a French word (lower case) weighs as, or `undefined`; the table is built on first use. */
export function frenchLemma(word: string): string | undefined {
  lemmas ??= new Map(
    [
      // Listed words first: they win over a verb form spelled the same ("base" the noun, "attaque" the noun).
      ...Object.entries(WORDS).flatMap(([lemma, words]) => words.map((w) => [w, lemma] as const)),
      ...Object.entries(VERBS).flatMap(([lemma, verbs]) =>
        verbs.flatMap((v) =>
          frenchVerbWords(v)
            .filter((w) => !HOMOGRAPHS.has(w))
            .map((w) => [w, lemma] as const),
        ),
      ),
    ].reverse(),
  );
  return lemmas.get(word);
}
