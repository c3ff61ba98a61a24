import type { Actor } from '../core/model/actor.js';
import type { Place } from '../core/model/place.js';
import { findDates, type DateMention } from './dates/normalise-dates.js';
import { extractEvents, type ExtractedEvent } from './facts/extract-events.js';
import { mergeRestatements } from './facts/restatements.js';
import { foreignDepartures } from './facts/foreign-departures.js';
import { extractRelations, validOf, type ExtractedRelation } from './facts/extract-relations.js';
import { eventHostility } from './facts/event-hostility.js';
import { pairCandidates, type PairCandidate } from './facts/ranker/candidates.js';
import { KnownTies, type KnownTie } from './facts/ranker/known-ties.js';
import { RANKER, rankRelations, relationKey, type RankerModel } from './facts/ranker/rank-relations.js';
import { ForceReferences, keepsReference } from './facts/force-references.js';
import { DocumentSubject } from './facts/subject.js';
import { StateLists } from './facts/state-lists.js';
import { countryStates, listedCountries } from './facts/listed-countries.js';
import { HeadsOfState } from './facts/heads-of-state.js';
import { personRoles } from './facts/person-roles.js';
import type { SentenceView } from './facts/sentence-view.js';
import type { Mention } from './mentions/find-mentions.js';
import { Gazetteer } from './mentions/gazetteer.js';
import type { ProposedActor } from './mentions/new-actors.js';
import { readMentions } from './mentions/read-mentions.js';
import { detectLanguage } from './text/language.js';
import { splitSentences, type Sentence } from './text/sentences.js';
import { taggerFor } from './text/tagger.js';
import { tokenize } from './text/tokens.js';

export interface ExtractionInput {
  /** The document's normalised text (rule T1). */
  text: string;
  language?: string;
  /** The document's date in EDTF, which anchors relative dates. */
  documentDate?: string;
  actors: readonly Actor[];
  places: readonly Place[];
  /**
   * Ties the graph already records (type and ends): the ranker weighs a pair the graph links, so that a report
   * restating a recorded tie is proposed as support for it. None by default.
   */
  known?: readonly KnownTie[];
  /** Called between steps and every few sentences; throws to stop an extraction that has run too long. */
  checkTime?: () => void;
  /** The relation ranker's weights; the committed ones unless training passes others. */
  ranker?: RankerModel;
  /** Sees each sentence's candidate pairs and the relations the trigger table proposed there (for training the ranker). */
  onCandidates?: (view: SentenceView, candidates: PairCandidate[], proposed: ReadonlySet<string>) => void;
}

