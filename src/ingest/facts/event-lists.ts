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

/** How far a list may run from one item to the next, in characters. */
const MAX_GAP = 60;
/** A date's own preposition goes with it ("on 30 March", "in July 2016", "le 3 mai", "the next day"). */
const DATE_LEAD = /(?:(?<![\p{L}])(?:on|in|by|during|le|en|au|courant|the))?\s*$/iu;
/** Words that repeat the act without naming a new one ("and again for Kidal", "puis de nouveau à Gao"). */
const REPEAT = /(?<![\p{L}])(?:again|also|later|then|subsequently|encore|ensuite|de\s+nouveau|à\s+nouveau|aussi)(?![\p{L}])/giu;
/** What may stand between two items of a list once dates and repeat words are left out. */
const LINK =
  /^[\s,]*(?:,|and|et|then|puis|as\s+well\s+as|ainsi\s+qu['’e])[\s,]*(?:(?:in|at|for|on|near|around|outside|à|au|aux|de|d['’]|du|des|en|dans|près\s+de|autour\s+de|pour)\s*)?(?:(?:the|la|le|les|l['’])\s*)?$/iu;
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

/** The places coordinated after the event's place, each with its own date when the list gives one. */
function placeList(view: SentenceView, event: ExtractedEvent): { place: Mention; date?: DateMention }[] {
  const first = event.place;
  // "between Boni and Hombori", "entre Boni et Hombori": two ends of one stretch of road, not two places.
  if (!first || /(?<![\p{L}])(?:between|entre)\s+(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(view.text.slice(0, first.start - view.start))) return [];
  const items: { place: Mention; date?: DateMention }[] = [];
  let cursor = Math.max(first.end, event.trigger.end);
  const wide = WIDE.includes(first.type);
  for (const place of view.places.filter((p) => p.start >= cursor)) {
    if (place.start - cursor > MAX_GAP) break;
    const gap = view.text.slice(cursor - view.start, place.start - view.start);
    if (CLAUSE.test(gap) || view.actors.some((a) => a.start >= cursor && a.end <= place.start)) break;
    // "à Aguelhok, dans la région de Kidal": a wider place after a town says where the town is.
    if (!wide && WIDE.includes(place.type)) break;
    const text = bare(view, cursor, place.start);
    if (!LINK.test(text) && !(items.length === 0 && wide && SPELLED_OUT.test(text))) break;
    const next = view.places.find((p) => p.start > place.end)?.start ?? view.end;
    const date = ownDate(view, place, next);
    items.push({ place, ...(date ? { date } : {}) });
    cursor = date && date.start < next ? date.end : place.end;
  }
  return items;
}

/** Dates joined to the event's date with nothing but "and" between ("on the 3rd and 9th of May", "les 3 et 9 mai"). */
function dateList(view: SentenceView, event: ExtractedEvent): DateMention[] {
  // Only days: "in 2015 and 2016" is one span of fighting, "the 3rd and 9th of May" two raids.
  const first = view.dates.find((d) => d.edtf === event.date && /^\d{4}-\d{2}-\d{2}$/.test(d.edtf));
  if (!first) return [];
  const out: DateMention[] = [];
  let cursor = first;
  for (const d of view.dates.filter((x) => x.start >= first.end)) {
    const joined = /^\s*(?:,|and|et|,\s*and)\s*(?:(?:on|le)\s+)?(?:the\s+)?$/iu.test(view.text.slice(cursor.end - view.start, d.start - view.start));
    if (!joined || !/^\d{4}-\d{2}-\d{2}$/.test(d.edtf)) break;
    out.push(d);
    cursor = d;
  }
  return out;
}

/** The event and the incidents its trigger also tells, one per further place or date of a list. */
export function spreadOverLists(view: SentenceView, event: ExtractedEvent): ExtractedEvent[] {
  const places = placeList(view, event);
  const wide = event.place !== undefined && WIDE.includes(event.place.type);
  const spelled = wide && places.length > 0 && SPELLED_OUT.test(bare(view, Math.max(event.place?.end ?? 0, event.trigger.end), places[0]?.place.start ?? 0));
  const copies = places.map(({ place, date }) => ({
    ...event,
    participants: [...event.participants],
    place,
    placePrecision: 1 as const,
    ...(date ? { date: date.edtf } : {}),
  }));
  // "– Kidal, Gao and Timbuktu": the spelled-out towns replace the wide place before them.
  if (spelled) return copies;
  if (copies.length > 0) return [event, ...copies];
  return [event, ...dateList(view, event).map((d) => ({ ...event, participants: [...event.participants], date: d.edtf }))];
}
