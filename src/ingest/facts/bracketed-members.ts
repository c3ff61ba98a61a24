/**
 * Members listed right after the whole they form, in brackets or between dashes: "the Sahel Union (Mali, Niger and
 * Chad)", « la Coordination – le FLN, la Brigade et l'Union – ». Each item is a member of the whole named before the
 * bracket, and of nothing a verb before the whole governs: in « le Cadre réunit la Coordination – A, B et C – », A, B and C
 * are the Coordination's members, not the Cadre's.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { coordinated } from './coordinated.js';
import type { SentenceView } from './sentence-view.js';

/** A whole whose members a bracket may list: a coalition or an organisation of states. */
const WHOLES = new Set(['coalition', 'international_org']);
/** What a bracket may list: groups, forces and states, not persons or communities. */
const ITEMS = new Set(['armed_group', 'coalition', 'state', 'state_force', 'other_org']);
/** From the whole to its first member: an opening bracket or a spaced dash, maybe an article. */
const OPENER = /^\s*(?:\(|\s[–—]|,\s*(?:namely|à\s+savoir|soit)\s*:?)\s*(?:(?:the|le|la|les)\s+|l['’])?$/iu;
/** A closing bracket or dash between two items ends the list. */
const CLOSER = /[)–—]/u;

export interface BracketedList {
  whole: Mention;
  members: Mention[];
  /** From the whole's end to the last member's end. */
  trigger: { start: number; end: number };
}

/** Each bracketed list of members that follows the name of a whole in one sentence. */
export function bracketedMembers(view: SentenceView): BracketedList[] {
  const out: BracketedList[] = [];
  const gap = (a: Mention, b: Mention) => view.text.slice(a.end - view.start, b.start - view.start);
  view.actors.forEach((whole, i) => {
    const first = view.actors[i + 1];
    if (!WHOLES.has(whole.type) || !first || !OPENER.test(gap(whole, first))) return;
    const list = coordinated(view, first, 1);
    // Stop at the bracket or dash that closes the list: what follows is the sentence going on.
    const end = list.findIndex((m, k) => k > 0 && CLOSER.test(gap(list[k - 1] as Mention, m)));
    const members = end < 0 ? list : list.slice(0, end);
    // One name in brackets is an acronym or a gloss ("the Union (UP)"); a list names two members or more.
    if (members.length < 2 || !members.every((m) => ITEMS.has(m.type) && m.id !== whole.id)) return;
    out.push({ whole, members, trigger: { start: whole.end, end: (members.at(-1) as Mention).end } });
  });
  return out;
}

/** Whether a membership of `member` in `whole` is one a bracketed list gives to another whole, named after the trigger. */
export function listedElsewhere(lists: readonly BracketedList[], member: Mention, whole: Mention, trigger: { end: number }): boolean {
  return lists.some((l) => l.whole.id !== whole.id && trigger.end <= l.whole.start && l.members.some((m) => m.id === member.id));
}
