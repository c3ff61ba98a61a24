/**
 * Proposes actors the database does not know: names defined with an acronym ("Movement for the
 * Salvation of Azawad (MSA)"), organisational names (movement, front, coalition, council, group,
 * brigade, katiba…) and persons introduced by a title or function ("General", "leader of").
 */
import type { ActorKind } from '../../core/vocab/actor-kinds.js';
import type { Token } from '../text/tokens.js';
import type { Mention } from './find-mentions.js';
import { slugOf } from '../../core/text/slug.js';
import { titledPersons } from './titled-persons.js';
import { syllabicDefinitions } from './syllabic-acronyms.js';

export interface ProposedActor {
  id: string;
  name: string;
  kind: ActorKind;
  acronym?: string;
  /** The title or function the text gives a person: "General", "spokesman". */
  title?: string;
  start: number;
  end: number;
  surface: string;
  /** What found it. */
  cue: 'acronym' | 'organisation' | 'person';
}

/** Words that make a capitalised phrase an organisation, English and French, with the kind they suggest. */
const ORG_HEADS: Record<string, ActorKind> = {
  movement: 'armed_group',
  movements: 'coalition',
  mouvement: 'armed_group',
  mouvements: 'coalition',
  front: 'armed_group',
  fronts: 'coalition',
  coalition: 'coalition',
  coordination: 'coalition',
  alliance: 'coalition',
  platform: 'coalition',
  plateforme: 'coalition',
  union: 'coalition',
  council: 'armed_group',
  conseil: 'armed_group',
  group: 'armed_group',
  groupe: 'armed_group',
  groups: 'coalition',
  brigade: 'armed_group',
  brigades: 'armed_group',
  katiba: 'armed_group',
  katibat: 'armed_group',
  battalion: 'armed_group',
  bataillon: 'armed_group',
  militia: 'armed_group',
  milice: 'armed_group',
  army: 'armed_group',
  armee: 'armed_group',
  forces: 'armed_group',
  ansar: 'armed_group',
  jamaat: 'armed_group',
  jama: 'armed_group',
  congress: 'armed_group',
  congres: 'armed_group',
  committee: 'other_org',
  company: 'other_org',
  compagnie: 'other_org',
  comite: 'other_org',
  party: 'other_org',
  parti: 'other_org',
  rally: 'other_org',
  rassemblement: 'other_org',
  association: 'other_org',
  organisation: 'other_org',
  organization: 'other_org',
  league: 'other_org',
  ligue: 'other_org',
  // "Africa Corps"; "Volontaires pour la défense de la patrie (VDP)", "Volunteers for the Defence of the Homeland".
  corps: 'state_force',
  volontaires: 'armed_group',
  volunteers: 'armed_group',
  mission: 'international_force',
  operation: 'state_force',
};
/** Heads of French institutional names written in sentence case ("Cadre stratégique permanent", "Haut-Commissariat …"). */
const SENTENCE_CASE_HEADS = new Set([
  'cadre',
  'commissariat',
  'direction',
  'agence',
  'office',
  'bureau',
  'ministere',
  'institut',
  'centre',
  'garde',
  'force',
  'commission',
]);
const CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'in',
  'de',
  'du',
  'des',
  'pour',
  'la',
  'le',
  'l',
  'et',
  'd',
  'al',
  'el',
  'wal',
  'ul',
  'ad',
  'an',
  'ash',
  'at',
  'dans',
  'au',
  'aux',
  'en',
  'on',
]);

const isCapitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface);
const initialOf = (t: Token) => t.key.charAt(0);

/** Whether known mentions already read half of a span or more ("MNLA-Ansar Dine" is two known names, not a new one). */
function covered(start: number, end: number, known: readonly Mention[]): boolean {
  const inside = known.filter((m) => m.start < end && start < m.end).reduce((n, m) => n + Math.min(end, m.end) - Math.max(start, m.start), 0);
  return inside >= (end - start) * 0.5;
}

function gapIs(text: string, a: Token, b: Token, re: RegExp): boolean {
  return re.test(text.slice(a.end, b.start));
}

