/**
 * Centuries and decades: "the 19th century", "au XIXe siècle", "the 1800s" (18XX, EDTF's unspecified
 * digits), "the ‘90s", "the 1990s", "les années 1990" (1990/1999, as the annotations write decades).
 */
import { foldName } from '../../core/text/normalise.js';
import { type Part, partOfDecade } from './calendar.js';
import { B, E, PART } from './grammar.js';
import { type Candidate, type Resolver, add, at, regex } from './resolver.js';

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10 };
function fromRoman(s: string): number | undefined {
  let total = 0;
  const digits = [...s.toLowerCase()].map((c) => ROMAN[c]);
  for (let k = 0; k < digits.length; k++) {
    const d = digits[k];
    if (d === undefined) return undefined;
    total += d < (digits[k + 1] ?? 0) ? -d : d;
  }
  return total;
}

const ORDINAL_WORDS: Record<string, number> = {
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty first': 21,
  quinzieme: 15,
  seizieme: 16,
  'dix septieme': 17,
  'dix huitieme': 18,
  'dix neuvieme': 19,
  vingtieme: 20,
  'vingt et unieme': 21,
};

/** The number of a century written "19th", "XIXe", "19e", "nineteenth" or "dix-neuvième". */
export function centuryNumber(word: string): number | undefined {
  const w = foldName(word);
  const arabic = /^(\d{2})(?:st|nd|rd|th|e|eme|er)?$/.exec(w.replace(/\s/g, ''));
  if (arabic) return Number(arabic[1]);
  const roman = /^([ivx]+)(?:e|eme|er)?$/.exec(w.replace(/\s/g, ''));
  if (roman?.[1]) return fromRoman(roman[1]);
  return ORDINAL_WORDS[w];
}

/** A century as unspecified digits (19th → 18XX), or the years of its first, middle or last third. */
export function centuryEdtf(century: number, part?: Part): string | undefined {
  if (century < 10 || century > 21) return undefined;
  const first = (century - 1) * 100;
  if (!part) return `${String(first / 100)}XX`;
  const [from, to] = part === 'early' ? [0, 32] : part === 'mid' ? [33, 66] : [67, 99];
  return `${first + from}/${first + to}`;
}

const CENTURY_WORD = String.raw`(?:\d{2}(?:st|nd|rd|th|e|[èe]me|er)|[XVI]{1,5}(?:e|[èe]me|er)?|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s]first|quinzi[èe]me|seizi[èe]me|dix[-\s]septi[èe]me|dix[-\s]huiti[èe]me|dix[-\s]neuvi[èe]me|vingti[èe]me|vingt[-\s]et[-\s]uni[èe]me)`;
const partWordOf = (text: string, parts: Record<string, Part>) => parts[foldName(text)];

/** A decade: "1990s", "the ‘90s", "les années 1990", "les années 90", "(au début) des années 2010". */
export const DECADE = String.raw`(?:(?:the\s+)?\d{3}0s|the\s+[‘’']?\d0s|[‘’']\d0s|(?:les|des)\s+ann[ée]es\s+(?:\d{3}0|\d0))`;

/** The decade a phrase names, or its first, middle or last years; two digits name the latest such decade not after the publication. */
export function decadeEdtf(text: string, ctx: Resolver, part?: Part): string | undefined {
  const full = /(\d{3}0)s?$/.exec(text.trim());
  if (full?.[1]) return partOfDecade(Number(full[1]), part);
  const short = /(\d)0s?$/.exec(text.trim());
  if (!short?.[1]) return undefined;
  const tens = Number(short[1]) * 10;
  const now = ctx.publication?.year ?? ctx.year ?? 2100;
  return partOfDecade((2000 + tens <= now ? 2000 : 1900) + tens, part);
}

/** Adds the candidates of centuries and of decades. */
export function addEras(list: Candidate[], text: string, parts: Record<string, Part>): void {
  // the 19th century, the late nineteenth century, au XIXe siècle, à la fin du XIXe siècle
  add(list, regex(`${B}(?:(?<p>${PART})\\s*-?\\s*)?(?:the\\s+|le\\s+)?(?<c>${CENTURY_WORD})\\s+(?:century|si[èe]cle)${E}`), text, 6, (m) => {
    const century = centuryNumber(m.groups?.['c'] ?? '');
    const part = m.groups?.['p'] ? partWordOf(m.groups['p'], parts) : undefined;
    if (century === undefined || (m.groups?.['p'] && !part)) return undefined;
    return at(centuryEdtf(century, part), 'none');
  });
  // the 1800s, the early 1900s: centuries, where 1990s is a decade
  add(list, regex(`${B}(?:(?<p>${PART})\\s*-?\\s*)?(?:the\\s+)?(?<y>1[0-9])00s${E}`), text, 5, (m) => {
    const part = m.groups?.['p'] ? partWordOf(m.groups['p'], parts) : undefined;
    if (m.groups?.['p'] && !part) return undefined;
    return at(centuryEdtf(Number(m.groups?.['y']) + 1, part), 'none');
  });
  add(list, regex(`${B}${DECADE}${E}`), text, 4, (m, ctx) => at(decadeEdtf(m[0], ctx), 'none'));
}
