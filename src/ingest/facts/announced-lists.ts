/**
 * Lists a sentence announces before a colon or a dash: "three groups joined the coalition: A, B and C", « la coalition
 * compte trois membres : A, B et C », "X is made up of three movements — A, B and C". The counted noun phrase stands
 * for each actor of the list, so any relation the phrase takes part in is read once per item.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import type { SentenceView } from './sentence-view.js';
import { PLURAL_NOUNS, PLURAL_NUMBERS } from './subject-words.js';

/** The counted phrase at token k ("three groups", "trois principaux mouvements") and the actors listed after it. */
export interface AnnouncedList {
  /** Tokens the phrase takes from k. */
  length: number;
  members: Mention[];
}

const COUNTS = new Set([...PLURAL_NUMBERS, 'five', 'six', 'several', 'cinq', 'plusieurs']);
/** Nouns that count members, beside the plural group nouns "both groups" and "les deux mouvements" read. */
const MEMBER_NOUNS = new Set(['members', 'components', 'membres', 'composantes', 'entities', 'entités', 'forces', 'states', 'countries', 'pays', 'états']);
/** From the phrase to the colon or dash: one clause, no full stop or semicolon. */
const TO_ANNOUNCEMENT = /^[^.;:—–]{0,120}?(?:\s*:\s|\s[—–]\s)/u;
/** Between two items: a comma or "and"/"et", an enumerator "(ii)", an article. */
const ITEM_JOINT = /^\)?\s*(?:[,;]\s*)?(?:(?:and|et|as\s+well\s+as|ainsi\s+que)\s+)?(?:\(?[ivx\d]{1,4}\)\s*)?(?:(?:the|le|la|les)\s+|l['’])?$/iu;
/** Before the first item: an enumerator or an article only. */
const FIRST_ITEM = /^\s*(?:\(?[ivx\d]{1,4}\)\s*)?(?:(?:the|le|la|les)\s+|l['’])?$/iu;

/** The list announced by a counted noun phrase at token k, if a colon or dash follows it within the clause. */
export function announcedList(view: SentenceView, tokens: readonly TaggedToken[], k: number): AnnouncedList | undefined {
  if (!COUNTS.has((tokens[k] as TaggedToken).lower)) return undefined;
  // "three key members", "trois principaux mouvements": one describing word may come before the noun.
  const length = isCounted(tokens[k + 1]) ? 2 : isCounted(tokens[k + 2]) ? 3 : 0;
  const last = tokens[k + length - 1];
  if (length === 0 || !last) return undefined;
  const after = view.text.slice(last.end - view.start);
  const announcement = TO_ANNOUNCEMENT.exec(after);
  if (!announcement) return undefined;
  const from = last.end + announcement[0].length;
  const items = view.actors.filter((m) => m.start >= from && m.type !== 'community');
  const members: Mention[] = [];
  let previous: Mention | undefined;
  for (const m of items) {
    const between = view.text.slice((previous?.end ?? from) - view.start, m.start - view.start);
    // "National Movement for the Liberation of Azawad (MNLA)": the acronym names the same item.
    if (previous && m.id === previous.id && /^\s*\(\s*$/u.test(between)) {
      previous = m;
      continue;
    }
    if (!(previous ? ITEM_JOINT : FIRST_ITEM).test(between)) break;
    if (!members.some((x) => x.id === m.id)) members.push(m);
    previous = m;
  }
  return members.length >= 2 ? { length, members } : undefined;
}

const isCounted = (t: TaggedToken | undefined) => t !== undefined && (PLURAL_NOUNS.has(t.lower) || MEMBER_NOUNS.has(t.lower));
