/**
 * A counted plural of states ("the three countries", "these states", « les trois pays », « ces États », "the two
 * juntas") stands for the states a list named before it: "Mali, Burkina Faso and Niger … The three countries then left
 * ECOWAS" gives each of them the relation. Annotators record the states; the mention reader often reads a country
 * name as the territory ("du Burkina Faso et du Niger"), so a listed country counts as its state here. The phrase is
 * read only when the list's size fits its number (or, without one, after a demonstrative): a wrong end is worse than a
 * missing one. Like the other references, these are never mentions, only ends for the relation view.
 */
import type { Actor } from '../../core/model/actor.js';
import type { Place } from '../../core/model/place.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { TaggedToken } from '../text/tagger.js';
import type { SentenceView } from './sentence-view.js';
import { validOf, type ExtractedRelation } from './extract-relations.js';
import type { Anaphor } from './subject.js';
import { countryStates } from './listed-countries.js';
import { NUMBER_WORDS } from './subject-words.js';

/** The numbers a counted plural of states may give: the group nouns' numbers, and five (the Sahel's G5). */
const COUNTS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, five: 5, cinq: 5 };
const B = String.raw`(?<![\p{L}\p{N}-])`;
const E = String.raw`(?![\p{L}\p{N}-])`;
/** Nouns of a state or its rulers, plural. "capitals" is left out: annotators keep a capital's government, not its state. */
const STATE_NOUNS = String.raw`countries|states|nations|juntas|regimes|governments|pays|[ée]tats|juntes|r[ée]gimes|gouvernements`;
/** One describing word may stand between ("the three Sahelian countries", « les trois États sahéliens »). */
const PHRASE = new RegExp(
  String.raw`${B}(?<det>the|these|those|both|les|ces|des|aux)\s+(?:(?<count>two|three|four|five|deux|trois|quatre|cinq)\s+)?(?:(?!${STATE_NOUNS}${E})[\p{Ll}-]+\s+)?(?<noun>${STATE_NOUNS})${E}`,
  'giu',
);
const DEMONSTRATIVES = new Set(['these', 'those', 'ces']);
/** "the three countries of the AES", « les trois pays de l’AES »: the body the counted states belong to follows. */
const OF_BODY = /^\s+(?:of|in|de|du|des|d['’]|de\s+la|de\s+l['’]|au\s+sein\s+(?:de|du|de\s+la|de\s+l['’]|d['’]))\s*(?:the\s+)?$/iu;
const BODIES = new Set(['international_org', 'coalition']);
/** What may join two listed countries: "Mali, Burkina Faso and Niger", « du Mali, du Burkina Faso et du Niger ». */
const JOINT = /^\s*(?:,|and|et|,\s*and|,\s*et)\s*(?:(?:the|of|du|de\s+la|des)\s+|de\s+l['’]\s*|l['’]\s*|le\s+|la\s+)?$/iu;

export class StateLists {
  /** The last list of two or more states, in reading order. */
  private last: Mention[] = [];

  private constructor(private readonly stateOfCountry: ReadonlyMap<string, Actor>) {}

  /** The reader for one document: each country of the dataset with the state of the same country code. */
  static from(actors: readonly Actor[], places: readonly Place[]): StateLists {
    return new StateLists(countryStates(actors, places));
  }

  /** The state a mention names: a state actor, or a country read as a place. */
  private stateOf(m: Mention): Mention | undefined {
    if (m.kind === 'actor') return m.type === 'state' ? m : undefined;
    const state = this.stateOfCountry.get(m.id);
    return state && { ...m, kind: 'actor', id: state.id, name: state.name, type: state.kind };
  }

  /** The lists of states of a sentence, in reading order, from its mentions that end before `until`. */
  private listsIn(view: SentenceView, until: number): Mention[][] {
    const named = [...view.actors, ...view.places].filter((m) => m.end <= until).sort((a, b) => a.start - b.start);
    const lists: Mention[][] = [];
    let list: Mention[] = [];
    let previous: Mention | undefined;
    for (const m of named) {
      const state = this.stateOf(m);
      const joined = previous !== undefined && JOINT.test(view.text.slice(previous.end - view.start, m.start - view.start));
      if (state && joined && !list.some((s) => s.id === state.id)) list.push(state);
      else {
        if (list.length >= 2) lists.push(list);
        list = state ? [state] : [];
      }
      previous = m;
    }
    if (list.length >= 2) lists.push(list);
    return lists;
  }

  /** The counted plurals of states in a sentence, each standing for every state of the list it counts. */
  in(view: SentenceView, tokens: readonly TaggedToken[], taken: readonly Mention[]): Anaphor[] {
    const out: Anaphor[] = [];
    for (const m of view.text.matchAll(PHRASE)) {
      const g = m.groups ?? {};
      const count = COUNTS[(g.count ?? '').toLowerCase()] ?? (g.det?.toLowerCase() === 'both' ? 2 : undefined);
      if (count === undefined && !DEMONSTRATIVES.has((g.det ?? '').toLowerCase())) continue;
      // "des trois pays", "aux deux États": the article is fused with a preposition; the phrase starts at the number.
      const start = view.start + (m.index ?? 0) + (/^(?:des|aux)$/iu.test(g.det ?? '') ? m[0].indexOf(g.count ?? g.noun ?? '') : 0);
      const end = view.start + (m.index ?? 0) + m[0].length;
      if (taken.some((t) => t.start < end && start < t.end)) continue;
      const here = this.listsIn(view, start).at(-1);
      const list = [here, this.last].find((l) => l !== undefined && l.length >= 2 && (count === undefined || l.length === count));
      if (!list) continue;
      const first = tokens.findIndex((t) => t.start >= start);
      const last = tokens.findLastIndex((t) => t.end <= end);
      if (first < 0 || last < first) continue;
      const surface = view.text.slice(start - view.start, end - view.start);
      for (const s of list) out.push({ mention: { ...s, start, end, surface, via: 'generated' }, first, last });
    }
    return out;
  }

  /** "the three countries of the AES": each counted state is a member of the body named right after the phrase. */
  memberships(view: SentenceView, plurals: readonly Anaphor[]): ExtractedRelation[] {
    const out: ExtractedRelation[] = [];
    for (const { mention: state } of plurals) {
      const body = view.actors.find((m) => m.start >= state.end && m.start - state.end <= 16);
      if (!body || !BODIES.has(body.type) || !OF_BODY.test(view.text.slice(state.end - view.start, body.start - view.start))) continue;
      const valid = validOf('member_of', view);
      out.push({ type: 'member_of', from: state, to: body, ...(valid ? { valid } : {}), sentence: view.index, trigger: { start: state.start, end: body.end } });
    }
    return out;
  }

  /** After a sentence: its last list of states is the one a later counted plural stands for. */
  update(view: SentenceView): void {
    const list = this.listsIn(view, view.end).at(-1);
    if (list) this.last = list;
  }
}
