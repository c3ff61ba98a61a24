/**
 * French verb forms for the trigger table, from the infinitive: present, imperfect and passé simple in the third person
 * (reports narrate in all three: "le groupe rejoint", "rejoignait", "rejoignit"), and the passé composé and
 * plus-que-parfait with an adverb allowed after the auxiliary ("a longtemps dirigé"). The forms come from
 * `french-conjugation.ts`, which reads them from the Lefff lexicon.
 */
import { agreed, frenchForms } from './french-conjugation.js';

const ADVERB = String.raw`(?:(?:d[ée]j[àa]|aussi|également|longtemps|alors|ensuite|ainsi|rapidement|officiellement|\p{Ll}+ment)\s+)?`;

/** A regular-expression alternation (no capture groups) of the verb's finite forms. */
export function frenchFinite(infinitive: string): string {
  return `(?:${frenchForms(infinitive).finite.join('|')})`;
}

/** The finite forms and the compound past ("a rejoint", "avaient longtemps dirigé"), as one alternation. */
export function frenchVerb(infinitive: string): string {
  const { finite, participles } = frenchForms(infinitive);
  return String.raw`(?:${finite.join('|')}|(?:a|ont|avait|avaient|eut|eurent)\s+${ADVERB}${agreed(participles)})`;
}
