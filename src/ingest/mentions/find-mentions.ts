import { unwrapLines } from '../text/sentences.js';
import type { Token } from '../text/tokens.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { nameKeys } from '../text/tokens.js';
import { capitalCountry } from './capitals.js';
import { STATE_POSSESSIVE, governingVerbAfter } from './governing-verbs.js';

/** A place in the text where a known (or proposed) actor or place is named. Offsets are UTF-16. */
export interface Mention {
  kind: 'actor' | 'place';
  id: string;
  name: string;
  type: string;
  start: number;
  end: number;
  surface: string;
  via: GazetteerEntry['via'];
  /** Other readings the surface allowed, when one had to be chosen. */
  alternatives?: string[];
  /** A common noun phrase standing for the actor ("Malian soldiers"): for relations and events only (GazetteerEntry). */
  commonNoun?: true;
}

const LOCATIVE =
  /(?:^|[\s(])(?:in|at|near|around|across|throughout|into|to|from|towards?|outside|inside|within|of|between|and|en|à|au|aux|dans|vers|près\s+de|de|du|des|northern|southern|eastern|western|central|north|south|east|west|nord|sud|est|ouest)\s+(?:the\s+|la\s+|le\s+|l['’]\s*)?$/i;
/** A noun of a state's institutions or troops before "of"/"de": "the juntas of Niger", "l’ambassade de France", "a battalion from Chad". */
const ACTOR_OF =
  /(?:government|president|army|republic|people|minister|forces|state|authorities|juntas?|regimes?|embass(?:y|ies)|ambassadors?|troops|battalions?|contingents?|gouvernement|président|armée|peuple|ministre|autorités|juntes?|régimes?|ambassades?|ambassadeurs?|troupes|bataillons?|contingents?)\s+(?:of|from|de|du|d['’])\s*(?:the\s+)?$/iu;

/** Whether a surface may stand for a form: acronyms must be upper case, proper names capitalised. */
export function caseAllows(form: string, surface: string): boolean {
  const letters = form.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    const written = surface.replace(/[^\p{L}]/gu, '');
    // French writes acronyms read as words with one capital ("la Minusma", "l’Otan", "Aqmi").
    return written === written.toUpperCase() || (letters.length >= 4 && written === written.charAt(0).toUpperCase() + written.slice(1).toLowerCase());
  }
  // One-word names need their capital ("Platform" the coalition, not a platform); longer ones some capital.
  if (!/\s/.test(form.trim()) && (/^\p{Lu}/u.test(form) || letters.length <= 3)) return /^\p{Lu}/u.test(surface);
  if (/\p{Lu}/u.test(form)) return /\p{Lu}/u.test(surface);
  return true;
}

/**
 * French writes a people's name used as an adjective in lower case after its noun ("les rebelles touareg", "une milice
 * dogon", "des habitants peuls"): a community's one-word name may then be read without its capital.
 */
function isAdjectivalEthnonym(entry: GazetteerEntry, text: string, start: number, surface: string): boolean {
  if (entry.type !== 'community' || /\s/.test(entry.form) || !/^\p{Ll}+$/u.test(surface)) return false;
  return (
    /(?:^|\s)\p{Ll}{3,}\s+$/u.test(text.slice(Math.max(0, start - 30), start)) &&
    !/\b(?:de|du|des|le|la|les|un|une|en|et)\s+$/i.test(text.slice(Math.max(0, start - 5), start))
  );
}

/** Only punctuation that can sit inside a name may separate its words. */
function isContiguous(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const gap = text.slice(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0);
    if (!/^[\s\-–'’‘.]*$/.test(gap) || /\n\s*\n/.test(gap) || /\.\s/.test(gap) || gap.length > 4) return false;
  }
  return true;
}

/**
 * A match inside a longer acronym ("IS" in "IS-GS", "CMFPR" in "CMFPR-1") is not a mention; a name in a compound of
 * names ("Tuareg-Fulani violence", "MNLA/CMA-Government talks") is.
 */
function insideLargerWord(text: string, start: number, end: number): boolean {
  return (
    /^[-–][\p{Lu}\d]{1,2}(?![\p{L}\d])/u.test(text.slice(end, end + 4)) || /(?<![\p{L}\d])[\p{Lu}\d]{1,2}[-–]$/u.test(text.slice(Math.max(0, start - 4), start))
  );
}

export interface MentionContext {
  /** Country codes of the document by weight, to settle homonymous places. */
  countries?: ReadonlyMap<string, number>;
  /** Places already named in the document (their ids and parents), for the same purpose. */
  placeIds?: ReadonlySet<string>;
}

const PLACE_PREFERENCE: Record<string, number> = { town: 6, village: 5, commune: 5, site: 4, cercle: 3, area: 3, region: 2, country: 1 };

function choosePlace(entries: GazetteerEntry[], surface: string, context: MentionContext): GazetteerEntry | undefined {
  const saysRegion = /r[ée]gion|cercle|circle|province/i.test(surface);
  let best: GazetteerEntry | undefined;
  let bestScore = -Infinity;
  for (const e of entries) {
    let score = 0;
    if (e.country && context.countries) score += 10 * ((context.countries.get(e.country) ?? 0) / Math.max(1, ...context.countries.values()));
    if (e.parent && context.placeIds?.has(e.parent)) score += 4;
    if (context.placeIds?.has(e.id)) score += 2;
    score += saysRegion ? (e.type === 'region' || e.type === 'cercle' ? 6 : 0) : (PLACE_PREFERENCE[e.type] ?? 0);
    if (e.via === 'name') score += 1;
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best;
}

/** Words before a name that make it an agent or a party rather than a place: "by", "against", "favourable to", "instrument of". */
const AGENT_BEFORE =
  /(?:(?<![\p{L}])(?:by|against|with|par|contre|avec|pro|favorables?\s+à|hostiles?\s+à|proches?\s+de|alliés?\s+de|instrument\s+de|soutien(?:\s+\p{Ll}+)?\s+de|aide\s+de|appui\s+de|pressions?\s+sur|accus\p{Ll}*|allies\s+of|ally\s+of|instrument\s+of|(?:talks?|talking|negotiat\p{Ll}*)\s+(?:to|with)|support\s+(?:of|from)|help\s+(?:of|from)|pressure\s+on)[\s-]+)$/iu;
/**
 * A name in subject position that speaks or acts as a state: "Bamako's strategy", "Bamako, which accused …", "Bamako,
 * qui a dénoncé …", or a verb of state action after it (governing-verbs.ts), negated or after an auxiliary ("Paris will
 * not recall", "Bamako n’a pas confirmé"). "Bamako's streets" and "Bamako, which hosts the summit" stay the town.
 */
function agentAfter(after: string): boolean {
  if (STATE_POSSESSIVE.test(after)) return true;
  const relative = /^\s*,\s+(?:which|who|qui)(?![\p{L}\p{N}])/iu.exec(after);
  if (!relative) return false;
  // The verb of the relative clause, or the main verb after it: "Bamako, qui n’a jamais autorisé l’accès, rejette …".
  const clause = after.slice(relative[0].length);
  const close = /^[^,;.]{1,100},/u.exec(clause);
  return governingVerbAfter(clause) || (close !== null && governingVerbAfter(clause.slice(close[0].length)));
}

/** "in Niamey", "à Paris": the town where something is, whatever verb follows ("de Bamako" may name the government). */
const IN_PLACE = /(?:^|\s)(?:in|at|near|around|inside|outside|dans|à|en|près\s+de|autour\s+de)\s+$/iu;

function actsThere(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 60);
  return AGENT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || agentAfter(text.slice(end, end + 160)) || governingVerbAfter(after);
}

function choose(text: string, start: number, surface: string, entries: GazetteerEntry[], context: MentionContext): GazetteerEntry | undefined {
  const actors = entries.filter((e) => e.kind === 'actor');
  const places = entries.filter((e) => e.kind === 'place');
  if (places.length > 0 && actors.length > 0) {
    const before = text.slice(Math.max(0, start - 30), start);
    const locative = LOCATIVE.test(before) && !ACTOR_OF.test(before);
    const possessive = /^['’]s\b/.test(text.slice(start + surface.length, start + surface.length + 3));
    const onlyNicknames = actors.every((a) => a.via === 'nickname');
    // A capital standing for its government ("Bamako’s strategy", "negotiations opened by Bamako", "Bamako rejects") is the actor.
    // "some intermediaries in Niamey have suggested": after a locative preposition the verb is the clause's, not the capital's.
    if (onlyNicknames && !IN_PLACE.test(before) && actsThere(text, start, start + surface.length)) return actors[0];
    if ((locative && !possessive) || onlyNicknames) return choosePlace(places, surface, context);
  }
  // "in Moscow", "à Washington": a capital the gazetteer holds only as its state's nickname is there a town it lacks.
  if (places.length === 0 && actors.every((a) => a.via === 'nickname') && capitalCountry(surface) && IN_PLACE.test(text.slice(Math.max(0, start - 30), start)))
    return undefined;
  if (actors.length > 0) return actors.find((a) => a.via === 'name') ?? actors.find((a) => a.via !== 'nickname') ?? actors[0];
  return choosePlace(places, surface, context);
}

/**
 * "les cercles de Bankass, de Koro et de Bandiagara", "the cercles of Bankass and Koro", "les régions de Mopti, Ségou
 * et Tombouctou": a district noun before a list makes each name of the list that district, not its town.
 */
const DISTRICT_LIST_BEFORE =
  /(?<![\p{L}])(?<noun>[Cc]ercles?|[Cc]ircles?|[Rr][ée]gions?)\s+(?:de\s+|d['’]\s*|du\s+|of\s+(?:the\s+)?)(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*|,?\s+(?:et|and)\s+)(?:de\s+|d['’]\s*)?)*$/u;

function districtOfList(text: string, start: number, surface: string, gazetteer: Gazetteer): GazetteerEntry | undefined {
  const noun = DISTRICT_LIST_BEFORE.exec(text.slice(Math.max(0, start - 160), start))?.groups?.noun;
  if (!noun) return undefined;
  const kind = /^c/i.test(noun) ? 'cercle' : 'region';
  const keys = nameKeys(`${kind} de ${surface}`);
  const full = gazetteer.lookup(keys, 0).find((f) => f.length === keys.length);
  return full?.entries.find((e) => e.kind === 'place' && e.type === kind);
}

/** A verb of speech right after a name: "Boni said", "Boni a déclaré". */
const SPEECH_AFTER =
  /^\s+(?:(?:has|had)\s+)?(?:said|says|told|tells|added|adds|explained|explains|declared|declares|insisted|recalled|stated|states|noted|argued|wrote|replied|(?:a|avait)\s+(?:déclaré|dit|affirmé|expliqué|ajouté|indiqué|précisé|confié|raconté|assuré|répondu)|déclare|affirme|explique|ajoute|indique|précise|raconte|confie|répond)(?![\p{L}\p{N}])/iu;

/**
 * A town that speaks is a person of the same name ("Boni said", "Mao a déclaré"): places do not talk. A capital may
 * (its government, capital-metonymy.ts), and so may a country (its state), so only smaller places are left out.
 */
function isSpeaker(text: string, start: number, end: number, surface: string, entry: GazetteerEntry): boolean {
  if (!/^(?:town|village|commune|site)$/.test(entry.type) || capitalCountry(surface) || !SPEECH_AFTER.test(text.slice(end, end + 40))) return false;
  // "Residents of Sebba told": the town names where the speakers are from.
  return !LOCATIVE.test(text.slice(Math.max(0, start - 30), start));
}

/** Every mention of a gazetteer entry, longest match first, in reading order. */
export function findMentions(text: string, tokens: readonly Token[], gazetteer: Gazetteer, context: MentionContext = {}): Mention[] {
  const keys = tokens.map((t) => t.key);
  // A hard-wrapped report breaks names across lines ("central \n\nMali"): words join where its lines do.
  const flat = unwrapLines(text);
  const mentions: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (const { length, entries } of gazetteer.lookup(keys, i)) {
      const first = tokens[i];
      const last = tokens[i + length - 1];
      if (!first || !last || !isContiguous(flat, tokens, i, i + length - 1)) continue;
      const surface = text.slice(first.start, last.end);
      if (insideLargerWord(text, first.start, last.end)) continue;
      const allowed = entries.filter((e) => caseAllows(e.form, surface) || isAdjectivalEthnonym(e, text, first.start, surface));
      const chosen = choose(text, first.start, surface, allowed, context);
      if (!chosen) continue;
      if (chosen.kind === 'place' && isSpeaker(text, first.start, last.end, surface, chosen)) continue;
      const entry = chosen.kind === 'place' ? (districtOfList(flat, first.start, surface, gazetteer) ?? chosen) : chosen;
      const others = [...new Set(allowed.map((e) => e.id))].filter((id) => id !== entry.id);
      mentions.push({
        kind: entry.kind,
        id: entry.id,
        name: entry.name,
        type: entry.type,
        start: first.start,
        end: last.end,
        surface,
        via: entry.via,
        ...(others.length ? { alternatives: others } : {}),
        ...(entry.commonNoun ? { commonNoun: true as const } : {}),
      });
      matched = length;
      break;
    }
    i += matched || 1;
  }
  return mentions;
}

/** The countries and places a document names unambiguously, to settle the ambiguous ones. */
export function documentContext(
  mentions: readonly Mention[],
  places: (id: string) => { country?: string | undefined; parent?: string | undefined } | undefined,
): MentionContext {
  const countries = new Map<string, number>();
  const placeIds = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== 'place' || m.alternatives) continue;
    const place = places(m.id);
    placeIds.add(m.id);
    if (place?.parent) placeIds.add(place.parent);
    if (place?.country) countries.set(place.country, (countries.get(place.country) ?? 0) + 1);
  }
  return { countries, placeIds };
}
