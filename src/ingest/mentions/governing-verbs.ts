/**
 * The verbs after which a capital is its government speaking or acting ("Bamako accused", "Niamey a dénoncé", "Paris
 * will not recall"): saying, demanding, deciding, diplomacy and coercion between states. A capital followed by any other
 * verb stays the town ("Bamako experienced flooding", "Niamey a accueilli le sommet", "Ouagadougou se réveille"): a
 * reviewer's sentences showed that a past tense in -ed or a bare auxiliary made governments of weather, festivals and
 * markets. One list serves find-mentions.ts (nicknames the data declares) and capital-metonymy.ts (any capital).
 */
import { frenchVerbForms } from '../text/french-lexicon.js';

/** English forms: present third person, past and participle of each verb of state action. */
const ENGLISH =
  'say says said announce announces announced accuse accuses accused reject rejects rejected deny denies denied refuse ' +
  'refuses refused demand demands demanded insist insists insisted claim claims claimed ask asks asked request requests ' +
  'requested want wants wanted hope hopes hoped intend intends intended seek seeks sought blame blames blamed warn warns ' +
  'warned threaten threatens threatened support supports supported back backs backed condemn condemns condemned denounce ' +
  'denounces denounced suspend suspends suspended expel expels expelled recall recalls recalled send sends sent withdraw ' +
  'withdraws withdrew withdrawn decide decides decided sign signs signed order orders ordered sanction sanctions sanctioned ' +
  'urge urges urged appoint appoints appointed recognise recognises recognised recognize recognizes recognized confirm ' +
  'confirms confirmed summon summons summoned protest protests protested retaliate retaliates retaliated negotiate ' +
  'negotiates negotiated agree agrees agreed accept accepts accepted hire hires hired invite invites invited deploy ' +
  'deploys deployed break broke broken cut severed sever severs responded respond responds tolerate tolerates tolerated ' +
  'chose choose chooses spread spreads end ends ended terminate terminates terminated renounce renounces renounced quit quits';

/** French infinitives of the same acts; their forms come from the Lefff lexicon. */
const FRENCH = [
  'dire',
  'déclarer',
  'annoncer',
  'accuser',
  'rejeter',
  'démentir',
  'nier',
  'refuser',
  'exiger',
  'réclamer',
  'demander',
  'affirmer',
  'répondre',
  'reprocher',
  'estimer',
  'juger',
  'menacer',
  'soutenir',
  'appeler',
  'rappeler',
  'rompre',
  'suspendre',
  'quitter',
  'tolérer',
  'décider',
  'espérer',
  'souhaiter',
  'vouloir',
  'entendre',
  'fournir',
  'expulser',
  'condamner',
  'dénoncer',
  'signer',
  'ordonner',
  'retirer',
  'choisir',
  'solliciter',
  'confirmer',
  'assurer',
  'recruter',
  'sanctionner',
  'convoquer',
  'déployer',
  'envoyer',
  'reconnaître',
  'négocier',
  'accepter',
  'inviter',
  'avertir',
  'changer',
  'mettre',
];
/** Phrases of intent after an auxiliary: « Paris n’aurait pas l’intention de rester ». */
const FRENCH_PHRASES = [String.raw`l['’]intention`];

/**
 * A possessive whose noun is the policy, acts or instruments of a state: "Bamako's strategy", "Paris's decision",
 * "Niamey's army"; "Bamako's streets" and "Niamey's markets" are the town's.
 */
export const STATE_POSSESSIVE =
  /^['’]s\s+(?:(?:new|own|latest|recent|former|military|diplomatic|official|security)\s+)?(?:strategy|strategies|decisions?|policy|policies|position|stance|response|reaction|refusal|request|demands?|decree|approach|government|authorities|regime|junta|rulers|leaders(?:hip)?|army|forces|troops|military|allies|ally|partners?|partnership|support|backing|relations|ties|diplomacy|envoys?|ambassadors?|officials|ministers?|withdrawal|accusations?|threats?|sanctions|plans?|offer|proposal|pressure|objections?|intentions|choice|move|turn|pivot|rapprochement|break|rupture)(?![\p{L}\p{N}])/iu;

/**
 * The words before the verb: an auxiliary or modal, then "not", "also" and the like ("Paris will not recall"); in
 * French a negation, an object pronoun, an auxiliary and an adverb (« Bamako n’a pas confirmé », « Paris l’a rejeté »).
 * None of them is a verb of the lists, so the longest such opening never hides the verb.
 */
const ENGLISH_OPENING =
  /^\s+(?:(?:has|had|have|will|would|could|should|did|does|do|may|might|must|can|cannot)\s+)?(?:(?:not|also|then|later|now|again|formally|officially)\s+)?/iu;
const FRENCH_OPENING =
  /^\s+(?:n['’]|ne\s+)?(?:l['’]|les\s+|lui\s+|leur\s+|en\s+|y\s+)?(?:(?:a|ont|avait|avaient|aurait|auraient|va|vont|doit|doivent)\s+(?:(?:pas|aussi|déjà|également|officiellement)\s+)?)?/iu;
const WORD = /^\p{L}+(?![\p{L}\p{N}])/u;
/** A phrase of intent after the same opening, matched whole, since its article looks like an object pronoun. */
const FRENCH_PHRASE = new RegExp(String.raw`${FRENCH_OPENING.source}(?:${FRENCH_PHRASES.join('|')})(?![\p{L}\p{N}])`, 'iu');

let english: ReadonlySet<string> | undefined;
let french: ReadonlySet<string> | undefined;

/** The word that opens `rest` after `opening`, lower-cased, if a whole word does. */
function wordAfter(rest: string, opening: RegExp): string | undefined {
  return WORD.exec(rest.slice((opening.exec(rest)?.[0] ?? '').length))?.[0].toLowerCase();
}

/**
 * Whether the text right after a name opens with a verb of state action, after an auxiliary, a negation or "also".
 * The verb is looked up in a set of forms: an alternation of several thousand French forms tried at every name cost
 * a tenth of the extraction's time.
 */
export function governingVerbAfter(rest: string): boolean {
  if (!/^\s/u.test(rest)) return false;
  english ??= new Set(ENGLISH.split(' '));
  const en = wordAfter(rest, ENGLISH_OPENING);
  if (en !== undefined && english.has(en)) return true;
  french ??= new Set(
    FRENCH.flatMap((verb) => {
      const forms = frenchVerbForms(verb);
      return (forms ? [...forms.finite, ...forms.participles, verb] : [verb]).map((f) => f.toLowerCase());
    }),
  );
  const fr = wordAfter(rest, FRENCH_OPENING);
  return (fr !== undefined && french.has(fr)) || FRENCH_PHRASE.test(rest);
}
