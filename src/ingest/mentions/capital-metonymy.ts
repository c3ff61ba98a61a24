/**
 * A capital standing for its government ("Bamako asked MINUSMA to leave", "les autorités de Niamey ont dénoncé",
 * "les relations entre Bamako et Paris"): annotators give the government, or the state when the database has no
 * government of that country. A capital after a locative preposition ("in Bamako", "à Niamey") stays the town.
 * find-mentions.ts already reads a capital the database lists as a government's nickname in a few agent positions; this
 * covers capitals of any state, as subjects of a verb, as the seat of "authorities", and paired with another capital.
 */
import type { Place } from '../../core/model/place.js';
import { nameKeys } from '../text/tokens.js';
import { capitalCountry } from './capitals.js';
import type { Mention } from './find-mentions.js';
import type { Gazetteer, GazetteerEntry } from './gazetteer.js';
import { STATE_POSSESSIVE, governingVerbAfter } from './governing-verbs.js';

/**
 * Words before a capital that make it the seat of a government: "les autorités de Niamey". Annotators keep the town in
 * "the government in Bamako" and "the junta in Bamako", where "in" says where the government sits.
 */
const SEAT_BEFORE = /(?:authorities|government|regime|junta|rulers|autorités|gouvernement|régime|junte|pouvoir|dirigeants)\s+(?:of|de|d['’])\s*$/iu;
/**
 * Words before a capital that make it a party: "sanctions against Bamako", "pressure on Niamey". Annotators differ on
 * "an agreement with Ouagadougou" and "announced by Paris", so "with" and "by" are left to the nickname rule of find-mentions.ts.
 */
const PARTY_BEFORE = /(?:\b(?:against|contre|pressure\s+on|pression\s+sur)\s+)$/iu;
/**
 * Between two capitals of different states, after a noun of relations between states, the governments are meant:
 * "relations between Bamako and Paris", « les tensions entre Niamey et Paris »; "flights between Bamako and Paris" and
 * "a bus between Bamako and Dakar" name the towns.
 */
const BETWEEN_BEFORE =
  /\b(?:relations?|ties|talks|tensions?|dialogue|rapprochement|rift|dispute|row|negotiations?|agreements?|accords?|cooperation|crisis|pourparlers|brouille|différend|coopération|crise|rupture|entente)\s+(?:\p{Ll}+\s+){0,2}(?:between|entre)\s+$/iu;

interface Capital {
  mention: Mention;
  country: string;
}

/** The capital a mention names, with its country, or undefined. */
function capitalOf(m: Mention, placeOf: (id: string) => Place | undefined): Capital | undefined {
  if (m.kind !== 'place' || m.via === 'proposed') return undefined;
  const place = placeOf(m.id);
  const country = place?.country;
  if (!country || !/^(?:town|city)$/.test(place.kind)) return undefined;
  return capitalCountry(m.surface) === country ? { mention: m, country } : undefined;
}

/** The actor a capital stands for: the government the database names by the capital, else the state of its country. */
function governmentOf(capital: Capital, gazetteer: Gazetteer, placeOf: (id: string) => Place | undefined): GazetteerEntry | undefined {
  const actors = (keys: readonly string[]) =>
    gazetteer
      .lookup(keys, 0)
      .find((f) => f.length === keys.length)
      ?.entries.filter((e) => e.kind === 'actor') ?? [];
  const byNickname = actors(nameKeys(capital.mention.surface)).find((e) => e.via === 'nickname' && e.country === capital.country);
  if (byNickname) return byNickname;
  const parent = placeOf(capital.mention.id)?.parent;
  const countryName = parent ? placeOf(parent)?.name : undefined;
  return countryName ? actors(nameKeys(countryName)).find((e) => e.type === 'state' && e.country === capital.country) : undefined;
}

/** Whether the text makes this capital an agent: a seat of authorities, a party, one of two capitals, or a subject. */
function governs(text: string, c: Capital, all: readonly Capital[]): boolean {
  const { start, end } = c.mention;
  const before = text.slice(Math.max(0, start - 40), start);
  if (SEAT_BEFORE.test(before) || PARTY_BEFORE.test(before) || STATE_POSSESSIVE.test(text.slice(end, end + 60))) return true;
  // "Bamako and Ouagadougou tolerated …", "entre Bamako et Paris": two capitals of different states joined by "and".
  const partner = all.find(
    (o) =>
      o.country !== c.country &&
      /^\s*(?:,|and|et|,\s*and|,\s*et)\s*$/u.test(o.mention.start > end ? text.slice(end, o.mention.start) : text.slice(o.mention.end, start)),
  );
  const first = partner && partner.mention.start < start ? partner : c;
  const lastEnd = partner && partner.mention.start > start ? partner.mention.end : end;
  const firstBefore = text.slice(Math.max(0, first.mention.start - 60), first.mention.start);
  if (partner && BETWEEN_BEFORE.test(firstBefore)) return true;
  // A subject: nothing locative before the first capital of the pair, a finite verb after the last.
  if (/(?:\b(?:in|at|to|from|near|into|via|towards?|outside|around)|(?:^|[\s(])(?:à|au|vers|depuis|dans|de|d['’]|près\s+de|sur))\s*$/iu.test(firstBefore))
    return false;
  return governingVerbAfter(text.slice(lastEnd, lastEnd + 60));
}

/** The mentions with each capital that stands for its government read as that government (or its state). */
export function capitalsAsGovernments(text: string, mentions: readonly Mention[], gazetteer: Gazetteer, placeOf: (id: string) => Place | undefined): Mention[] {
  const capitals = mentions.map((m) => capitalOf(m, placeOf)).filter((c): c is Capital => c !== undefined);
  if (capitals.length === 0) return [...mentions];
  // Capitals find-mentions.ts already read as their state ("Bamako and Ouagadougou tolerated"): partners of a pair.
  const read = mentions.flatMap((m): Capital[] => {
    if (m.kind !== 'actor') return [];
    const country = capitalCountry(m.surface);
    return country ? [{ mention: m, country }] : [];
  });
  return mentions.map((m) => {
    const c = capitals.find((x) => x.mention === m);
    if (!c || !governs(text, c, [...capitals, ...read])) return m;
    const actor = governmentOf(c, gazetteer, placeOf);
    if (!actor) return m;
    return { ...m, kind: 'actor', id: actor.id, name: actor.name, type: actor.type, via: actor.via, alternatives: [m.id] };
  });
}
