/**
 * Whether a sentence tells one incident rather than a habit, a plan, a total or a campaign: the date nearest the trigger,
 * a toll, an exact place and someone named, in the combinations each kind of event needs; then the proposed event.
 */
import type { Mention } from '../mentions/find-mentions.js';
import type { EventType } from '../../core/vocab/event-types.js';
import { eventDate } from './event-date.js';
import { placeFor } from './event-place.js';
import { findFatalities } from './fatalities.js';
import { DIED, isAnnounced, isHabitual, isIntended, isPresentState, isTotal, isUndatedPlural } from './not-an-incident.js';
import { forceNamedByNoun } from './event-agents.js';
import { isPresentHabit } from './present-habits.js';
import type { SentenceView } from './sentence-view.js';
import { isViolent, type ExtractedEvent, type ExtractedParticipant, type TriggerAt } from './extracted-event.js';

const YEAR_ONLY = /^\d{4}(?:\/\d{4})?$/;
/** Acts that reports tell of people they do not name: a date or a place is enough. */
const UNNAMED_AT_A_SPOT = new Set<EventType>(['looting', 'peaceful_protest', 'sexual_violence', 'arrests']);
/** Movements of forces, which a report tells with a date or a place; without either they describe how a group acts. */
const MOVES = new Set<EventType>(['withdrawal', 'town_abandoned', 'deployment']);
// "se sont repliés vers Tinzaouatène", "withdrew to Aguelhok": a named place the dataset may lack (no i flag: \p{Lu} is a capital).
const TOWARDS_A_NAME = /^\s+(?:to|towards|from|into|out\s+of|vers|de|du|sur|à|en\s+direction\s+d[eu])\s+(?:the\s+|la\s+|le\s+|l['’])?\p{Lu}/u;
const FORCE_MOVES = new Set<EventType>(['deployment', 'withdrawal', 'town_abandoned', 'base_established', 'arrests']);

type Placed = { place: Mention; precision: 1 | 2 | 3 };

/** The event the trigger tells, dated and placed, or undefined when the sentence tells no incident. */
export function toldEvent(
  view: SentenceView,
  at: TriggerAt,
  type: EventType,
  participants: ExtractedParticipant[],
  located: Placed | undefined,
  placed: Placed | undefined,
): ExtractedEvent | undefined {
  const date = eventDate(view, at, type === 'adjudication');
  if (isIntended(view, at) || isHabitual(view, at, date)) return undefined;
  if (type === 'deployment' && !date && isPresentState(view, at)) return undefined;
  const fatalities = isViolent(type) ? findFatalities(view.text)?.fatalities : undefined;
  // "Dicko died in 2017": a death tells an incident only with a toll ("71 soldiers died at Inates").
  if (DIED.test(at.text) && !fatalities) return undefined;
  if (isViolent(type) && !fatalities && isUndatedPlural(view, at, date !== undefined)) return undefined;
  // « le JNIM combat l'EIS », "the two coalitions fight each other": fighting in the present, undated, is a rivalry.
  if (isViolent(type) && !date && !fatalities && isPresentHabit(view, at)) return undefined;
  if (isViolent(type) && isTotal(view, at, date, !placed || placed.precision === 3)) return undefined;
  // An incident is told with a date, a toll or an exact place: "fought the army around Boni" tells of none.
  if (isViolent(type) && !date && !fatalities && (!placed || placed.precision > 1)) return undefined;
  // "Barkhane fought JNIM and the ISGS in the Ménaka region in 2018": a year and a region tell a campaign, not an incident.
  if (isViolent(type) && date && YEAR_ONLY.test(date.edtf) && !fatalities && (!placed || placed.precision === 3)) return undefined;
  // "announced the withdrawal from Mali", "son retrait, décidé en juin": a departure to come.
  if ((type === 'withdrawal' || type === 'town_abandoned') && isAnnounced(view, at)) return undefined;
  // A coup is often told without naming its makers ("the March 2012 coup"); its date or place is enough.
  // A coup or an election is often told without naming who made it ("the March 2012 coup", "the 2013 elections"), and a
  // base without who set it up: a date or a place is enough.
  // Looting, a protest, rape and arrests are told of unnamed people ("des hommes armés", "des manifestants"), at a spot.
  // A state of emergency, a mobilisation or an independence is often told of a government or a leader the text does not name.
  const bare = (type === 'coup' || type === 'election' || type === 'other_strategic') && (date || placed);
  // A verdict names the accused, often a person the dataset lacks ("found Al Hassan guilty"): its date is enough.
  const ruled = type === 'adjudication' && date !== undefined;
  // "urban protests have flared" tells no protest: the unnamed need a date, or a town named right at the trigger.
  const spot = placeFor(view, at, true) ?? (view.newPlaces?.length ? placeFor({ ...view, places: view.newPlaces }, at, true) : undefined);
  // "On 3 May the army arrested 20 men in Tessit. The next morning troops withdrew.": a sentence that goes on telling a
  // dated incident dates the arrests, protest or move it adds. Not looting: arson told after a raid is the raid's own
  // (the development texts annotate "the assailants also set fire to the market" as part of the attack).
  const carried = !date && type !== 'looting' && (UNNAMED_AT_A_SPOT.has(type) || MOVES.has(type)) ? view.previousDate : undefined;
  const unnamed = UNNAMED_AT_A_SPOT.has(type) && (date || carried || spot?.precision === 1);
  // Forces moving, named by a common noun ("the last French troops left", "les soldats se sont retirés"): a date or a place is enough.
  const moved = FORCE_MOVES.has(type) && (date || carried || placed) && forceNamedByNoun(view, at);
  if (
    !isViolent(type) &&
    type !== 'agreement' &&
    participants.length === 0 &&
    !bare &&
    !ruled &&
    !unnamed &&
    !moved &&
    !(type === 'base_established' && placed)
  )
    return undefined;
  // "the group levies a tax on livestock markets", « où il prélève l'impôt »: a levy told without a date is how a group
  // governs, not an incident (no development text annotates one).
  if (type === 'taxation' && !date && !carried) return undefined;
  // "attacks army posts, then withdraws into the desert": a force moving with neither a date nor a place is a habit.
  if (MOVES.has(type) && !date && !carried && !placed && !TOWARDS_A_NAME.test(view.text.slice(at.end - view.start))) return undefined;
  const when = date ?? carried;
  return {
    type,
    ...(when ? { date: when.edtf } : {}),
    ...(located ? { place: located.place, placePrecision: located.precision } : {}),
    participants,
    ...(fatalities ? { fatalities } : {}),
    sentence: view.index,
    trigger: at,
  };
}