/** Acronym definitions: "Long Name (ACR)" and "ACR (Long Name)", and syllabic ones: "Long name (Acr)". */
function acronymDefinitions(text: string, tokens: readonly Token[]): ProposedActor[] {
  const out: ProposedActor[] = [];
  for (const m of text.matchAll(/\(\s*(\p{Lu}[\p{Lu}\d]{1,9}(?:[-–]\p{Lu}{1,4}|[-–]\d)?)\s*\)/gu)) {
    const acronym = m[1] ?? '';
    const letters = acronym.replace(/[^\p{Lu}]/gu, '').toLowerCase();
    // Walk back over the words before the bracket until the acronym's first letter starts one.
    const endIndex = tokens.findIndex((t) => t.start >= m.index) - 1;
    if (endIndex < 0) continue;
    const endTok = tokens[endIndex];
    if (!endTok || !gapIs(text, endTok, { start: m.index, end: m.index, surface: '', key: '' }, /^\s*$/)) continue;
    let best: number | undefined;
    let lowerCaseWords = 0;
    for (let k = endIndex; k >= Math.max(0, endIndex - 14); k--) {
      const t = tokens[k];
      const prev = tokens[k + 1];
      if (!t || (k < endIndex && prev && !gapIs(text, t, prev, /^[\s\-–'’]*$/))) break;
      // French writes a long name in sentence case ("Haut-Commissariat des Nations unies aux droits de l’homme"): its
      // lower-case words count, but a name already found is not stretched back over them.
      if (!isCapitalised(t) && !CONNECTORS.has(t.key) && (best !== undefined || lowerCaseWords++ >= 6)) break;
      const words = tokens.slice(k, endIndex + 1).filter((w) => !CONNECTORS.has(w.key) || isCapitalised(w));
      const initials = words.map(initialOf).join('');
      if (isCapitalised(t) && initialOf(t) === letters[0] && subsequence(letters, initials)) best = k;
    }
    if (best === undefined) continue;
    const first = tokens[best];
    if (!first) continue;
    const name = text.slice(first.start, endTok.end);
    // A long name in sentence case is an organisation's only with an organisational head ("Security sector reform (SSR)" is not).
    const span = tokens.slice(best, endIndex + 1);
    if (span.some((w) => !isCapitalised(w) && !CONNECTORS.has(w.key)) && !span.some((w) => ORG_HEADS[w.key] !== undefined || SENTENCE_CASE_HEADS.has(w.key)))
      continue;
    out.push({
      id: `actor:${slugOf(acronym)}`,
      name,
      kind: kindOf(name),
      acronym,
      start: first.start,
      end: m.index + m[0].length,
      surface: text.slice(first.start, m.index + m[0].length),
      cue: 'acronym',
    });
  }
  return [...out, ...syllabicDefinitions(text, tokens, kindOf)];
}

function subsequence(needle: string, hay: string): boolean {
  let i = 0;
  let skipped = 0;
  for (const ch of hay) {
    if (ch === needle[i]) i++;
    // An acronym kept from another language may differ by one letter ("Volunteers for the Defence of the Homeland (VDP)").
    else if (needle.length >= 3 && i > 0 && skipped === 0 && i === needle.length - 1 && hay.endsWith(ch)) {
      i++;
      skipped++;
    }
  }
  return i === needle.length && hay.length <= needle.length * 2 + 1;
}

function kindOf(name: string): ActorKind {
  const words = name.split(/[\s\-–'’]+/).map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  for (const w of words) if (/^(coalition|coordination|alliance|platform|plateforme)$/.test(w)) return 'coalition';
  for (const w of [...words].reverse()) {
    const kind = ORG_HEADS[w];
    if (kind) return kind;
  }
  return 'armed_group';
}

/** Units whose kind French writes in lower case before the name. */
const LOWER_CASE_UNITS = new Set(['katiba', 'katibat', 'brigade', 'bataillon', 'milice']);

/** Capitalised phrases with an organisational head word, outside known names. */
function organisationNames(text: string, tokens: readonly Token[]): ProposedActor[] {
  const out: ProposedActor[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isCapitalised(t) || !t) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const a = tokens[j];
      const b = tokens[j + 1];
      if (!a || !b || !gapIs(text, a, b, /^[ \-–'’]{0,2}$/)) break;
      if (isCapitalised(b) || (CONNECTORS.has(b.key) && isCapitalised(tokens[j + 2]) && gapIs(text, b, tokens[j + 2] as Token, /^[ \-–'’]{0,2}$/))) j++;
      else break;
    }
    // Trim trailing connectors.
    while (j > i && CONNECTORS.has(tokens[j]?.key ?? '')) j--;
    const span = tokens.slice(i, j + 1);
    const heads = span.filter((w) => ORG_HEADS[w.key] !== undefined && isCapitalised(w));
    const leadingThe = span[0]?.key === 'the' || span[0]?.key === 'le' || span[0]?.key === 'la';
    const words = leadingThe ? span.slice(1) : span;
    // « sa katiba Hanifa », « la brigade Tarik »: French writes a unit's kind in lower case before its name.
    const unit = tokens[i - 1];
    const lowerUnit =
      heads.length === 0 &&
      unit &&
      LOWER_CASE_UNITS.has(unit.key) &&
      /^\p{Ll}/u.test(unit.surface) &&
      gapIs(text, unit, t, /^ $/) &&
      /(?:^|\s)(?:sa|la|une|cette|leur|du|de\s+la|ladite)\s+$/iu.test(text.slice(Math.max(0, unit.start - 10), unit.start));
    if (lowerUnit && words.length <= 3 && !leadingThe) {
      const name = text.slice(unit.start, (tokens[j] as Token).end);
      out.push({
        id: `actor:${slugOf(name)}`,
        name,
        kind: 'armed_group',
        start: unit.start,
        end: (tokens[j] as Token).end,
        surface: name,
        cue: 'organisation',
      });
    } else if (heads.length > 0 && words.length >= 2 && words.length <= 12) {
      const first = words[0] as Token;
      const last = words[words.length - 1] as Token;
      const name = text.slice(first.start, last.end);
      out.push({ id: `actor:${slugOf(name)}`, name, kind: kindOf(name), start: first.start, end: last.end, surface: name, cue: 'organisation' });
    }
    i = j + 1;
  }
  return out;
}

/** "FAMa and Africa Corps": a known name and "and" before an organisation's name are not part of it. */
function afterKnownAndConnector(text: string, p: ProposedActor, known: readonly Mention[]): ProposedActor {
  if (p.cue !== 'organisation') return p;
  const lead = known.find((m) => m.start === p.start && m.end < p.end);
  const gap = lead ? /^\s+(?:and|et|&)\s+/.exec(text.slice(lead.end, p.end)) : null;
  if (!lead || !gap) return p;
  const start = lead.end + gap[0].length;
  const name = text.slice(start, p.end);
  return { ...p, id: `actor:${slugOf(name)}`, name, kind: kindOf(name), start, surface: name };
}

/**
 * "Azawad Liberation Front (FLA)": an acronym in brackets right after an organisation's name is its acronym even when
 * its letters follow another language's word order, unless it is a known actor's.
 */
function withBracketedAcronym(text: string, p: ProposedActor, known: readonly Mention[]): ProposedActor {
  if (p.cue !== 'organisation' || p.acronym) return p;
  const m = /^\s*\(\s*(\p{Lu}[\p{Lu}\d]{1,9})\s*\)/u.exec(text.slice(p.end, p.end + 16));
  const acronym = m?.[1];
  if (!m || !acronym) return p;
  const at = p.end + m[0].indexOf(acronym);
  if (known.some((k) => k.start < at + acronym.length && at < k.end)) return p;
  return { ...p, acronym };
}

/** Every actor the text introduces that the known mentions do not already cover, once per name. */
export function proposeActors(text: string, tokens: readonly Token[], known: readonly Mention[]): ProposedActor[] {
  const knownIds = new Set(known.map((m) => m.id));
  const byId = new Map<string, ProposedActor>();
  const isOrgWord = (key: string) => ORG_HEADS[key] !== undefined;
  for (const found of [...acronymDefinitions(text, tokens), ...organisationNames(text, tokens), ...titledPersons(text, tokens, isOrgWord)]) {
    const p = withBracketedAcronym(text, afterKnownAndConnector(text, found, known), known);
    if (covered(p.start, p.end, known) || knownIds.has(p.id)) continue;
    // « une milice Imrad »: a known name after a unit's kind in lower case is a community's or a place's, not a new unit's.
    if (/^\p{Ll}/u.test(p.name) && known.some((m) => m.start < p.end && p.start < m.end)) continue;
    // A known acronym in brackets means the long name is only another spelling of a known actor.
    if (p.cue === 'acronym' && p.acronym && known.some((m) => m.surface === p.acronym && m.start >= p.start && m.end <= p.end)) continue;
    if (![...byId.values()].some((q) => q.start < p.end && p.start < q.end) && !byId.has(p.id)) byId.set(p.id, p);
  }
  return [...byId.values()].sort((a, b) => a.start - b.start);
}
