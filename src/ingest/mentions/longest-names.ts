/**
 * A longer organisation name that holds a known actor's name: a branch named after its parent ("Islamic State Sahel
 * Province", "l’État islamique au Sahel (EIS)"). Reading the parent and a place inside it would hide the branch, so the
 * longest name is proposed as an actor of its own when the database lacks it (a name the database holds is already
 * read whole, the gazetteer matching longest first).
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import type { Mention } from './find-mentions.js';
import type { ProposedActor } from './new-actors.js';

/** Words that end a branch's name written straight after its parent's: "… Sahel Province", "… West Africa Province". */
const BRANCH_HEADS = /^(?:province|branch|wilaya|wilayat|wilayah|emirate|division)$/i;
/** Kinds of known actor whose name a branch extends: organisations, not persons, states or communities. */
const PARENT_KINDS = new Set(['armed_group', 'coalition']);

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);

/**
 * "Islamic State Sahel Province": the parent, then up to three capitalised words ending in a branch head. Any
 * language, since the head says it is a name.
 */
function branchAfter(text: string, tokens: readonly Token[], at: number): number | undefined {
  for (let k = at; k < tokens.length && k < at + 4; k++) {
    const t = tokens[k] as Token;
    const gap = text.slice((tokens[k - 1] as Token).end, t.start);
    if (gap !== ' ' || !isCapitalised(t)) return undefined;
    if (k > at && BRANCH_HEADS.test(t.surface)) return k;
  }
  return undefined;
}

/**
 * "l’État islamique au Sahel": in French a region joined by "au" or "en" to a name the article governs whole is the
 * branch's name. Without the article the region says where ("les filiales d’al-Qaïda au Sahel"), and English writes
 * the branch's name without a preposition ("the Islamic State in the Sahel" is where the group acts).
 */
function frenchRegionAfter(text: string, tokens: readonly Token[], parent: Mention, at: number, places: readonly Mention[]): number | undefined {
  const before = text.slice(Math.max(0, parent.start - 4), parent.start);
  if (!/(?:^|[\s(])(?:l['’]|le\s|la\s)$/iu.test(before) && !/(?:^|\n)[\s–—•-]*$/u.test(text.slice(Math.max(0, parent.start - 6), parent.start)))
    return undefined;
  const prep = tokens[at];
  if (!prep || !/^(?:au|en)$/.test(prep.surface) || text.slice((tokens[at - 1] as Token).end, prep.start) !== ' ') return undefined;
  const region = places.find((p) => p.start === (tokens[at + 1] as Token | undefined)?.start);
  // A region or an area, not a town or a country: "au Mali" says where a group is; "au Sahel" names its province.
  if (!region || !/^(?:area|region)$/.test(region.type) || text.slice(prep.end, region.start) !== ' ') return undefined;
  const last = tokens.findIndex((t) => t.end === region.end);
  return last >= 0 ? last : undefined;
}

/** A code of capitals and digits ("G5"), the head of an organisation named after the region its members share. */
const CODE = /^\p{Lu}{1,3}\d{1,2}$/u;

/**
 * "G5 Sahel", « le G5 Sahel »: a code of capitals and digits joined to a region's name names the organisation of that
 * region's states, not the region; reading the region alone would hide it. A town after a code is a place ("RN16 Gao").
 */
function codedRegionNames(text: string, tokens: readonly Token[], places: readonly Mention[]): ProposedActor[] {
  const out: ProposedActor[] = [];
  for (const region of places) {
    if (!/^(?:area|region)$/.test(region.type)) continue;
    const code = tokens.findLast((t) => t.end <= region.start);
    if (!code || !CODE.test(code.surface) || text.slice(code.end, region.start) !== ' ') continue;
    const name = text.slice(code.start, region.end);
    out.push({ id: `actor:${slugOf(name)}`, name, kind: 'international_org', start: code.start, end: region.end, surface: name, cue: 'organisation' });
  }
  return out;
}

/** The known actor names that a longer organisation name holds, proposed as actors of their own. */
export function longerActorNames(text: string, tokens: readonly Token[], known: readonly Mention[]): ProposedActor[] {
  const out: ProposedActor[] = [];
  const places = known.filter((m) => m.kind === 'place');
  for (const parent of known) {
    if (parent.kind !== 'actor' || !PARENT_KINDS.has(parent.type)) continue;
    const next = tokens.findIndex((t) => t.start >= parent.end);
    if (next <= 0) continue;
    const last = branchAfter(text, tokens, next) ?? frenchRegionAfter(text, tokens, parent, next, places);
    if (last === undefined) continue;
    const end = (tokens[last] as Token).end;
    const name = text.slice(parent.start, end);
    // "(EIS)" right after the name is its acronym, so that the text's later "EIS" is read as the branch too.
    const acronym = /^\s*\(\s*(\p{Lu}[\p{Lu}\d-]{1,9})\s*\)/u.exec(text.slice(end, end + 16))?.[1];
    out.push({
      id: `actor:${slugOf(name)}`,
      name,
      kind: 'armed_group',
      ...(acronym ? { acronym } : {}),
      start: parent.start,
      end,
      surface: name,
      cue: 'organisation',
    });
  }
  return [...out, ...codedRegionNames(text, tokens, places)];
}
