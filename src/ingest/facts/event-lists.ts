/**
 * One trigger may tell several incidents: "captured Timbuktu on 28 June and Léré on 28 November", "Kidal fell on 30
 * March, Gao the next day, and Timbuktu on 1 April", "fought around Anéfis in 2015 and again for Kidal in July 2016",
 * "affronté les rebelles à Bourem et à Léré", "two raids around Anderamboukane on the 3rd and 9th of May". Each place of
 * a list after the event's place, and each date of a list joined to its date, is an incident of its own. English and French.
 */
import type { DateMention } from '../dates/normalise-dates.js';
import type { Mention } from '../mentions/find-mentions.js';
import type { ExtractedEvent } from './extracted-event.js';
import type { SentenceView } from './sentence-view.js';
import { withNewPlaces } from './new-places.js';

/** How far a list may run from one item to the next, in characters. */
const MAX_GAP = 60;
/** A date's own preposition goes with it ("on 30 March", "in July 2016", "le 3 mai", "the next day"). */
const DATE_LEAD = /(?:(?<![\p{L}])(?:on|in|by|during|le|en|au|courant|the))?\s*$/iu;
/** Words that repeat the act without naming a new one ("and again for Kidal", "puis de nouveau à Gao"). */
const REPEAT = /(?<![\p{L}])(?:again|also|later|then|subsequently|finally|lastly|encore|ensuite|de\s+nouveau|à\s+nouveau|aussi|enfin|finalement)(?![\p{L}])/giu;
/** What may stand between two items of a list once dates and repeat words are left out. */
// "and another at Sévaré", "and 89 more at Gao", « et une autre à Gao »: the act told again by ellipsis.
const LINK =
  /^[\s,]*(?:,|and|et|then|puis|as\s+well\s+as|ainsi\s+qu['’e])[\s,]*(?:(?:another|one\s+more|[\p{L}\d]+\s+more|une?\s+autre|[\p{L}\d]+\s+autres)\s+)?(?:(?:in|at|for|on|near|around|outside|à|au|aux|de|d['’]|du|des|en|dans|près\s+de|autour\s+de|pour)\s*)?(?:(?:the|la|le|les|l['’])\s*)?$/iu;
/** "à Kayes, la capitale régionale, à Diboli": a common noun set beside an item says what it is and breaks no list. */
const APPOSED = /^\s*,\s*(?:the|its|la|le|les|l['’]|sa|son)\s*[\p{Ll}\s'’-]{1,40},/u;
const HOLDER_OF =
  /(?<![\p{L}])(?:residents|inhabitants|villagers|people|civilians|villages|communes|localities|districts|zones?|areas?|habitants|villageois|civils|populations?|localit[ée]s|secteurs?)\s+(?:of|de|des|du|d['’])\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu;
const COUNTED =
  /^\s*,\s*(?:both|two|three|four|les\s+deux|deux|trois|quatre)\s+(?:[\p{L}-]+\s+)?(?:villages?|towns?|localities|communes?|localit[ée]s|hameaux|hamlets|sites?)(?![\p{L}])/iu;
const NEARBY = /^\s*,\s*(?:near|outside|around|close\s+to|not\s+far\s+from|près\s+de|autour\s+de|non\s+loin\s+de|aux\s+abords\s+de)\s/iu;
const ANOTHER_ACT = /(?<![\p{L}])(?:then|later|before|after|puis|ensuite|avant|après)(?![\p{L}])/iu;
/** A list after a dash or colon spells out the wide place before it ("the three largest cities of the north – A, B and C"). */
const SPELLED_OUT = /^\s*(?:[–—:]|,\s*(?:namely|notably|including|à\s+savoir|notamment))\s*$/iu;
const WIDE = ['region', 'area', 'country', 'cercle'];
const CLAUSE = /[;.]|\s(?:which|who|while|whereas|but|although|qui|que|tandis|mais)\s/iu;

/** The gap's text with the sentence's dates (and their prepositions) and repeat words left out. */
function bare(view: SentenceView, from: number, to: number): string {
  let text = '';
  let at = from;
  for (const d of view.dates) {
    if (d.end <= from || d.start >= to) continue;
    text += view.text.slice(at - view.start, Math.max(at, d.start) - view.start).replace(DATE_LEAD, ' ');
    at = Math.min(to, d.end);
  }
  text += view.text.slice(at - view.start, to - view.start);
  return text.replace(REPEAT, ' ');
}

/** The date that follows a place of the list before the next item, if any ("Léré on 28 November"). */
function ownDate(view: SentenceView, place: Mention, next: number): DateMention | undefined {
  return view.dates.find((d) => d.start >= place.end && d.end <= next && d.start - place.end <= 25);
}

/** How far after its trigger a town the dataset lacks may open the list. */
const NEW_LEAD = 80;
/** "Nioro du Sahel", "Gao of the north": a place joined to the item before by "of" alone belongs to that item's name. */
const OF_THE_ITEM = /^\s+(?:of|du|de|des|d['’])\s*(?:(?:the|la|le|l['’])\s*)?$/iu;

/**
 * The place that opens the list: the event's place, or a town the dataset lacks named nearer after the trigger
 * ("attaques à Kayes, à Diboli et à Niono" opens with Kayes, which has no record to point at).
 */
function listHead(view: SentenceView, event: ExtractedEvent): Mention | undefined {
  const first = event.place;
  // Not across a clause or a second act: "after the departure of the mission, then fought the rebels at Bourem".
  const nearer = view.newPlaces?.find(
    (p) =>
      p.start >= event.trigger.end &&
      p.start - event.trigger.end <= NEW_LEAD &&
      // "overran its positions near Ménaka and then massacred herders at Xa and Xb": the town after the trigger is its own.
      (!first || p.start < first.start || first.end <= event.trigger.start) &&
      !CLAUSE.test(view.text.slice(event.trigger.end - view.start, p.start - view.start)) &&
      !ANOTHER_ACT.test(view.text.slice(event.trigger.end - view.start, p.start - view.start)),
  );
  return nearer ?? first;
}

/** The places coordinated after the list's head, each with its own date when the list gives one; towns the dataset lacks count. */
function placeList(view: SentenceView, event: ExtractedEvent, first: Mention | undefined): { place: Mention; date?: DateMention }[] {
  // "between Boni and Hombori", "entre Boni et Hombori": two ends of one stretch of road, not two places.
  if (!first || /(?<![\p{L}])(?:between|entre)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(view.text.slice(0, first.start - view.start))) return [];
  // "residents of X, Y and Z", « les communes d'A, d'I et de T »: places that say whose the victims are or what an area
  // holds, not where each act took place.
  if (HOLDER_OF.test(view.text.slice(0, first.start - view.start))) return [];
  const items: { place: Mention; date?: DateMention }[] = [];
  let cursor = Math.max(first.end, event.trigger.end);
  const wide = WIDE.includes(first.type);
  const all = withNewPlaces(view).places;
  for (const place of all.filter((p) => p.start >= cursor)) {
    if (place.start - cursor > MAX_GAP) break;
    const gap = view.text.slice(cursor - view.start, place.start - view.start);
    if (OF_THE_ITEM.test(gap)) {
      cursor = place.end;
      continue;
    }
    if (CLAUSE.test(gap) || view.actors.some((a) => a.start >= cursor && a.end <= place.start)) break;
    // "à Aguelhok, dans la région de Kidal": a wider place after a town says where the town is.
    if (!wide && WIDE.includes(place.type)) break;
    const text = bare(view, cursor, place.start).replace(APPOSED, ',');
    // "near Aorema, outside Ouahigouya": a second place after a bare comma that says where the first lies.
    if (NEARBY.test(text)) break;
    if (!LINK.test(text) && !(items.length === 0 && wide && SPELLED_OUT.test(text))) break;
    const next = all.find((p) => p.start > place.end)?.start ?? view.end;
    const date = ownDate(view, place, next);
    items.push({ place, ...(date ? { date } : {}) });
    cursor = date && date.start < next ? date.end : place.end;
  }
  // "in A and B, two villages of the same district", « à A et B, deux localités voisines »: a count set after the list
  // names the places as one scene.
  if (items.length > 0 && COUNTED.test(view.text.slice(cursor - view.start))) return [];
  return items;
}

/** A subject right after a date: a determiner or a name ("the JNIM claimed", « le gouvernement a »). */
const CLAUSE_SUBJECT = /^\s+(?:the|a|an|its|their|le|la|les|l['’]|un|une|des|ses|leurs?|\p{Lu})/u;

/** Dates joined to the event's date with nothing but "and" between ("on the 3rd and 9th of May", "les 3 et 9 mai"). */
function dateList(view: SentenceView, event: ExtractedEvent): DateMention[] {
  // Only days: "in 2015 and 2016" is one span of fighting, "the 3rd and 9th of May" two raids.
  const first = view.dates.find((d) => d.edtf === event.date && /^\d{4}-\d{2}-\d{2}$/.test(d.edtf));
  if (!first) return [];
  const out: DateMention[] = [];
  let cursor = first;
  for (const d of view.dates.filter((x) => x.start >= first.end)) {
    const gap = view.text.slice(cursor.end - view.start, d.start - view.start);
    const joined = /^\s*(?:,|and|et|,\s*and)\s*(?:(?:on|le)\s+)?(?:the\s+)?$/iu.test(gap);
    if (!joined || !/^\d{4}-\d{2}-\d{2}$/.test(d.edtf)) break;
    // "on Friday, and on Saturday the JNIM claimed…": after a comma, a date followed by a subject opens a clause of its own.
    if (gap.includes(',') && CLAUSE_SUBJECT.test(view.text.slice(d.end - view.start))) break;
    out.push(d);
    cursor = d;
  }
  return out;
}

/** The event told at one place of a list; a town the dataset lacks has no record to point at, so the copy has no place. */
function placedAt(event: ExtractedEvent, place: Mention, date?: DateMention): ExtractedEvent {
  const copy: ExtractedEvent = { ...event, participants: [...event.participants], ...(date ? { date: date.edtf } : {}) };
  delete copy.place;
  delete copy.placePrecision;
  return place.via === 'proposed' ? copy : { ...copy, place, placePrecision: 1 };
}

/** The event and the incidents its trigger also tells, one per further place or date of a list. */
export function spreadOverLists(view: SentenceView, event: ExtractedEvent): ExtractedEvent[] {
  const head = listHead(view, event);
  const places = placeList(view, event, head);
  const wide = head !== undefined && WIDE.includes(head.type);
  const spelled = wide && places.length > 0 && SPELLED_OUT.test(bare(view, Math.max(head.end, event.trigger.end), places[0]?.place.start ?? 0));
  const copies = places.map(({ place, date }) => placedAt(event, place, date));
  // "– Kidal, Gao and Timbuktu": the spelled-out towns replace the wide place before them.
  if (spelled) return copies;
  // A head the dataset lacks places the event nowhere; the event's own place, further in the list, is one of the copies.
  if (copies.length > 0) return [head && head !== event.place ? placedAt(event, head) : event, ...copies];
  return [event, ...dateList(view, event).map((d) => ({ ...event, participants: [...event.participants], date: d.edtf }))];
}
