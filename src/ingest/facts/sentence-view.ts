import type { DateMention } from '../dates/normalise-dates.js';
import type { Mention } from '../mentions/find-mentions.js';
import { compoundHead } from './compound-modifiers.js';
import { CLAUSE_BREAK } from './clause-break.js';
import { coordinated } from './coordinated.js';

// The subject finder and the clause marks live in files of their own; the finders of relations and events import them from here.
export { actorsBefore, clauseSubject, PARTICIPLE_OPENING } from './actors-before.js';
export { CLAUSE_BREAK } from './clause-break.js';

/** One sentence with what was found in it; offsets are UTF-16 indices into the document. */
export interface SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  actors: Mention[];
  places: Mention[];
  dates: DateMention[];
  /** The actor a sentence opening with "It" or "The group" most likely means: the previous sentence's first actor. */
  antecedent?: Mention;
  /** The place named last before this sentence, for "the city" or "la ville" when the sentence names none. */
  lastPlace?: Mention;
  /** Places the text names that the dataset lacks (villages, districts): they place an incident, but no event can point at them. */
  newPlaces?: Mention[];
  /** The last date of the sentence before, in the same paragraph: a sentence that goes on telling an incident keeps its date. */
  previousDate?: DateMention;
}

/** The actor or actors (of the kinds `fits` accepts) that start nearest after an offset, in the same clause. */
export function actorsAfter(view: SentenceView, at: number, maxGap = 60, fits: (m: Mention) => boolean = () => true): Mention[] {
  const nearest = view.actors.find((m) => m.start >= at && fits(m));
  if (!nearest) return [];
  const gap = view.text.slice(at - view.start, nearest.start - view.start);
  // "linked to the government's failure to reinforce the army": an actor inside an infinitive of another noun is not the object.
  if (gap.length > maxGap || CLAUSE_BREAK.test(gap) || INFINITIVE.test(gap)) return [];
  const actors = view.actors.filter(fits);
  return coordinated(view, compoundHead(view, nearest, actors), 1, actors);
}

/** An infinitive opening inside a noun phrase ("failure to reinforce", "capacité à contrôler"): a new verb, so a new clause. */
const INFINITIVE = /\p{L}\s+(?:to\s+(?!the\s|a\s|an\s)\p{Ll}+|(?:à|de|d['’])\s*\p{Ll}+(?:er|ir|re))\s/u;

/** The place or places (a list joined by commas and "and") that start within `maxGap` after an offset. */
export function placesAfter(view: SentenceView, at: number, maxGap = 25): Mention[] {
  const places = placeReadings(view);
  const nearest = places.find((m) => m.start >= at);
  if (!nearest || CLAUSE_BREAK.test(view.text.slice(at - view.start, nearest.start - view.start))) return [];
  // A description may stand before the list it announces ("overran the three largest towns of the north – A, B and C"),
  // as long as no actor stands between.
  const described =
    nearest.start - at <= 70 &&
    /[–—:]\s*$/.test(view.text.slice(0, nearest.start - view.start)) &&
    !view.actors.some((a) => a.start >= at && a.end <= nearest.start);
  // "headquartered in the northern Malian town of Kidal": a description of the place, however long.
  const named = () =>
    nearest.start - at <= 120 &&
    /^\s*(?:(?:in|at|near|around|dans|à|près\s+de)\s+)?(?:the|la|le|l['’])\s*(?:[\p{L}-]+\s+){0,3}(?:town|city|village|region|commune|area|locality|ville|r[ée]gion|localit[ée]|cercle|province)\s+(?:of|de|d['’])\s*$/iu.test(
      view.text.slice(at - view.start, nearest.start - view.start),
    );
  if (nearest.start - at > maxGap && !described && !named()) return [];
  return coordinated(view, nearest, 1, places);
}

/**
 * The sentence's places, with the place reading of a state's name that the mention finder read as the state ("active in
 * Mali, Niger and Burkina Faso"): only callers that have found a place phrase use it, so the state reading stays elsewhere.
 */
export function placeReadings(view: SentenceView): Mention[] {
  const states = view.actors.flatMap((m) => {
    // "Niger’s capital Niamey": the possessive names another place, the one after it.
    const possessive = /^['’]s?(?![\p{L}])/u.test(view.text.slice(m.end - view.start));
    const place = m.type === 'state' && !possessive ? m.alternatives?.find((a) => a.startsWith('place:')) : undefined;
    return place ? [{ ...m, kind: 'place' as const, id: place, type: 'country' }] : [];
  });
  return states.length === 0 ? view.places : [...view.places, ...states].sort((a, b) => a.start - b.start);
}

/** The first date the sentence gives, preferring a point or span to since/until. */
export function sentenceDate(view: SentenceView): DateMention | undefined {
  return view.dates[0];
}

/** Runs a pattern over a sentence, yielding document offsets of each match. */
export function* matchesIn(view: SentenceView, re: RegExp): Generator<{ start: number; end: number; text: string }> {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (const m of view.text.matchAll(global)) yield { start: view.start + m.index, end: view.start + m.index + m[0].length, text: m[0] };
}
