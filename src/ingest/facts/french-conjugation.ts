/**
 * Every form in which a French report narrates an act with a verb, generated from the infinitive, so that the event
 * triggers are written once per lemma: the third person of the present (encyclopedias narrate in it: "le MNLA s’empare
 * de Kidal"), imperfect and passé simple; the compound past and pluperfect ("ont attaqué", "avaient enlevé"); the passive
 * ("a été attaqué", "sont tués", "fut reprise"); the bare participle ("attaqué par", "des soldats tués"); the present
 * participle and gerund ("tuant", "en attaquant"); and the pronominal forms ("s’est emparé", "se sont emparés",
 * "s’emparent"). The forms come from the Lefff lexicon (`../text/french-lexicon.ts`), regular verbs and irregular alike.
 * No future or conditional: they tell of no act.
 */
import { frenchVerbForms, type FrenchVerbForms } from '../text/french-lexicon.js';

/** The forms of one verb from the Lefff lexicon; throws for a verb it lacks, so that a new trigger cannot fail silently. */
export function frenchForms(infinitive: string): FrenchVerbForms {
  const forms = frenchVerbForms(infinitive);
  if (!forms) throw new Error(`unsupported french verb: ${infinitive}`);
  return forms;
}

/** The participle with its agreements ("tuées|tuée|tués|tué"), longest first so that the longest form is read whole. */
export function agreed(participles: readonly string[]): string {
  return `(?:${[...participles].sort((x, y) => y.length - x.length || x.localeCompare(y)).join('|')})`;
}

/** An adverb the auxiliary may take before the participle ("ont finalement repris", "a de nouveau été attaqué"). */
const ADVERB = String.raw`(?:(?:d[ée]j[àa]|aussi|encore|également|longtemps|alors|ensuite|ainsi|enfin|bien|presque|de\s+nouveau|à\s+nouveau|finalement|définitivement|notamment|récemment|rapidement|officiellement|progressivement|totalement|complètement|partiellement|violemment|simultanément|brièvement|temporairement|massivement|entièrement|largement|en\s+partie)\s+)?`;
const AVOIR = String.raw`(?:a|ont|avait|avaient|eut|eurent)`;
const ETRE = String.raw`(?:est|sont|était|étaient|fut|furent)`;

export interface Voices {
  /** "attaque", "attaquait", "ont attaqué" (the default). */
  active?: boolean;
  /** "a été attaqué", "sont attaqués", "fut attaqué". */
  passive?: boolean;
  /** The bare participle: "attaqué par", "58 civils tués". */
  participle?: boolean;
  /** "tuant", "en attaquant". */
  gerund?: boolean;
  /** Only the pronominal forms: "s’empare", "se sont emparés", "s’était emparé". */
  pronominal?: boolean;
}

const group = (forms: readonly string[]) => `(?:${forms.join('|')})`;

/**
 * A regular-expression alternation (no capture groups) of the forms of several French verbs, each in the voices asked
 * for. The auxiliaries are written once for all the verbs' participles, which keeps the pattern fast to run. The
 * pronominal forms replace the others: a pronominal verb ("s’emparer") is written without its "se".
 */
export function frenchEventVerbs(verbs: readonly (readonly [string, Voices?])[]): string {
  const finite: string[] = [];
  const active: string[] = [];
  const passive: string[] = [];
  const bare: string[] = [];
  const gerund: string[] = [];
  const reflexiveFinite: string[] = [];
  const reflexiveParticiple: string[] = [];
  const reflexiveGerund: string[] = [];
  for (const [infinitive, voices = {}] of verbs) {
    const forms = frenchForms(infinitive);
    const pp = agreed(forms.participles);
    if (voices.pronominal) {
      reflexiveFinite.push(...forms.finite);
      reflexiveParticiple.push(pp);
      reflexiveGerund.push(forms.present);
      continue;
    }
    if (voices.active !== false) {
      finite.push(...forms.finite);
      active.push(pp);
    }
    if (voices.passive) passive.push(pp);
    if (voices.participle) bare.push(pp);
    if (voices.gerund) gerund.push(forms.present);
  }
  const reflexive = String.raw`(?:s['’]\s*|se\s+)`;
  const alternatives = [
    ...(passive.length ? [String.raw`(?:${AVOIR}\s+${ADVERB}été|${ETRE})\s+${ADVERB}${group(passive)}`] : []),
    ...(active.length ? [String.raw`${AVOIR}\s+${ADVERB}${group(active)}`] : []),
    ...(reflexiveFinite.length
      ? [String.raw`${reflexive}(?:${group(reflexiveFinite)}|${ETRE}\s+${ADVERB}${group(reflexiveParticiple)}|${group(reflexiveGerund)})`]
      : []),
    ...(finite.length ? [group(finite)] : []),
    ...(bare.length ? [group(bare)] : []),
    ...(gerund.length ? [String.raw`(?:en\s+)?${group(gerund)}`] : []),
  ];
  return group(alternatives);
}

/** The forms of one French verb in the voices asked for (see `frenchEventVerbs`). */
export function frenchEventVerb(infinitive: string, voices: Voices = {}): string {
  return frenchEventVerbs([[infinitive, voices]]);
}
