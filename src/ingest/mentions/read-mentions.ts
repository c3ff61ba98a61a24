/**
 * All the names a document gives, in one pass: known actors and places from the gazetteer, the actors and places it
 * introduces (acronym definitions, organisational names, persons by title or by name shape, villages and districts),
 * a person's later mentions by family name alone, and nothing inside what the report cites as its sources.
 */
import type { Place } from '../../core/model/place.js';
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import { isDemonymPhrase } from './demonyms.js';
import { documentContext, findMentions, type Mention } from './find-mentions.js';
import type { Gazetteer } from './gazetteer.js';
import { proposeActors, type ProposedActor } from './new-actors.js';
import { looksLikePersonName, personNames } from './person-names.js';
import { placeNames } from './place-names.js';
import { citedNames, isCitedAt, isOutletName, overlapsAny, sourceSpans, type Span } from './sources.js';
import { surnameMentions } from './surnames.js';
import { directionalAreas } from './directional-areas.js';
import { longerActorNames } from './longest-names.js';
import { capitalsAsGovernments } from './capital-metonymy.js';
import { undefinedAcronyms } from './undefined-acronyms.js';
import { isTranslatedName } from './translated-names.js';
import { venueNames } from './venues.js';
import { featurePlaces } from './feature-places.js';
import { apposedGroups } from './apposed-groups.js';
import { distributedDistricts, textDefinedAliases } from './text-aliases.js';

export interface MentionReading {
  mentions: Mention[];
  proposedActors: ProposedActor[];
  /** What the report cites as its sources (outlets, monitors, researchers, cited authors): source metadata. */
  cited: string[];
}

/** A mention the report does not make of an actor or place: a cited source, or a demonym used as a noun ("the French"). */
function isSourceOrDemonym(m: Mention, sources: readonly Span[]): boolean {
  return overlapsAny(m, sources) || (m.kind === 'actor' && (isOutletName(m.name) || isOutletName(m.surface))) || isDemonymPhrase(m.surface);
}

/** Reads every mention of the document; proposals are added to `gazetteer` so that each of their occurrences is found. */
export function readMentions(text: string, tokens: readonly Token[], gazetteer: Gazetteer, placeOf: (id: string) => Place | undefined): MentionReading {
  const first = findMentions(text, tokens, gazetteer);
  // An outlet's name inside a longer known name ("Liberation" in "… for the Liberation of Azawad") is that name's word.
  const sources = sourceSpans(text, tokens).filter((s) => !first.some((m) => m.start <= s.start && s.end <= m.end && m.end - m.start > s.end - s.start));
  const context = documentContext(first, placeOf);
  const known = findMentions(text, tokens, gazetteer, context).filter((m) => !isSourceOrDemonym(m, sources));

  const proposedActors: ProposedActor[] = [];
  const translations: { name: string; of: ProposedActor }[] = [];
  // A branch named after a known parent ("Islamic State Sahel Province") is read whole, before anything inside it.
  // "État islamique au Sahel" after "Islamic State Sahel Province": the second name of a group already proposed.
  const propose = (p: ProposedActor) => {
    const same = p.kind !== 'person' && proposedActors.find((q) => q.kind !== 'person' && q.id !== p.id && isTranslatedName(q.name, p.name));
    if (same) translations.push({ name: p.name, of: same });
    else proposedActors.push(p);
  };
  for (const p of longerActorNames(text, tokens, known)) if (!proposedActors.some((q) => q.id === p.id || overlapsAny(p, [q]))) propose(p);
  for (const p of proposeActors(text, tokens, known)) {
    if (overlapsAny(p, proposedActors)) continue;
    if (overlapsAny(p, sources) || isOutletName(p.name) || (p.acronym !== undefined && isOutletName(p.acronym))) continue;
    // An organisation that publishes the report's figures, or that the report quotes, is its source.
    if (p.cue !== 'person' && isCitedAt(text, p)) {
      sources.push({ start: p.start, end: p.end });
      continue;
    }
    propose(p);
  }
  const aliases = textDefinedAliases(text, tokens, known);
  const taken = (start: number, end: number) =>
    overlapsAny({ start, end }, known) ||
    overlapsAny({ start, end }, proposedActors) ||
    overlapsAny({ start, end }, sources) ||
    overlapsAny({ start, end }, aliases);
  const seen = new Set(proposedActors.map((p) => p.id));
  for (const p of apposedGroups(text, tokens, taken)) {
    if (!seen.has(p.id)) proposedActors.push(p);
    seen.add(p.id);
  }
  for (const n of personNames(text, tokens, taken)) {
    const p: ProposedActor = { id: `actor:${slugOf(n.name)}`, name: n.name, kind: 'person', start: n.start, end: n.end, surface: n.name, cue: 'person' };
    if (!seen.has(p.id)) proposedActors.push(p);
    seen.add(p.id);
  }
  for (const p of undefinedAcronyms(text, tokens, taken)) if (!isOutletName(p.name) && !seen.has(p.id)) proposedActors.push(p);
  // A landform's phrase holds a known name ("la boucle du Niger"), which does not block it; a known name around it does.
  const features = featurePlaces(
    text,
    (start, end) =>
      overlapsAny({ start, end }, [...proposedActors, ...sources, ...aliases]) ||
      known.some((k) => k.start < end && start < k.end && (k.start < start || k.end > end || (k.start === start && k.end === end))),
  );
  const venues = venueNames(text, tokens, (start, end) => taken(start, end) || overlapsAny({ start, end }, features));
  const sites = [...features, ...venues];
  const places = [...sites, ...placeNames(text, tokens, (start, end) => taken(start, end) || overlapsAny({ start, end }, sites), looksLikePersonName)];

  for (const p of proposedActors) {
    const entry = { kind: 'actor' as const, id: p.id, type: p.kind, name: p.name, via: 'proposed' as const };
    gazetteer.add(p.name, { ...entry, form: p.name });
    if (p.acronym) gazetteer.add(p.acronym, { ...entry, form: p.acronym });
  }
  for (const { name, of } of translations) gazetteer.add(name, { kind: 'actor', id: of.id, type: of.kind, name: of.name, via: 'proposed', form: name });
  for (const p of places) gazetteer.add(p.name, { kind: 'place', id: p.id, type: p.type, name: p.name, via: 'proposed', form: p.name });
  for (const a of aliases) gazetteer.add(a.surface, { ...a.entry, via: 'alias', form: a.surface });

  const changed = proposedActors.length > 0 || translations.length > 0 || places.length > 0 || aliases.length > 0;
  const found = (changed ? findMentions(text, tokens, gazetteer, context) : known).filter((m) => !isSourceOrDemonym(m, sources));
  const withSurnames = [...found, ...surnameMentions(text, tokens, found).filter((m) => !overlapsAny(m, sources))];
  const districts = distributedDistricts(text, tokens, withSurnames, gazetteer);
  const read = [...withSurnames, ...districts].sort((a, b) => a.start - b.start);
  const areas = directionalAreas(text, read, gazetteer);
  const placed = [...read.filter((m) => !areas.drop.includes(m)), ...areas.add].sort((a, b) => a.start - b.start);
  const mentions = capitalsAsGovernments(text, placed, gazetteer, placeOf);
  return { mentions, proposedActors: proposedActors.sort((a, b) => a.start - b.start), cited: citedNames(text, sources) };
}
