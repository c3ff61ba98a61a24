/**
 * Every form in which a French report narrates an act with a verb, generated from the infinitive, so that the event
 * triggers are written once per lemma: the third person of the present (encyclopedias narrate in it: "le MNLA s’empare
 * de Kidal"), imperfect and passé simple; the compound past and pluperfect ("ont attaqué", "avaient enlevé"); the passive
 * ("a été attaqué", "sont tués", "fut reprise"); the bare participle ("attaqué par", "des soldats tués"); the present
 * participle and gerund ("tuant", "en attaquant"); and the pronominal forms ("s’est emparé", "se sont emparés",
 * "s’emparent"). Regular verbs of the first and second groups are conjugated by rule; the irregular ones events need are
 * listed. No future or conditional: they tell of no act.
 */

interface Forms {
  /** Third-person finite forms: present, imperfect, passé simple, singular and plural. */
  finite: readonly string[];
  /** The past participle, masculine singular; agreement adds e, s, es (or es alone after s: "pris" → "prise", "prises"). */
  participle: string;
  /** The present participle ("attaquant"). */
  present: string;
}

const IRREGULAR: Readonly<Record<string, Forms>> = {
  prendre: { finite: ['prend', 'prennent', 'prenait', 'prenaient', 'prit', 'prirent'], participle: 'pris', present: 'prenant' },
  abattre: { finite: ['abat', 'abattent', 'abattait', 'abattaient', 'abattit', 'abattirent'], participle: 'abattu', present: 'abattant' },
  combattre: { finite: ['combat', 'combattent', 'combattait', 'combattaient', 'combattit', 'combattirent'], participle: 'combattu', present: 'combattant' },
  détruire: { finite: ['détruit', 'détruisent', 'détruisait', 'détruisaient', 'détruisit', 'détruisirent'], participle: 'détruit', present: 'détruisant' },
  tendre: { finite: ['tend', 'tendent', 'tendait', 'tendaient', 'tendit', 'tendirent'], participle: 'tendu', present: 'tendant' },
  dissoudre: { finite: ['dissout', 'dissolvent', 'dissolvait', 'dissolvaient', 'dissolut', 'dissolurent'], participle: 'dissous', present: 'dissolvant' },
  naître: { finite: ['naît', 'nait', 'naissent', 'naissait', 'naissaient', 'naquit', 'naquirent'], participle: 'né', present: 'naissant' },
  conquérir: { finite: ['conquiert', 'conquièrent', 'conquérait', 'conquéraient', 'conquit', 'conquirent'], participle: 'conquis', present: 'conquérant' },
  faire: { finite: ['fait', 'font', 'faisait', 'faisaient', 'fit', 'firent'], participle: 'fait', present: 'faisant' },
  ouvrir: { finite: ['ouvre', 'ouvrent', 'ouvrait', 'ouvraient', 'ouvrit', 'ouvrirent'], participle: 'ouvert', present: 'ouvrant' },
  élire: { finite: ['élit', 'élisent', 'élisait', 'élisaient', 'élut', 'élurent'], participle: 'élu', present: 'élisant' },
  fuir: { finite: ['fuit', 'fuient', 'fuyait', 'fuyaient', 'fuirent'], participle: 'fui', present: 'fuyant' },
  rejoindre: { finite: ['rejoint', 'rejoignent', 'rejoignait', 'rejoignaient', 'rejoignit', 'rejoignirent'], participle: 'rejoint', present: 'rejoignant' },
  mettre: { finite: ['met', 'mettent', 'mettait', 'mettaient', 'mit', 'mirent'], participle: 'mis', present: 'mettant' },
  perdre: { finite: ['perd', 'perdent', 'perdait', 'perdaient', 'perdit', 'perdirent'], participle: 'perdu', present: 'perdant' },
  fondre: { finite: ['fond', 'fondent', 'fondait', 'fondaient', 'fondit', 'fondirent'], participle: 'fondu', present: 'fondant' },
  inscrire: { finite: ['inscrit', 'inscrivent', 'inscrivait', 'inscrivaient', 'inscrivit', 'inscrivirent'], participle: 'inscrit', present: 'inscrivant' },
  voir: { finite: ['voit', 'voient', 'voyait', 'voyaient', 'vit', 'virent'], participle: 'vu', present: 'voyant' },
  rompre: { finite: ['rompt', 'rompent', 'rompait', 'rompaient', 'rompit', 'rompirent'], participle: 'rompu', present: 'rompant' },
  conduire: { finite: ['conduit', 'conduisent', 'conduisait', 'conduisaient', 'conduisit', 'conduisirent'], participle: 'conduit', present: 'conduisant' },
};

