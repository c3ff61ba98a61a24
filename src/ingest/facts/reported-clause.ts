import { frenchFinite } from './french-verbs.js';

/**
 * Verbs of saying, whose "that"/"que" opens a reported clause, not an object relative: "il rappelle que le Niger a fondé
 * l’AES", "officials said that the group formed…". The clause's subject then acts on the object after the verb.
 */
const SAYING = [
  'dire',
  'rappeler',
  'affirmer',
  'indiquer',
  'souligner',
  'estimer',
  'déclarer',
  'annoncer',
  'confirmer',
  'préciser',
  'ajouter',
  'assurer',
  'expliquer',
  'noter',
  'reconnaître',
  'savoir',
  'penser',
  'croire',
];

let reported: RegExp | undefined;

/** Whether the text before a subject ends with a verb of saying and its "that"/"que" (and maybe an article). */
export function reportedClause(lead: string): boolean {
  reported ??= new RegExp(
    String.raw`(?<![\p{L}])(?:said|says|say|stated|states|noted|notes|recalled|recalls|added|adds|argued|argues|believes?|believed|claimed|claims|announced|announces|confirmed|confirms|insisted|warned|reported|reports|explained|explains|recognised|recognized|acknowledged|(?:${SAYING.map(frenchFinite).join('|')})|dit|a\s+dit)\s+(?:that|que|qu['’])\s*(?:(?:the|le|la|les)\s+|l['’])?$`,
    'iu',
  );
  return reported.test(lead);
}
