/**
 * French verb forms from the Lefff lexicon, as published in the npm package `french-verbs-lefff` (RosaeNLG; the data are
 * under the LGPL for linguistic resources and are read, never copied into this repository). About 7,800 verbs, each
 * with every tense and person, so that a trigger or a lemma table names a verb by its infinitive and any verb a report
 * uses is conjugated correctly, regular or not, instead of by rules and a list of exceptions written here.
 *
 * The table is parsed on first use (about 90 ms, 19 MB) rather than at import, so that commands which never read
 * French (the CLI's queries, the server's routes) do not pay for it.
 */
import { createRequire } from 'node:module';
import type { VerbInfo, VerbsInfo } from 'french-verbs-lefff';

let table: VerbsInfo | undefined;

function lexicon(): VerbsInfo {
  table ??= createRequire(import.meta.url)('french-verbs-lefff/dist/conjugations.json') as VerbsInfo;
  return table;
}

/** The forms a report can narrate an act with, for one verb. */
export interface FrenchVerbForms {
  /** Third person singular and plural of the present, imperfect and passé simple, without repeats. */
  finite: readonly string[];
  /** The past participle agreed in gender and number, masculine singular first ("pris", "pris", "prise", "prises"). */
  participles: readonly string[];
  /** The present participle ("attaquant"). */
  present: string;
}

const usable = (form: string | null | undefined): form is string => !!form && form !== 'NA';

/**
 * The spelling of the 1990 reform that reports use beside the traditional one in the present of verbs in -aître and
 * -oître: "nait" beside "naît", "connait" beside "connaît". The reform keeps the circumflex where it tells two words
 * apart ("croît" of croître against "croit" of croire) and in the passé simple ("prîtes"), so only a present form
 * ending in "ît" gets the variant, and not croître's.
 */
const reformed = (infinitive: string, present: string) => (present.endsWith('ît') && infinitive !== 'croître' ? `${present.slice(0, -2)}it` : present);

/** The forms of a verb given by its infinitive (without "se"); `undefined` when the lexicon does not hold it. */
export function frenchVerbForms(infinitive: string): FrenchVerbForms | undefined {
  const verb: VerbInfo | undefined = lexicon()[infinitive];
  if (!verb) return undefined;
  const third = (tense: (string | null)[] | undefined) => [tense?.[2], tense?.[5]].filter(usable);
  const finite = [...third(verb.P).flatMap((f) => [f, reformed(infinitive, f)]), ...third(verb.I), ...third(verb.J)];
  const participles = (verb.K ?? []).filter(usable);
  const present = (verb.G ?? []).find(usable);
  if (finite.length === 0 || participles.length === 0 || !present) return undefined;
  return { finite: [...new Set(finite)], participles: [...new Set(participles)], present };
}

/** Every inflected form of a verb that a text may show (finite forms of all persons in the narrative tenses, participles, infinitive). */
export function frenchVerbWords(infinitive: string): readonly string[] {
  const verb = lexicon()[infinitive];
  if (!verb) return [];
  const present = (verb.P ?? []).filter(usable).flatMap((f) => [f, reformed(infinitive, f)]);
  const words = [infinitive, ...present, ...(['I', 'J', 'K', 'G'] as const).flatMap((tense) => (verb[tense] ?? []).filter(usable))];
  return [...new Set(words)];
}