/** Verbs built on an irregular one with a prefix ("reprendre" on "prendre", "reconquérir" on "conquérir"). */
const PREFIXED = /^(re|dé|sur)(prendre|conquérir|mettre)$/u;

const VOWELS = 'aeiouyéèêâîôû';

function firstGroup(infinitive: string): Forms {
  const stem = infinitive.slice(0, -2);
  // "intégrer" → "intègre", "enlever" → "enlève": the stem's last e or é opens before a silent ending.
  const open = stem.replace(new RegExp(`[eé]([^${VOWELS}]+)$`, 'u'), 'è$1');
  // "déployer" → "déploie", "envoyer" → "envoie": y turns to i before a silent ending.
  const silent = open.endsWith('oy') || open.endsWith('uy') ? `${open.slice(0, -1)}i` : open;
  // "diriger" → "dirigea", "lancer" → "lança": a soft g or c keeps its sound before a and o.
  const soft = stem.endsWith('g') ? `${stem}e` : stem.endsWith('c') ? `${stem.slice(0, -1)}ç` : stem;
  return {
    finite: [`${silent}e`, `${silent}ent`, `${soft}ait`, `${soft}aient`, `${soft}a`, `${stem}èrent`],
    participle: `${stem}é`,
    present: `${soft}ant`,
  };
}

function secondGroup(infinitive: string): Forms {
  const stem = infinitive.slice(0, -2);
  return {
    finite: [`${stem}it`, `${stem}issent`, `${stem}issait`, `${stem}issaient`, `${stem}irent`],
    participle: `${stem}i`,
    present: `${stem}issant`,
  };
}

/** Verbs of the second group among those the triggers use; every other -ir verb is listed as irregular. */
const SECOND_GROUP = new Set(['périr', 'envahir', 'anéantir', 'saisir', 'investir', 'bannir', 'punir', 'affaiblir', 'établir', 'rétablir', 'finir']);

/** The forms of one verb; throws for a verb neither listed nor regular, so that a new trigger cannot fail silently. */
export function frenchForms(infinitive: string): Forms {
  const irregular = IRREGULAR[infinitive];
  if (irregular) return irregular;
  const prefixed = PREFIXED.exec(infinitive);
  const base = prefixed ? IRREGULAR[prefixed[2] as string] : undefined;
  if (prefixed && base) {
    const p = prefixed[1] as string;
    return { finite: base.finite.map((f) => p + f), participle: p + base.participle, present: p + base.present };
  }
  if (infinitive.endsWith('er')) return firstGroup(infinitive);
  if (SECOND_GROUP.has(infinitive)) return secondGroup(infinitive);
  throw new Error(`unsupported french verb: ${infinitive}`);
}

/** The participle with its agreements: "tué|tuée|tués|tuées", "pris|prise|prises", "dissous|dissoute|dissoutes". */
function agreed(participle: string): string {
  if (participle === 'dissous') return '(?:dissous|dissoute|dissoutes)';
  if (participle.endsWith('s')) return `${participle}(?:es?)?`;
  return `${participle}(?:e|s|es)?`;
}

/** An adverb the auxiliary may take before the participle ("ont finalement repris", "a de nouveau été attaqué"). */
const ADVERB = String.raw`(?:(?:d[ée]j[àa]|aussi|encore|également|longtemps|alors|ensuite|ainsi|enfin|bien|presque|de\s+nouveau|à\s+nouveau|finalement|notamment|récemment|rapidement|officiellement|progressivement|totalement|complètement|partiellement|violemment|simultanément|brièvement|temporairement|massivement|entièrement|largement|en\s+partie)\s+)?`;
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
    const pp = agreed(forms.participle);
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
