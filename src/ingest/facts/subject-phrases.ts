/** Phrases of a sentence that the document's subject reads: its opening actor, lists, plural, latter and army phrases. */
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import type { SentenceView } from './sentence-view.js';
import {
  ARMY_DETERMINERS,
  ARMY_NOUNS,
  CLITIC_AUXILIARIES,
  ARMED,
  CLITIC_VERBS,
  COALITION_NOUNS,
  GROUP_NOUNS,
  LIST_JOINT,
  ORGANISATION_NOUNS,
  PLURAL_DETERMINERS,
  PLURAL_NOUNS,
  PLURAL_NUMBERS,
} from './subject-words.js';

export const isGroup = (m: Mention) => m.kind === 'actor' && m.type !== 'person' && m.type !== 'community' && m.type !== 'state';

/**
 * The group a sentence leaves most in view, for "ce mouvement" in the next: the last one named, unless it is only the
 * complement of a noun ("la branche sahélienne d’al-Qaïda", "a faction of AQIM") and another group is not.
 */
export function salientGroup(view: SentenceView): Mention | undefined {
  const groups = view.actors.filter(isGroup);
  const complement = (m: Mention) => GENITIVE_BEFORE.test(view.text.slice(Math.max(0, m.start - view.start - 24), m.start - view.start));
  return groups.findLast((m) => !complement(m)) ?? groups.at(-1);
}
/** A noun then "of", "de", "d’", "du", "des" right before a name: the name is the noun's complement. */
const GENITIVE_BEFORE = /\p{L}{3,}\s+(?:of\s+(?:the\s+)?|d['’]|de\s+(?:la\s+|l['’])?|du\s+|des\s+)$/iu;

