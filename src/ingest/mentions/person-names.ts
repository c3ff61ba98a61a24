/**
 * Persons the database does not know, found by the shape of their names rather than by a title: a run of capitalised
 * words that holds a name particle ("Sedane Ag Hita", "Mohamed Ould Mataly", "Abu Huzeifa"), starts with a given name
 * or ends with a family name common in the Sahel ("Hamidou Guindo", "Roch Marc Christian Kaboré"), or stands where a
 * person is expected ("said X", "X, a farmer", "confie X, un notable").
 */
import type { Token } from '../text/tokens.js';

/** Given names frequent in the Sahel's reports (Arabic, Fula, Tuareg, Songhai, Mande forms) and in French and English ones. */
const GIVEN_NAMES = new Set(
  (
    'abba abbas abdallah abdel abdelaziz abdelhakim abdelkader abdelkarim abdelkrim abdellah abdelmalek abdou abdoul abdoulaye abdourahamane ' +
    'abdourahmane abdoulkarim abdramane abubakar aboubacar aboubakar adama adam adnan ahmad ahmadou ahmed aicha aichatou alassane alghabass ' +
    'alhassane alhousseini alhousseyni ali alou aliou almou amadou amina aminata amidou assane assimi attaye awa ba bakary bamoussa bilal ' +
    'boubacar boubou boukary boureima bouba cheick cheikh cheikna choguel daouda djibo djibril djibrilla dramane fatimata fatoumata ' +
    'hadiza hama hamadou hamadoun hamed hamidou hamma harouna hassan hassane hawa houka hussein ibrahim ibrahima idrissa iyad ismael ' +
    'ismail issa issiaka kadidia kalifa karim lamine mahamadou mahamane mahamat mahmoud malick malam mamadou mariam mariama modibo ' +
    'moctar mohamed mohammed mokhtar moulaye moulay moussa muhammad nouhoum oumar oumarou ousmane rokia salif salifou saleh sadou ' +
    'sanda sekou seydou sidi sidy soumaila soumeylou souleymane tieman tiebile yacouba yahaya yaya youssouf yusuf zakaria ' +
    'alain antoine bernard charles christian emmanuel florence francois frederic guillaume henri jacques jean laurent louis marc ' +
    'marie michel nicolas olivier patrick paul philippe pierre roch serge sergei vladimir yevgeny dmitri antonio joseph john david'
  ).split(/\s+/),
);

/** Family names frequent in the Sahel, and those of its heads of state, which end a person's name. */
const FAMILY_NAMES = new Set(
  (
    'ba bah bathily bazoum cisse cisse coulibaly compaore damiba dao diabate diakite diallo diarra dicko diop doumbia dembele ' +
    'goita guindo haidara issoufou kabore kane kanoute keita kone konate maiga ouattara ouedraogo sanogo sangare sawadogo ' +
    'sidibe sissoko sow sylla tall tandja tiani toure traore zongo kante niang diabira tamboura tembely'
  ).split(/\s+/),
);

/** Particles that join the parts of Arabic, Tuareg and Moorish names: "Ag" (son of), "Ould", "Ben", "Abu". */
const INNER_PARTICLES = new Set(['ag', 'ould', 'ben', 'bin', 'ibn', 'wuld', 'walet', 'welet', 'mint', 'bint', 'ag']);
const LEADING_PARTICLES = new Set(['abu', 'abou', 'abdul', 'abd']);
/** Lower-case links inside a name: "al-Sahrawi", "el Tilemsi", "Abdoul Magid dit Nasser". */
const LINKS = new Set(['al', 'el', 'ag', 'ould', 'ben', 'bin', 'ibn', 'dit']);

/** Words that look like names but start a sentence or a phrase. */
const NOT_NAMES = new Set(
  (
    'the a an in on at by for from of to and or but after before since during when while as with this that these those his her its their ' +
    'le la les l un une des du de d au aux en dans par pour sur avec sans selon depuis apres avant lors et ou mais ce cette ces son sa ses leur leurs il elle ils elles ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre ' +
    'summary outlook context background brief note resume north south east west nord sud est ouest central centre ' +
    'despite although though however meanwhile moreover whereas because until unless following according under within without against ' +
    'among amid across through throughout beyond besides instead also yet still then thus hence once both either neither each every many ' +
    'most some several such other another former later earlier today yesterday here there where what who whom whose why how if unlike ' +
    'like via upon over about above below behind beside inside outside around along while since ' +
    'malgre bien cependant pourtant toutefois ainsi alors aussi donc lorsque quand tandis sous chez parmi vers contre entre sans durant ' +
    'pendant comme tous toutes chaque plusieurs certains certaines hier ici'
  ).split(/\s+/),
);

