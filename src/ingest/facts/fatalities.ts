import type { Fatalities } from '../../core/model/event.js';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six_: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  dozen: 12,
  douzaine: 12,
  dizaine: 10,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  centaine: 100,
};
export const NUMBER = String.raw`(?:\d{1,3}(?:[,  ]\d{3})+|\d+|(?:vingt|trente|quarante|cinquante|soixante)(?:-et-|-|\s+et\s+)(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|onze|douze|treize|quatorze|quinze|seize)|dix-(?:sept|huit|neuf)|treize|quatorze|seize|sept|(?:a\s+|une\s+)?(?:dozen|douzaine|dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+hundred|hundreds|dozens|deux|trois|quatre|cinq|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|des\s+dizaines|des\s+centaines)`;
export const QUALIFIER = String.raw`(?:at\s+least|no\s+fewer\s+than|a\s+minimum\s+of|au\s+moins|nearly|almost|close\s+to|up\s+to|as\s+many\s+as|près\s+de|presque|jusqu['’]à|an\s+estimated|estimated|about|around|approximately|roughly|some|environ|quelque|over|more\s+than|upwards\s+of|in\s+excess\s+of|plus\s+de|less\s+than|fewer\s+than|under|moins\s+de|officially|reportedly)`;
// "d’assaillants": a French partitive glued to its noun. An apposition that names some of the dead may stand between the
// group and its fate: "Six personnes, dont le prêtre, ont été tuées", "five people, including a child, were killed".
const VICTIM = String.raw`(?:\s+(?:[\p{L}'’-]+\s+){0,3}?|\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+,\s+(?:dont|including|among\s+them|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+[^,.;]{1,60},\s+(?:(?:were|have\s+been|had\s+been|ont\s+été|sont)\s+)?)`;
const DEATH = String.raw`(?:killed|dead|deaths|died|fatalities|lives|casualties|bodies|perished|were\s+killed|have\s+been\s+killed|morts|tués|tuées|abattus|abattues|décès|victimes|ont\s+été\s+tués|ont\s+péri|(?:ont\s+|a\s+)?trouvé\s+la\s+mort|(?:ont\s+|a\s+)?perdu\s+la\s+vie|sont\s+morts|décédés)`;
// A bare participle shares an auxiliary said before it: "ont attaqué Tessit, tué 12 villageois", "massacred 30 herders".
const KILL = String.raw`(?:killing|killed|left|leaving|claimed\s+the\s+lives\s+of|massacred|executed|faisant|fait|tuant|a\s+tué|ont\s+tué|tué|massacré|exécuté|coûté\s+la\s+vie\s+à)`;

/** Parses "twenty-five", "1,200", "a dozen", "une trentaine" into a number. */
export function parseNumber(raw: string): { value: number; vague?: 'low' } | undefined {
  const t = raw
    .toLowerCase()
    .replace(/^(a|une)\s+/, '')
    .trim();
  if (/^\d/.test(t)) return { value: Number(t.replace(/[,  ]/g, '')) };
  if (t === 'dozens' || t === 'des dizaines') return { value: 24, vague: 'low' };
  if (t === 'hundreds' || t === 'des centaines') return { value: 200, vague: 'low' };
  if (t === 'hundred') return { value: 100 };
  const parts = t.split(/[-\s]+/);
  let sum = 0;
  for (const p of parts) {
    // "vingt et un": the conjunction adds nothing.
    if (p === 'et') continue;
    const v = UNITS[p] ?? (p === 'six' ? 6 : undefined);
    if (v === undefined) return undefined;
    sum += v;
  }
  return { value: sum };
}

