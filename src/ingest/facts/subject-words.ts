/** The words the document's subject is read from: pronouns, group nouns, determiners and the verbs that take a clitic. */
export const GROUP_PRONOUNS = new Set(['it', 'its', 'itself', 'il', 'elle', 'son', 'sa', 'ses']);
export const PLURAL_PRONOUNS = new Set(['they', 'their', 'them', 'ils', 'elles', 'leur', 'leurs']);
export const PERSON_PRONOUNS = new Set(['he', 'his', 'him', 'himself']);
export const KIN_POSSESSIVES = new Set(['son', 'sa']);
export const POSSESSIVE_WORDS = new Set(['its', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
export const KIN_NOUNS = new Set([
  'frère',
  'frere',
  'sœur',
  'soeur',
  'fils',
  'père',
  'pere',
  'cousin',
  'cousine',
  'neveu',
  'oncle',
  'beau-frère',
  'gendre',
  'fille',
]);
export const GROUP_NOUNS = new Set([
  'group',
  'movement',
  'organization',
  'organisation',
  'coalition',
  'alliance',
  'militia',
  'front',
  'jihadists',
  'insurgents',
  'rebels',
  'groupe',
  'mouvement',
  'organisation',
  'milice',
  // "la katiba", "the katiba": a unit the text is about, named by the Sahel's own word for it.
  'katiba',
]);
export const DEFINITE = new Set(['the', 'le', 'la', 'l', 'this', 'ce', 'cette', 'that', 'cet', 'du', 'au']);
/** "du groupe", "au mouvement": the article is fused with "de"/"à", which the trigger table reads as its own ("chef du"). */
export const FUSED = new Set(['du', 'au']);
/** "that militia", "ce mouvement": the group named last, not the document's subject. */
export const DEMONSTRATIVE = new Set(['this', 'that', 'ce', 'cette', 'cet']);
/** "both groups", "the two movements", "les deux organisations", "ces trois groupes": the actors of the last list. */
export const PLURAL_DETERMINERS = new Set(['both', 'les', 'ces', 'the', 'these', 'those']);
export const PLURAL_NOUNS = new Set([
  'groups',
  'movements',
  'organizations',
  'organisations',
  'coalitions',
  'factions',
  'militias',
  'alliances',
  'sides',
  'parties',
  'groupes',
  'mouvements',
  'milices',
  'coordinations',
  'formations',
  'camps',
]);
export const ADJECTIVES = new Set(['new', 'same', 'armed', 'jihadist', 'nouveau', 'nouvelle', 'même', 'former', 'ancien']);
export const CLITIC_AUXILIARIES = new Set(['a', 'avait', 'ont', 'avaient', 'aurait']);
/**
 * Verbs of a tie to a group, finite or past participle, that take an object clitic ("le dirige", "l’a fondé"). Whole
 * words, so that the article before a noun of the same stem ("le président", "la présidence", "le commandant", "la
 * création", "le soutien", "le financement") is not read as a clitic.
 */
export const CLITIC_VERBS =
  /^(?:dirig(?:e|ent|eait|eaient|é|ée|ea)|command(?:e|ent|ait|aient|é|ée|a)|fond(?:e|ent|ait|aient|é|ée|a)|cré(?:e|ent|ait|aient|é|ée|a)|rejoi(?:nt|gnent|gnait|gnaient|gnit|nte)|rallié|ralliée|quitt(?:e|ent|ait|aient|é|ée|a)|présid(?:e|ait|aient|é|ée|a)|financ(?:e|ent|é|ée)|finan[çc](?:ait|aient|a)|soutien(?:t|nent)|soutenu|soutenue|soutenait|soutenaient|arm(?:e|ent|ait|aient|é|ée|a))$/u;
export const COALITION_PLURALS = new Set(['coalitions', 'alliances', 'coordinations']);
/** The kinds "the group", "the movement", "la milice" can name: never a state, its forces or a government. */
export const ARMED = new Set(['armed_group', 'coalition']);
/** "l’organisation" may name an office or an international body as well. */
export const ORGANISATION_NOUNS = new Set(['organization', 'organisation']);
export const COALITION_NOUNS = new Set(['coalition', 'alliance', 'coordination']);
export const NUMBER_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, deux: 2, trois: 3, quatre: 4 };
/** The numbers of `NUMBER_WORDS` as words, for "the three movements", "les deux groupes". */
export const PLURAL_NUMBERS: ReadonlySet<string> = new Set(Object.keys(NUMBER_WORDS));
export const SUBJECT_PRONOUNS = new Set(['it', 'il', 'elle']);
/** Forms of "to be" after which "en" is the clitic ("en est membre"), not the preposition ("en 2012"). */
export const COPULAS = new Set(['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'devient', 'deviennent', 'devint', 'reste', 'restent', 'demeure']);
export const RELATIVES = new Set(['dont', 'que', 'qu']);
/** "selon la", "d’après le", "according to": the actor after it is the source of what the clause says. */
export const ATTRIBUTION = /(?:^|[^\p{L}])(?:selon|d['’]apr[èe]s|according\s+to)\s+(?:(?:le|la|les|the)\s+|l['’])?$/iu;
export const ARMY_DETERMINERS = new Set(['the', 'l', 'les', 'this', 'ces']);
export const ARMY_NOUNS = new Set(['army', 'military', 'armée', 'militaires', 'soldats']);
/** "it is said", "it has been reported", "il y a", "il faut": impersonal, unlike "it has been at war with". */
export const IMPERSONAL =
  /^(?:(?:is|was|has\s+been|had\s+been)\s+(?:said|believed|thought|reported|estimated|likely|unlikely|possible|probable|clear|unclear|known|feared|alleged|understood|true|difficult|hard|important|necessary|worth|time)|seems|appears|y|faut|est\s+(?:probable|possible))\b/i;
export const LIST_JOINT = /^\)?\s*(?:,|,?\s*and|,?\s*et|,?\s*as\s+well\s+as|,?\s*along\s+with)\s*(?:(?:the|les?|la)\s+|l['’])?$/iu;
