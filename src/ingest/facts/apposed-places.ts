/**
 * A place in an apposition that names a group's unit or affiliation: "JNIM, al-Qaeda's branch in the Sahel", "X, the
 * Islamic State affiliate in Niger", "le FLN, branche d’AQMI au Sahel", "X (ACR), a unit of Y in the Gao region". The
 * place is where the group before the comma operates; the affiliation itself is read by apposed.ts and the trigger table.
 */
import type { Mention } from '../mentions/find-mentions.js';
import { placeReadings, placesAfter, type SentenceView } from './sentence-view.js';

const UNIT_NOUN =
  /(?<![\p{L}])(?:branch(?:es)?|affiliates?|franchises?|wing|units?|cells?|arm|province|emirate|branche|filiale|franchise|aile|antenne|cellule|unit[ée]|bras\s+arm[ée]|[ée]mirat|province)(?![\p{L}])/iu;
/** From the apposition's comma to the place: no clause break, the unit noun, then a locative preposition. */
const TO_PLACE =
  /^[^,;:()]*?(?:in|au|aux|à|en|dans)\s+(?:(?:the|la|le|les)\s+|l['’])?(?:(?:region|area|province|district|r[ée]gion|zone|cercle)\s+(?:of|de|du|d['’])\s*(?:the\s+)?)?$/iu;
/**
 * The apposition opens with the unit noun: a determiner, the name of the group it belongs to (an actor mention, here
 * "X"), a possessive and one adjective may come first. "an enemy of the AQIM branch in Libya" names another group's unit.
 */
const OPENS_WITH_UNIT = new RegExp(
  String.raw`^(?:(?:[Tt]he|[Aa]n?|[Ll][ae]|[Ll]['’]|[Uu]ne?)\s*)?(?:X\s*(?:['’]s?)?\s+)?(?:\p{Ll}[\p{L}-]*\s+)?${UNIT_NOUN.source}`,
  'u',
);
const HEAD_END = /^(?:\s*\([^()]{1,20}\))?\s*,\s*/u;
const GROUPS = new Set(['armed_group', 'coalition', 'other_org']);

/** `[group, place, trigger]` for each place a unit-of apposition locates its head in. */
export function apposedPlaces(view: SentenceView): [Mention, Mention, { start: number; end: number }][] {
  const out: [Mention, Mention, { start: number; end: number }][] = [];
  const places = placeReadings(view);
  for (const head of view.actors) {
    if (!GROUPS.has(head.type)) continue;
    const comma = HEAD_END.exec(view.text.slice(head.end - view.start));
    if (!comma) continue;
    const open = head.end + comma[0].length;
    const place = places.find((p) => p.start >= open && p.start - open <= 80);
    if (!place) continue;
    const phrase = view.text.slice(open - view.start, place.start - view.start);
    if (!TO_PLACE.test(phrase) || !OPENS_WITH_UNIT.test(withoutActors(view, open, phrase))) continue;
    // "X, the branch of Y in P" names Y inside the phrase: still X's place; an actor of another clause is not.
    if (view.actors.some((m) => m.start >= open && m.end <= place.start && m.type === 'person')) continue;
    for (const p of placesAfter(view, place.start, 0)) out.push([head, p, { start: open, end: place.start }]);
  }
  return out;
}

/** The phrase from `open` with each actor mention in it replaced by "X", so a group's name reads as one word. */
function withoutActors(view: SentenceView, open: number, phrase: string): string {
  let out = '';
  let at = 0;
  for (const m of view.actors) {
    if (m.start < open || m.end > open + phrase.length || m.start - open < at) continue;
    out += `${phrase.slice(at, m.start - open)}X`;
    at = m.end - open;
  }
  return out + phrase.slice(at);
}