function qualify(qualifier: string | undefined, n: { value: number; vague?: 'low' }): Fatalities {
  const q = (qualifier ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (n.vague) return { low: n.value };
  if (/^(at least|no fewer than|a minimum of|au moins)$/.test(q)) return { low: n.value };
  if (/^(nearly|almost|close to|up to|as many as|près de|presque|jusqu['’]à)$/.test(q)) return { high: n.value };
  if (/^(over|more than|upwards of|in excess of|plus de)$/.test(q)) return { low: n.value + 1 };
  if (/^(less than|fewer than|under|moins de)$/.test(q)) return { high: Math.max(0, n.value - 1) };
  return { best: n.value };
}

/**
 * Fatalities stated in a sentence, with their qualifier: "at least 15" → low 15, "nearly 30" →
 * high 30, "an estimated 79" → best 79, "over 20" → low 21, "between 10 and 20" → low 10, high 20.
 */
export function findFatalities(sentence: string): { fatalities: Fatalities; start: number; end: number } | undefined {
  const groups = victimGroups(sentence);
  if (groups) return groups;
  const between = new RegExp(String.raw`(?:between|entre)\s+(?<a>${NUMBER})\s+(?:and|et)\s+(?<b>${NUMBER})${VICTIM}${DEATH}`, 'iu').exec(sentence);
  if (between?.groups) {
    const a = parseNumber(between.groups['a'] ?? '');
    const b = parseNumber(between.groups['b'] ?? '');
    if (a && b) return { fatalities: { low: a.value, high: b.value }, start: between.index, end: between.index + between[0].length };
  }
  const patterns = [
    new RegExp(String.raw`(?<![\p{L}\d])(?:(?<q>${QUALIFIER})\s+)?(?:(?:officially|reportedly)\s+)?(?<n>${NUMBER})${VICTIM}${DEATH}(?![\p{L}])`, 'iu'),
    new RegExp(String.raw`${KILL}\s+(?:(?:officially|reportedly)\s+)?(?:(?<q>${QUALIFIER})\s+)?(?<n>${NUMBER})(?![\p{L}\d])`, 'iu'),
  ];
  for (const re of patterns) {
    const m = re.exec(sentence);
    if (!m?.groups) continue;
    const n = parseNumber(m.groups['n'] ?? '');
    if (!n || n.value > 100_000) continue;
    // "2016 deaths" is a year, not a count, when it stands alone as a year would.
    if (/^(19|20)\d\d$/.test(m.groups['n'] ?? '') && !m.groups['q']) continue;
    return { fatalities: qualify(m.groups['q'], n), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

// "six soldiers and 14 civilians": two or more counts of victims, each with a word or two naming the group.
const GROUP = String.raw`(?:(?:${QUALIFIER})\s+)?${NUMBER}\s+(?:[\p{L}-]+\s+)?[\p{L}-]+`;
const GROUP_LIST = String.raw`${GROUP}(?:\s*,\s*${GROUP})*\s*,?\s+(?:and|et)\s+${GROUP}`;
// Only verbs that kill take a list: "leaving 30 dead and 1000 fleeing" counts the dead alone.
const KILL_LIST = String.raw`(?:killing|killed|claimed\s+the\s+lives\s+of|massacred|tuant|a\s+tué|ont\s+tué|tué|massacré|coûté\s+la\s+vie\s+à)`;
const NOT_DEAD = /(?:^|\s)(?:dead|killed|wounded|injured|fleeing|displaced|missing|morts|tués|blessés|disparus)(?:\s|$)/iu;
const GROUPS_KILLED = [
  new RegExp(String.raw`${KILL_LIST}\s+(?<list>${GROUP_LIST})(?![\p{L}\d])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}\d])(?<list>${GROUP_LIST})\s+(?:(?:were|have\s+been|had\s+been|ont\s+été|sont)\s+)?${DEATH}(?![\p{L}])`, 'iu'),
];

/**
 * Fatalities counted per group of victims ("killing six soldiers and 14 civilians", "49 civilians and 15 soldiers were
 * killed"): the groups add up, each with its own qualifier, so the sentence's toll is not the last group's alone.
 */
function victimGroups(sentence: string): { fatalities: Fatalities; start: number; end: number } | undefined {
  // The list needs a conjunction; most sentences have none, and the list patterns are costly to try at every offset.
  if (!/\s(?:and|et)\s/i.test(sentence)) return undefined;
  for (const re of GROUPS_KILLED) {
    const m = re.exec(sentence);
    const list = m?.groups?.['list'];
    if (!m || !list || (re === GROUPS_KILLED[0] && NOT_DEAD.test(list))) continue;
    const counts = [...list.matchAll(new RegExp(String.raw`(?:(?<q>${QUALIFIER})\s+)?(?<n>${NUMBER})\s+`, 'giu'))].map((g) => {
      const n = parseNumber(g.groups?.['n'] ?? '');
      return n && !/^(19|20)\d\d$/.test(g.groups?.['n'] ?? '') ? qualify(g.groups?.['q'], n) : undefined;
    });
    if (counts.length < 2 || counts.some((c) => c === undefined)) continue;
    return { fatalities: addUp(counts as Fatalities[]), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** The sum of several groups' tolls: exact when every group is exact, otherwise the bounds that every group gives. */
function addUp(parts: readonly Fatalities[]): Fatalities {
  if (parts.every((p) => p.best !== undefined)) return { best: parts.reduce((a, p) => a + (p.best ?? 0), 0) };
  const low = parts.reduce((a, p) => a + (p.best ?? p.low ?? 0), 0);
  const highs = parts.map((p) => p.best ?? p.high);
  const high = highs.every((h) => h !== undefined) ? highs.reduce((a: number, h) => a + (h ?? 0), 0) : undefined;
  return { ...(low > 0 ? { low } : {}), ...(high !== undefined && parts.some((p) => p.best === undefined && p.low === undefined) ? { high } : {}) };
}
