/**
 * French verb forms for the trigger table, from the infinitive: present, imperfect and passé simple in the third person
 * (reports narrate in all three: "le groupe rejoint", "rejoignait", "rejoignit"), and the passé composé and
 * plus-que-parfait with an adverb allowed after the auxiliary ("a longtemps dirigé"). Regular -er verbs are conjugated
 * by rule (accent shift "intégrer" → "intègre", "diriger" → "dirigea"); the few irregular verbs the table needs are listed.
 */

const IRREGULAR: Readonly<Record<string, { finite: readonly string[]; participle: string }>> = {
  rejoindre: { finite: ['rejoint', 'rejoignent', 'rejoignait', 'rejoignaient', 'rejoignit', 'rejoignirent'], participle: 'rejoint' },
  combattre: { finite: ['combat', 'combattent', 'combattait', 'combattaient', 'combattit', 'combattirent'], participle: 'combattu' },
};

/** The third-person finite forms and the past participle of a verb. */
function forms(infinitive: string): { finite: string[]; participle: string } {
  const irregular = IRREGULAR[infinitive];
  if (irregular) return { finite: [...irregular.finite], participle: irregular.participle };
  if (!infinitive.endsWith('er')) throw new Error(`unsupported french verb: ${infinitive}`);
  const stem = infinitive.slice(0, -2);
  // "intégrer" → "intègre": an é in the stem's last syllable opens before a silent ending.
  const open = stem.replace(/é([^aeiouyéèê]+)$/u, 'è$1');
  // "diriger" → "dirigea": a soft g keeps its e before a and o.
  const soft = stem.endsWith('g') ? `${stem}e` : stem;
  return {
    finite: [`${open}e`, `${open}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`],
    participle: `${stem}é`,
  };
}

const ADVERB = String.raw`(?:(?:d[ée]j[àa]|aussi|également|longtemps|alors|ensuite|ainsi|rapidement|officiellement|\p{Ll}+ment)\s+)?`;

/** A regular-expression alternation (no capture groups) of the verb's finite forms. */
export function frenchFinite(infinitive: string): string {
  return `(?:${forms(infinitive).finite.join('|')})`;
}

/** The finite forms and the compound past ("a rejoint", "avaient longtemps dirigé"), as one alternation. */
export function frenchVerb(infinitive: string): string {
  const { finite, participle } = forms(infinitive);
  const agreed = `${participle}(?:e|s|es)?`;
  return String.raw`(?:${finite.join('|')}|(?:a|ont|avait|avaient|eut|eurent)\s+${ADVERB}${agreed})`;
}