/** Cues around a name that a person stands there: a saying verb, or an apposition naming a role or a relation. */
const SAID_BEFORE = /(?:\bsaid|\bsays|\btold|\badded|\bexplained|\bdéclare|\ba\s+déclaré|\bexplique|\bconfie|\braconte|\bajoute|\bselon|\bd['’]après)\s+$/iu;
const SAID_AFTER = /^\s*(?:said|says|told|added|explained|a\s+déclaré|a\s+affirmé|a\s+dit|déclare|affirme|explique|raconte|confie)(?![\p{L}\p{N}])/iu;
/** Nouns of a role or a relation that an apposition gives a person, English and French. */
const ROLES =
  'farmer|resident|villager|trader|herder|teacher|student|survivor|witness|mother|father|son|daughter|brother|sister|wife|husband|nephew|cousin|chief|leader|commander|spokesman|spokeswoman|spokesperson|mayor|governor|president|prime|minister|official|elder|notable|founder|emir|imam|preacher|deputy|colonel|general|officer|soldier|fighter|militant|member|head|secretary|ambassador|envoy|habitante?|villageoise?|commerçante?|éleveur|éleveuse|enseignante?|témoin|survivante?|mère|père|fils|fille|frère|soeur|sœur|chef|dirigeante?|commandant|porte-parole|maire|gouverneur|présidente?|premier|ministre|responsable|notable|fondateur|fondatrice|émir|imam|prédicateur|adjoint|officier|soldat|combattant|membre|secrétaire|ambassadeur|envoyé';
const ROLE_APPOSITION = new RegExp(
  String.raw`^\s*,\s+(?:(?:a|an|the|then|its|his|her|un|une|le|la|l['’]|alors|son|sa)\s+)?(?:[\p{L}-]+\s+)?(?:${ROLES})(?![\p{L}\p{N}])`,
  'iu',
);
/** The role before the name, set off by commas: "the regional governor, X, said", « Le premier ministre, X, s’est rendu ». */
const ROLE_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${ROLES})\s*,\s*$`, 'iu');

export interface PersonName {
  start: number;
  end: number;
  name: string;
}

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);
const joined = (text: string, a: Token, b: Token) => /^(?: |-|['’])$/.test(text.slice(a.end, b.start));

/** Runs of capitalised words (with name links) in reading order: [first, last] token indices. */
function capitalisedRuns(text: string, tokens: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && joined(text, tokens[j] as Token, tokens[j + 1] as Token)) {
      const next = tokens[j + 1] as Token;
      if (isCapitalised(next)) j++;
      else if (LINKS.has(next.key) && isCapitalised(tokens[j + 2]) && joined(text, next, tokens[j + 2] as Token)) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Why a run of words is a person's name, or undefined. */
function personCue(text: string, words: readonly Token[]): 'particle' | 'given' | 'family' | 'context' | undefined {
  const keys = words.map((w) => w.key);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (keys.slice(1, -1).some((k) => INNER_PARTICLES.has(k))) return 'particle';
  if (words.length < 2) return undefined;
  if (LEADING_PARTICLES.has(keys[0] ?? '')) return 'particle';
  if (GIVEN_NAMES.has(keys[0] ?? '')) return 'given';
  if (FAMILY_NAMES.has(keys.at(-1) ?? '') && !NOT_NAMES.has(keys[0] ?? '')) return 'family';
  const before = text.slice(Math.max(0, first.start - 20), first.start);
  const after = text.slice(last.end, last.end + 60);
  if (SAID_BEFORE.test(before) || SAID_AFTER.test(after) || ROLE_APPOSITION.test(after)) return 'context';
  if (ROLE_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start)) && /^\s*,/.test(after)) return 'context';
  return undefined;
}

/**
 * Persons named by the shape of their names. `taken` says where a name is already read (a known actor or place, an
 * organisation, an outlet): a run that overlaps one is not a person.
 */
export function personNames(text: string, tokens: readonly Token[], taken: (start: number, end: number) => boolean): PersonName[] {
  const out: PersonName[] = [];
  for (const [i, j] of capitalisedRuns(text, tokens)) {
    let from = i;
    // A sentence's first word or a heading's function word is not part of the name ("After Mohamed Bazoum…").
    while (from <= j && NOT_NAMES.has(tokens[from]?.key ?? '')) from++;
    // "près de Tessalit Abdelmalek Droukdel": a known name that opens the run is not part of the person's.
    while (from < j && taken((tokens[from] as Token).start, (tokens[from] as Token).end)) from++;
    const words = tokens.slice(from, j + 1);
    if (words.length === 0 || words.length > 6) continue;
    if (words.some((w) => NOT_NAMES.has(w.key) && isCapitalised(w))) continue;
    const first = words[0] as Token;
    const last = words[words.length - 1] as Token;
    if (taken(first.start, last.end)) continue;
    // An acronym is not a name part ("JNIM Ag …" is two things); nor is an all-capitals heading word.
    if (words.some((w) => w.surface.length > 1 && w.surface === w.surface.toUpperCase())) continue;
    if (!personCue(text, words)) continue;
    out.push({ start: first.start, end: last.end, name: text.slice(first.start, last.end) });
  }
  return out;
}

/** Whether a name holds a given or family name common in the Sahel (so that it is not read as a place on a weak cue). */
export function looksLikePersonName(keys: readonly string[]): boolean {
  return keys.some((k) => GIVEN_NAMES.has(k) || FAMILY_NAMES.has(k) || INNER_PARTICLES.has(k) || LEADING_PARTICLES.has(k));
}

/** Whether a capitalised word is a function or calendar word ("On", "Sunday", "Janvier") rather than part of a name. */
export function isFunctionOrCalendarWord(key: string): boolean {
  return NOT_NAMES.has(key);
}
