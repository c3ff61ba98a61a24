/**
 * Persons introduced by a title or a function: "General X Ag Y", "leader Iyad Ag Ghali", "le colonel X", and the
 * function with its complement ("le ministre de la Défense X", "the president of the transition, X,").
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import type { ProposedActor } from './new-actors.js';

const NAME_PARTICLES = new Set(['ag', 'ould', 'ben', 'bin', 'ibn', 'al', 'el', 'abu', 'abou', 'dit', 'wuld', 'mint', 'walet', 'bint', 'de', 'le', 'la']);
/** Titles and functions that introduce a person, English and French. */
const PERSON_TITLES = [
  'General',
  'Gen',
  'Colonel',
  'Col',
  'Lieutenant',
  'Lt',
  'Major',
  'Maj',
  'Captain',
  'Capt',
  'Commander',
  'Cmdr',
  'Sergeant',
  'Sgt',
  'President',
  'Prime Minister',
  'Minister',
  'Sheikh',
  'Cheikh',
  'Imam',
  'Emir',
  'Amir',
  'Dr',
  'Governor',
  'Mayor',
  'Chief',
  'Ambassador',
  'Secretary-General',
  'Marabout',
  'Général',
  'Capitaine',
  'Commandant',
  'Président',
  'Ministre',
  'Gouverneur',
  'Maire',
  'Chef',
  'Adjudant',
  'Colonel-Major',
  'lieutenant',
  'sergent',
  'adjudant',
  'leader',
  'founder',
  'co-founder',
  'spokesman',
  'spokesperson',
  'commander',
  'emir',
  'chief',
  'head',
  'deputy',
  'militant',
  'preacher',
  'jihadist',
  'général',
  'colonel',
  'capitaine',
  'commandant',
  'chef',
  'fondateur',
  'porte-parole',
  'émir',
  'dirigeant',
  'prédicateur',
];
/** Abbreviated titles take a full stop ("Gen. X"); after any other title a full stop ends the sentence ("… its commander. In May"). */
const ABBREVIATED_TITLES = ['Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Cmdr', 'Sgt', 'Dr'];
const TITLE_RE = new RegExp(
  `(?<![\\p{L}])(${PERSON_TITLES.map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?:(?<=(?<![\\p{L}])(?:${ABBREVIATED_TITLES.join('|')}))\\.)?\\s+$`,
  'u',
);

/** French writes military ranks in lower case before a family name alone: « le capitaine Traoré », « le colonel Goïta ». */
const FRENCH_RANKS = new Set(['général', 'colonel', 'capitaine', 'commandant', 'lieutenant', 'adjudant', 'sergent']);
/**
 * A function with its complement before a full name: "le ministre de la Défense X", "the minister of defence X",
 * "le président de la transition, X", "the head of the High Islamic Council, X".
 */
const TITLE_PHRASE_RE =
  /(?<![\p{L}])(minister|ministre|president|président|chief|chef|head|leader|commander|commandant|spokesman|porte-parole|secretary|secrétaire|governor|gouverneur|mayor|maire|emir|émir|founder|fondateur|dirigeant)\s+(?:of\s+(?:the\s+)?|de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+)(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+(?:\s*,)?\s+$/iu;

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);
const gapIs = (text: string, a: Token, b: Token, re: RegExp) => re.test(text.slice(a.end, b.start));

/** Words that make a title word part of an institution's name: "the General Staff", "the General Assembly". */
const INSTITUTIONS_AFTER_TITLE = new Set(['staff', 'assembly', 'secretariat', 'directorate', 'command', 'headquarters', 'inspectorate', 'prosecutor']);

/** Persons after a title or function: "General X Ag Y", "leader Iyad Ag Ghali", "le colonel X". */
export function titledPersons(text: string, tokens: readonly Token[], isOrgWord: (key: string) => boolean): ProposedActor[] {
  const out: ProposedActor[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !isCapitalised(t) || isOrgWord(t.key) || INSTITUTIONS_AFTER_TITLE.has(t.key)) continue;
    const direct = TITLE_RE.exec(text.slice(Math.max(0, t.start - 30), t.start))?.[1];
    // The complement ends before the name: "le ministre de la Défense" is not followed by the name at "Défense".
    const complementEnds = !/(?:^|\s)(?:la|le|les|l['’]|the|du|de|des|of|d['’])\s*$/iu.test(text.slice(Math.max(0, t.start - 5), t.start));
    const phrase = direct || !complementEnds ? undefined : TITLE_PHRASE_RE.exec(text.slice(Math.max(0, t.start - 70), t.start))?.[1];
    const title = direct ?? phrase;
    if (!title) continue;
    let j = i;
    while (j + 1 < tokens.length && j - i < 5) {
      const b = tokens[j + 1] as Token;
      if (!gapIs(text, tokens[j] as Token, b, /^[ \-'’]$/)) break;
      if (isCapitalised(b) || NAME_PARTICLES.has(b.key)) j++;
      else break;
    }
    while (j > i && NAME_PARTICLES.has(tokens[j]?.key ?? '') && !isCapitalised(tokens[j])) j--;
    // "leader Kouffa" is too thin without a title proper or a French rank; a function's complement needs a full name.
    if (j === i && (phrase !== undefined || (!/^\p{Lu}/u.test(title) && !FRENCH_RANKS.has(title)))) continue;
    const first = t;
    const last = tokens[j] as Token;
    const name = text.slice(first.start, last.end);
    if (name.split(/\s+/).some((w) => isOrgWord(w.toLowerCase()))) continue;
    out.push({
      id: `actor:${slugOf(name)}`,
      name,
      kind: 'person',
      title: title.replace(/\.$/, ''),
      start: first.start,
      end: last.end,
      surface: name,
      cue: 'person',
    });
    i = j;
  }
  return out;
}
