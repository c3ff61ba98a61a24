/**
 * Groups named without an organisational word, which an apposition then says are groups: « les Koglweogo, ces groupes
 * d’autodéfense », "the Ruga Boys, a militia", « Dan Na Ambassagou, une milice dogon ». The group noun after the comma
 * makes the capitalised words before it a group's name.
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import type { ProposedActor } from './new-actors.js';
import { isFunctionOrCalendarWord } from './person-names.js';

/**
 * ", ces groupes d’autodéfense", ", a militia", ", an armed group", ", un mouvement rebelle": an apposition naming a group.
 * A definite article starts a clause's subject instead ("Under Jafar, the group grew").
 */
const GROUP_APPOSITION =
  /^\s*,\s+(?:(?:ces|des|un|une|cette|ce|a|an|these|this)\s+)?(?:(?!(?:the|le|la|les|l)\s)[\p{L}-]+\s+)?(?:groupes?|milices?|mouvements?|groups?|militias?|movements?)(?![\p{L}'’])/iu;

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}\p{Ll}/u.test(t.surface);

/** Groups named before a group apposition, outside what is already read (`taken`). */
export function apposedGroups(text: string, tokens: readonly Token[], taken: (start: number, end: number) => boolean): ProposedActor[] {
  const out: ProposedActor[] = [];
  for (let j = 0; j < tokens.length; j++) {
    const last = tokens[j] as Token;
    if (!isCapitalised(last) || !GROUP_APPOSITION.test(text.slice(last.end, last.end + 60))) continue;
    // Back over the name's other capitalised words ("Dan Na Ambassagou"), at most four in all.
    let i = j;
    while (i > 0 && j - i < 3 && isCapitalised(tokens[i - 1]) && /^[ -]$/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start))) i--;
    while (i <= j && isFunctionOrCalendarWord((tokens[i] as Token).key)) i++;
    if (i > j) continue;
    const first = tokens[i] as Token;
    // A sentence's first word may be capitalised for that alone ("Ensuite, des groupes …"): the name needs a word before it.
    if (/(?:^|[.!?:]\s*|\n\s*)$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && i === j) continue;
    if (taken(first.start, last.end)) continue;
    const name = text.slice(first.start, last.end);
    if (out.some((p) => p.name === name)) continue;
    out.push({ id: `actor:${slugOf(name)}`, name, kind: 'armed_group', start: first.start, end: last.end, surface: name, cue: 'organisation' });
  }
  return out;
}