/** Everything the extractor finds in a document; offsets are UTF-16 indices into the text. */
export interface Extraction {
  language: string | undefined;
  words: number;
  sentences: Sentence[];
  mentions: Mention[];
  proposedActors: ProposedActor[];
  /** The outlets, monitors and persons the report cites as its sources, for the source's metadata; never actors. */
  cited: string[];
  dates: DateMention[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
}

/** Runs the whole extraction: sentences, mentions, new actors, dates, then relations and events per sentence. */
export function extract(input: ExtractionInput): Extraction {
  const { text } = input;
  const checkTime = input.checkTime ?? (() => undefined);
  const language = input.language ?? detectLanguage(text);
  const sentences = splitSentences(text, language);
  checkTime();
  const tokens = tokenize(text);
  const gazetteer = Gazetteer.from(input.actors, input.places);
  const placeById = new Map(input.places.map((p) => [p.id, p]));
  const { mentions, proposedActors, cited } = readMentions(text, tokens, gazetteer, (id) => placeById.get(id));
  checkTime();
  const dates = findDates(text, input.documentDate ? { documentDate: input.documentDate } : {});
  checkTime();
  const relations: ExtractedRelation[] = [];
  const events: ExtractedEvent[] = [];
  let m = 0;
  let d = 0;
  let antecedent: Mention | undefined;
  let lastPlace: Mention | undefined;
  let previous: { end: number; date: DateMention | undefined } | undefined;
  const tagger = taggerFor(language);
  const subject = new DocumentSubject();
  const ranker = input.ranker ?? RANKER;
  const known = input.known && input.known.length > 0 ? new KnownTies(input.known) : undefined;
  const forces = ForceReferences.from(input.actors, input.places, mentions, text);
  const heads = HeadsOfState.from(input.actors, input.places, mentions, text);
  const stateLists = StateLists.from(input.actors, input.places);
  const statesOfCountries = countryStates(input.actors, input.places);
  for (const s of sentences) {
    if (s.index % 256 === 255) checkTime();
    const inside: Mention[] = [];
    const sentenceDates: DateMention[] = [];
    while (m < mentions.length && (mentions[m]?.start ?? 0) < s.end) {
      const x = mentions[m++] as Mention;
      if (x.start >= s.start) inside.push(x);
    }
    while (d < dates.length && (dates[d]?.start ?? 0) < s.end) {
      const x = dates[d++] as DateMention;
      if (x.start >= s.start) sentenceDates.push(x);
    }
    const actors = inside.filter((x) => x.kind === 'actor');
    const view: SentenceView = {
      index: s.index,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      actors,
      // A place proposed from the text has no record yet for an event or a relation to point at.
      places: inside.filter((x) => x.kind === 'place' && x.via !== 'proposed'),
      newPlaces: inside.filter((x) => x.kind === 'place' && x.via === 'proposed'),
      dates: sentenceDates,
      ...(antecedent ? { antecedent } : {}),
      ...(lastPlace ? { lastPlace } : {}),
      // Only across a sentence break, not a paragraph's: a new paragraph may tell another incident.
      ...(previous?.date && !/\n\s*\n/u.test(text.slice(previous.end, s.start)) ? { previousDate: previous.date } : {}),
    };
    previous = { end: s.end, date: sentenceDates.at(-1) };
    lastPlace = view.places.at(-1) ?? lastPlace;
    antecedent = actors[0] ?? antecedent;
    const tagged = tagger.tag(view.text, view.start);
    const anaphors = subject.anaphors(view, tagged);
    // "the army", "l’armée burkinabè": a state's force named by a common noun, for relations only (events read their own nouns).
    const forceNouns = forces.in(view, tagged, [...view.actors, ...view.places, ...anaphors.map((a) => a.mention)]);
    // "the three countries", "ces pays": each state of the list named before, for relations only.
    const statePlurals = stateLists.in(view, tagged, [...view.actors, ...view.places, ...anaphors.map((a) => a.mention)]);
    // "Niger, Mali and Burkina Faso founded…": a country listed beside a state is that state too.
    const listedStates = listedCountries(view, tagged, statesOfCountries);
    const references = [...anaphors, ...forceNouns, ...statePlurals, ...listedStates];
    const candidates = pairCandidates(view, tagged, references, known);
    // "it", "its", "the group" stand for the document's subject wherever the trigger table looks for an actor.
    const withSubject =
      anaphors.length === 0 ? view : { ...view, actors: [...view.actors, ...anaphors.map((a) => a.mention)].sort((x, y) => x.start - y.start) };
    const withReferences =
      references.length === anaphors.length
        ? withSubject
        : { ...view, actors: [...view.actors, ...references.map((a) => a.mention)].sort((x, y) => x.start - y.start) };
    const stated = extractRelations(withReferences).filter((r) => keepsReference(r, forceNouns));
    // "President X", "the government of X": a head of state leads the state, which the sentence seldom names;
    // "X, a senior member of Y", "X, a JNIM commander": a person's role in a group.
    for (const r of [...heads.in(view), ...personRoles(view), ...stateLists.memberships(view, statePlurals)])
      if (!stated.some((x) => x.type === r.type && x.from.id === r.from.id && x.to.id === r.to.id)) stated.push(r);
    const proposed = new Set(stated.map((r) => relationKey(r.type, r.from.id, r.to.id)));
    input.onCandidates?.(view, candidates, proposed);
    relations.push(...stated);
    for (const r of rankRelations(candidates, proposed, ranker, s.index, (t) => validOf(t, view)))
      if (!proposed.has(relationKey(r.type, r.from.id, r.to.id)) && keepsReference(r, forceNouns)) relations.push(r);
    subject.update(view, tagged);
    stateLists.update(view);
    events.push(...extractEvents(withSubject));
  }
  const merged = mergeRestatements(foreignDepartures(events, input.actors, input.places), text);
  // An attack told in one sentence and claimed in another: the claimant is hostile to the force struck.
  const found = new Set(relations.map((r) => `${r.sentence}|${relationKey(r.type, r.from.id, r.to.id)}`));
  for (const r of eventHostility(merged, text, sentences)) {
    const key = `${r.sentence}|${relationKey(r.type, r.from.id, r.to.id)}`;
    if (found.has(key)) continue;
    found.add(key);
    relations.push(r);
  }
  // "Malian soldiers", "the junta" stood for their actor in relations and events, but name none.
  const named = mentions.filter((x) => !x.commonNoun);
  return {
    language,
    words: tokens.length,
    sentences,
    mentions: named,
    proposedActors,
    cited,
    dates,
    relations,
    events: merged,
  };
}
