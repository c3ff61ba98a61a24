/**
 * Parts of a country named by a direction: "northern and central Mali", "the north of Burkina Faso", "the centre of the
 * country", "le nord et le centre du Mali", "l’est du pays". Each direction becomes the gazetteer's area for that part
 * of that country ("Northern Mali", "Eastern Burkina Faso") when it holds one; "the country", "le pays" is the country
 * the document named last. A short alias like "the north" read alone stays as the gazetteer has it, but not when
 * another country follows ("the north of Burkina Faso" is no part of Mali).
 */
import { nameKeys } from '../text/tokens.js';
import type { Mention } from './find-mentions.js';
import type { Gazetteer } from './gazetteer.js';

const ADJECTIVE: Record<string, string> = {
  north: 'Northern',
  northern: 'Northern',
  nord: 'Northern',
  south: 'Southern',
  southern: 'Southern',
  sud: 'Southern',
  east: 'Eastern',
  eastern: 'Eastern',
  est: 'Eastern',
  west: 'Western',
  western: 'Western',
  ouest: 'Western',
  centre: 'Central',
  center: 'Central',
  central: 'Central',
};

const EN_NOUN = String.raw`(?:north|south|east|west|centre|center)`;
const FR_NOUN = String.raw`(?:nord|sud|est|ouest|centre)`;
const EN_ADJ = String.raw`(?:northern|southern|eastern|western|central)`;

/** "the north (and the centre) of", "le nord (et le centre) du": directions, then the country's name or "the country". */
const PHRASES = [
  new RegExp(String.raw`(?<![\p{L}])(?:the\s+)?(${EN_NOUN})(?:\s*(?:,|and|or)\s*(?:the\s+)?(${EN_NOUN}))*\s+of\s+(?:the\s+)?(?=\S)`, 'giu'),
  new RegExp(
    String.raw`(?<![\p{L}])(?:(?:le|au|du)\s+)?(${FR_NOUN})(?:\s*(?:,|et|ou)\s*(?:(?:le|l['’])\s*)?(${FR_NOUN}))*\s+(?:du|de\s+la|de\s+l['’]|de|d['’])\s*(?=\S)`,
    'gu',
  ),
  new RegExp(String.raw`(?<![\p{L}])(${EN_ADJ})(?:\s*(?:,|and|or)\s*(${EN_ADJ}))*\s+(?=\p{Lu})`, 'gu'),
];
const DIRECTION = new RegExp(String.raw`(?<![\p{L}])(?:${EN_ADJ}|${EN_NOUN}|${FR_NOUN})(?![\p{L}])`, 'giu');
const THE_COUNTRY = /^(?:country|pays)(?![\p{L}])/iu;

/** The country named right after `at`: a place of kind country or a state, from the gazetteer, and where its name ends. */
function countryAt(text: string, at: number, gazetteer: Gazetteer): { name: string; end: number } | undefined {
  const rest = text.slice(at, at + 60);
  const keys = nameKeys(rest);
  for (const f of gazetteer.lookup(keys, 0)) {
    const entry = f.entries.find((e) => (e.kind === 'place' && e.type === 'country') || (e.kind === 'actor' && e.type === 'state'));
    if (!entry) continue;
    // The surface ends after as many words as the name took.
    const words = [...rest.matchAll(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu)].slice(0, f.length);
    const last = words.at(-1);
    if (last && /^\p{Lu}/u.test(rest)) return { name: entry.name, end: at + (last.index ?? 0) + last[0].length };
  }
  return undefined;
}

const isCountry = (m: Mention) => (m.kind === 'place' && m.type === 'country') || (m.kind === 'actor' && m.type === 'state');

/** "The country", "le pays": the country the document names most (a foreign partner is named less than the country itself). */
function documentCountry(mentions: readonly Mention[]): Mention | undefined {
  const counts = new Map<string, { m: Mention; n: number }>();
  for (const m of mentions.filter(isCountry)) {
    const key = m.name;
    counts.set(key, { m, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.m;
}

/** The mentions of directional areas a text holds, and the mentions they replace; `mentions` are those read already. */
export function directionalAreas(text: string, mentions: readonly Mention[], gazetteer: Gazetteer): { add: Mention[]; drop: Mention[] } {
  const add: Mention[] = [];
  const drop: Mention[] = [];
  PHRASES.forEach((re, k) => {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      // "l’objectif est de…": a French direction needs its article or preposition.
      if (
        k === 1 &&
        !/(?:^|[^\p{L}])(?:l['’]|le|au|du|et|,)\s*$/iu.test(text.slice(Math.max(0, start - 12), start) + (/^(?:le|au|du)\s/iu.test(m[0]) ? ' le ' : ''))
      )
        continue;
      const generic = THE_COUNTRY.exec(text.slice(end));
      const named = generic ? undefined : countryAt(text, end, gazetteer);
      const before = generic ? documentCountry(mentions) : undefined;
      const country = named ?? (before ? { name: before.name, end: end + (generic?.[0].length ?? 0) } : undefined);
      if (!country) continue;
      const words = [...m[0].matchAll(DIRECTION)];
      const areas = words.flatMap((w) => {
        const adjective = ADJECTIVE[(w[0] ?? '').toLowerCase()];
        if (!adjective) return [];
        const keys = nameKeys(`${adjective} ${country.name}`);
        const entry = gazetteer
          .lookup(keys, 0)
          .find((f) => f.length === keys.length)
          ?.entries.find((e) => e.kind === 'place');
        return entry ? [{ w, entry }] : [];
      });
      // What was read inside the phrase gives way: "the north" (Mali's by alias) before "of Burkina Faso", and the
      // country's own name, which is part of the area's.
      for (const x of mentions) if (x.start < country.end && start < x.end && x.kind === 'place') drop.push(x);
      if (areas.length === 0) {
        // No part of that country is known: keep the country, drop only the wrong alias.
        for (const x of mentions) if (x.start >= end && x.end <= country.end) drop.splice(drop.indexOf(x), 1);
        continue;
      }
      areas.forEach(({ w, entry }, i) => {
        const s = start + (w.index ?? 0);
        // The last direction runs to the country's name, as a single one does ("the north of Mali").
        const e = i === areas.length - 1 ? country.end : s + (w[0] ?? '').length;
        add.push({ kind: 'place', id: entry.id, name: entry.name, type: entry.type, start: s, end: e, surface: text.slice(s, e), via: 'generated' });
      });
    }
  });
  return { add, drop };
}
