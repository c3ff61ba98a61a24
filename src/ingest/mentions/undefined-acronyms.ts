/**
 * Acronyms a report uses without spelling them out ("escorté par des VDP", "the VDP reopened the road", "le gel des
 * avoirs à la BCEAO. L’UEMOA s’est associée"): a bulletin or a sanctions sheet assumes its readers know them. An
 * acronym the database lacks is proposed as an organisation when a determiner, a number or a preposition makes it a
 * noun of the sentence, unless it abbreviates a common noun (an IED, a NSAG, des GANE) or is the report's heading.
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import type { ProposedActor } from './new-actors.js';

/**
 * Acronyms of common nouns reports use in both languages: devices, kinds of armed group, of displaced people, of
 * organisation, of road; roman numerals. They name no one.
 */
const COMMON_ACRONYMS = new Set(
  (
    'IED IEDS VBIED EEI NSAG NSAGS GANE GAT GANI GAI IDP IDPS PDI NGO NGOS ONG ONGS INGO CSO OSC RPG AK SUV GPS HQ PC QG UAV ' +
    'DDR RSS SSR PRM PNB GDP PIB USD EUR CFA FCFA XOF KM RN RR II III IV VI VII VIII IX XI XII XX XXI AM PM GMT UTC NB PS CEO ' +
    // Titles and the defence and security forces as a whole: « le DG », « le PDG », « les FDS » (force-references.ts reads the last).
    'DG DGA PDG SG CEMGA FDS'
  ).split(/\s+/),
);
/** Words before and after an acronym that cite it as a source: « selon l’OCHA », "according to UNHCR", "a CNN report". */
const CITED_BEFORE = /(?:selon|d['’]apr[eè]s|according\s+to|cited\s+by|cité\s+par)\s+(?:the\s+|l['’]\s*|le\s+|la\s+|les\s+)?$/iu;
const CITED_AFTER = /^\s+(?:report(?:ed|s)?|said|says|told|reporter|correspondent|a\s+rapporté|rapporte|a\s+indiqué|indique)(?![\p{L}])/iu;
/** A word before the acronym that makes it a noun: an article, a number, a preposition. */
const NOUN_BEFORE = /(?:^|[\s(])(?:the|a|an|by|with|of|and|des|les|la|le|l['’]|du|aux|au|par|avec|et|entre|between|\d+)\s*$|(?:^|[\s(])l['’]$/iu;

/** Upper-case acronyms of three to six letters, not known, not a common noun, in a noun's position, once each. */
export function undefinedAcronyms(text: string, tokens: readonly Token[], taken: (start: number, end: number) => boolean): ProposedActor[] {
  const out = new Map<string, ProposedActor>();
  for (const t of tokens) {
    if (!/^\p{Lu}{3,6}$/u.test(t.surface) || COMMON_ACRONYMS.has(t.surface) || out.has(t.surface)) continue;
    // Part of a longer upper-case name or a hyphenated code ("IS-GS", "BURKINA FASO"), or a line in capitals: a heading.
    const around = text.slice(Math.max(0, t.start - 2), t.end + 2);
    if (/[-–/]\p{Lu}|\p{Lu}[-–/]/u.test(around)) continue;
    const lineStart = text.lastIndexOf('\n', t.start) + 1;
    const lineEnd = text.indexOf('\n', t.end) < 0 ? text.length : text.indexOf('\n', t.end);
    const line = text.slice(lineStart, lineEnd);
    if ((line.match(/\p{Ll}/gu) ?? []).length < (line.match(/\p{Lu}/gu) ?? []).length) continue;
    if (!NOUN_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) || /^\s*:/.test(text.slice(t.end, t.end + 3))) continue;
    // "A CNN report said", « selon l’OCHA »: an outlet or a monitor cited as the source is source metadata, never an actor.
    if (CITED_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) || CITED_AFTER.test(text.slice(t.end, t.end + 24))) continue;
    if (taken(t.start, t.end)) continue;
    out.set(t.surface, {
      id: `actor:${slugOf(t.surface)}`,
      name: t.surface,
      kind: 'other_org',
      acronym: t.surface,
      start: t.start,
      end: t.end,
      surface: t.surface,
      cue: 'acronym',
    });
  }
  return [...out.values()];
}