/** "X, the Dogon militia", "Y, un mouvement armé": the group noun an apposition gives the actor right before it. */
export function describedGroups(view: SentenceView): [string, Mention][] {
  const out: [string, Mention][] = [];
  for (const m of view.actors.filter(isGroup)) {
    const phrase = APPOSED_NOUN.exec(view.text.slice(m.end - view.start, m.end - view.start + 60));
    // The noun may follow an adjective or a community: "the Dogon militia", "un mouvement armé".
    const noun = (phrase?.[1] ?? '')
      .toLowerCase()
      .split(/\s+/u)
      .find((w) => GROUP_NOUNS.has(w));
    if (noun && fitsGroupNoun(noun, m)) out.push([noun, m]);
  }
  return out;
}
const APPOSED_NOUN = /^\)?\s*,\s*(?:the|a|an|le|la|l['’]|un|une)\s*((?:[\p{L}-]+\s*){1,3})/u;

/** Whether a group noun ("group", "milice", "coalition", "organisation") can stand for this actor, by its kind. */
export function fitsGroupNoun(noun: string, m: Mention): boolean {
  if (ORGANISATION_NOUNS.has(noun)) return isGroup(m);
  // "la coalition" may be a coalition the dataset records as a group of states ("l’alliance" of three countries).
  if (COALITION_NOUNS.has(noun)) return m.type === 'coalition' || m.type === 'armed_group' || m.type === 'international_org';
  return ARMED.has(m.type ?? '');
}

/**
 * The actor a sentence opens with, within its first four words: its subject, unless a preposition stands before it
 * ("À la différence d’Ansar Dine, il…", "Unlike X, the group…"); a date may ("In 2012 AQIM…").
 */
export function openingActor(view: SentenceView, tokens: readonly TaggedToken[]): Mention | undefined {
  // "10 December 2019 – The ISGS overruns…", "Mars 2022 — Le groupe…": a chronology's date and dash come before the sentence.
  const dateline = DATELINE.exec(view.text)?.[0].length ?? 0;
  const words = tokens.filter((t) => t.start - view.start >= dateline).slice(0, 4);
  const first = view.actors.find((m) => words.some((t) => t.start === m.start));
  if (!first) return undefined;
  const lead = view.text.slice(dateline, first.start - view.start);
  return OPENING_LEAD.test(lead) ? first : undefined;
}
const DATELINE = /^(?:\d{1,2}(?:er)?\s+)?(?:\p{L}+\s+)?\d{4}\s*[–—-]\s+/u;
const OPENING_LEAD = /^(?:(?:in|en|on|le|by|since|depuis|from|dès)\s+[^,]{0,24}?,?\s*)?(?:(?:the|le|la|les|l['’])\s*)?$/iu;

/** A phrase opening a sentence before its subject: "Since its creation,", "Under his leadership,", "Depuis sa création,". */
// The possessive comes right after the preposition or its noun ("Since its", "Under the leadership of its", "Sous la
// direction de son"): a phrase that reaches a verb first ("In 2017 its units joined X, …") is the main clause.
const FRONTED_PHRASE =
  /^(?:Since|Under|After|Before|Following|Despite|During|Throughout|Upon|Depuis|Sous|Apr[èe]s|Avant|Lors|D[èe]s|Malgr[ée]|Pendant|Durant)\s+(?:(?:the|la|le|l['’])\s*[\p{L}-]+\s+(?:of|de|du|d['’])\s*)?(?:its|his|her|their|son|sa|ses|leurs?)\s[^,;:.]{0,60},\s*/u;

/** The subject a fronted possessive points forward to: the actor right after the opening phrase's comma. */
export function forwardSubject(view: SentenceView): Mention | undefined {
  const phrase = FRONTED_PHRASE.exec(view.text);
  if (!phrase) return undefined;
  const after = view.actors.find((m) => m.start - view.start >= phrase[0].length);
  if (!after || !/^(?:(?:the|le|la|les)\s+|l['’])?$/iu.test(view.text.slice(phrase[0].length, after.start - view.start))) return undefined;
  return after.type === 'person' || isGroup(after) ? after : undefined;
}

/** "celui-ci", "celle-ci", "ce dernier", "cette dernière", "the latter" at token k: how many tokens the phrase takes. */
export function latterPhrase(tokens: readonly TaggedToken[], k: number): number {
  const t = (tokens[k] as TaggedToken).lower;
  if ((t === 'celui' || t === 'celle') && tokens[k + 1]?.lower === '-' && tokens[k + 2]?.lower === 'ci') return 3;
  if (t === 'celui-ci' || t === 'celle-ci') return 1;
  const next = tokens[k + 1]?.lower;
  if ((t === 'ce' && next === 'dernier') || (t === 'cette' && next === 'dernière') || (t === 'the' && next === 'latter')) return 2;
  return 0;
}

/** The groups named together in a sentence, in reading order: its first list of two or more. */
export function listIn(view: SentenceView): Mention[] {
  const groups = view.actors.filter((m) => m.type !== 'person');
  for (let i = 0; i < groups.length; i++) {
    const list = [groups[i] as Mention];
    for (let j = i + 1; j < groups.length; j++) {
      const a = groups[j - 1] as Mention;
      const b = groups[j] as Mention;
      if (!LIST_JOINT.test(view.text.slice(a.end - view.start, b.start - view.start))) break;
      if (!list.some((m) => m.id === b.id)) list.push(b);
    }
    if (list.length >= 2) return list;
  }
  return [];
}

/** "both", "both groups", "the two movements", "les deux organisations" at token k: how many tokens the phrase takes. */
export function pluralPhrase(tokens: readonly TaggedToken[], k: number): number {
  const t = tokens[k] as TaggedToken;
  const next = tokens[k + 1]?.lower;
  if (t.lower === 'both') return next !== undefined && PLURAL_NOUNS.has(next) ? 2 : next === 'of' || next === 'and' ? 0 : 1;
  // "these groups", "ces milices": a demonstrative needs no number.
  if ((t.lower === 'these' || t.lower === 'those' || t.lower === 'ces') && next !== undefined && PLURAL_NOUNS.has(next)) return 2;
  if (!PLURAL_DETERMINERS.has(t.lower) || next === undefined || !PLURAL_NUMBERS.has(next)) return 0;
  const noun = tokens[k + 2]?.lower;
  return noun !== undefined && PLURAL_NOUNS.has(noun) ? 3 : 0;
}

/** "l’a", "l’avait" before a participle, or "le"/"la" before a verb of leading, founding or joining: an object clitic. */
export function objectClitic(tokens: readonly TaggedToken[], k: number): boolean {
  const t = (tokens[k] as TaggedToken).lower;
  const next = tokens[k + 1]?.lower ?? '';
  if (t === 'l' && (next === '’' || next === "'")) return CLITIC_AUXILIARIES.has(tokens[k + 2]?.lower ?? '') && CLITIC_VERBS.test(tokens[k + 3]?.lower ?? '');
  return (t === 'le' || t === 'la') && CLITIC_VERBS.test(next);
}

/** "the army", "the military", "l’armée", "les militaires", "les soldats" at token k: how many tokens the phrase takes. */
export function armyPhrase(tokens: readonly TaggedToken[], k: number): number {
  const t = tokens[k] as TaggedToken;
  if (!ARMY_DETERMINERS.has(t.lower)) return 0;
  const apostrophe = tokens[k + 1]?.lower === '’' || tokens[k + 1]?.lower === "'";
  const noun = tokens[k + (apostrophe ? 2 : 1)];
  if (!noun || !ARMY_NOUNS.has(noun.lower)) return 0;
  // "the military capabilities", "the army chief": the word qualifies another noun.
  const after = tokens[k + (apostrophe ? 3 : 2)];
  if (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && /^\p{L}/u.test(after.lower)) return 0;
  return apostrophe ? 3 : 2;
}
