/** Pieces of the date grammar, as regular-expression source, shared by the rule files. */
export const MONTH = String.raw`(?:jan(?:uary|v(?:ier)?)?|f[ée]v(?:rier|r)?|feb(?:ruary)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|ma[yi]|june?|juin|july?|juil(?:let)?|aug(?:ust)?|ao[uû]t|sept?(?:ember|embre)?|oct(?:ober|obre)?|nov(?:ember|embre)?|d[ée]c(?:ember|embre)?)\.?`;
export const YEAR = String.raw`(?:1[89]\d\d|20\d\d)`;
export const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?`;
export const ATOM = String.raw`(?:${DAY}\s+${MONTH}\s+(?:of\s+|de\s+)?${YEAR}|${MONTH}\s+${DAY},?\s+${YEAR}|${MONTH}\s+(?:of\s+|de\s+)?${YEAR}|${YEAR}|${DAY}\s+${MONTH}|${MONTH}\s+${DAY}(?!\d)|${MONTH})`;
export const PART = String.raw`(?:the\s+early|the\s+late|early|late|mid|the\s+middle\s+of|middle\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+end\s+of|end\s+of|au\s+d[ée]but\s+(?:de\s+|d['’]|du\s+)?|d[ée]but\s+(?:de\s+|d['’]|du\s+)?|à\s+la\s+mi|mi|au\s+milieu\s+(?:de\s+|du\s+)|milieu\s+(?:de\s+|du\s+)|à\s+la\s+fin\s+(?:de\s+|d['’]|du\s+)?|fin\s+(?:de\s+|d['’]|du\s+)?)`;
/** Years named relative to the document ("last year") or to the date before ("the following year", "that year"). */
export const RELATIVE_YEAR = String.raw`(?:last\s+year|this\s+year|next\s+year|(?:the\s+)?(?:previous|preceding|following|next|subsequent)\s+year|(?:later|earlier)\s+(?:this|that)\s+year|that\s+(?:same\s+)?year|the\s+same\s+year|l['’]ann[ée]e\s+(?:derni[èe]re|pass[ée]e|prochaine|suivante|pr[ée]c[ée]dente|d['’]apr[èe]s)|l['’]an\s+(?:dernier|pass[ée]|prochain|suivant)|cette\s+ann[ée]e(?:-l[àa])?|la\s+m[êe]me\s+ann[ée]e|plus\s+tard\s+(?:dans\s+)?(?:l['’]ann[ée]e|cette\s+ann[ée]e-l[àa]))`;
/** "the year" or "l'année" after a part word: the year of the date before ("at the end of the year"). */
export const THE_YEAR = String.raw`(?:the\s+year|l['’]ann[ée]e|ann[ée]e)`;
export const SEASON = String.raw`(?:spring|summer|autumn|fall|winter|printemps|[ée]t[ée]|automne|hiver)`;
/** After a number, what makes it a count rather than a year ("2000 troops", "1900 km"). */
export const NOT_A_COUNT = String.raw`(?!\s*(?:soldiers|troops|men|fighters|people|combattants|soldats|hommes|km|kilomet))`;
export const B = String.raw`(?<![\p{L}\p{N}])`;
export const E = String.raw`(?![\p{L}\p{N}])`;
/** Number words for counts of days, weeks, months and years, folded. */
export const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  un: 1,
  une: 1,
  two: 2,
  deux: 2,
  three: 3,
  trois: 3,
  four: 4,
  quatre: 4,
  five: 5,
  cinq: 5,
  six: 6,
  seven: 7,
  sept: 7,
  eight: 8,
  huit: 8,
  nine: 9,
  neuf: 9,
  ten: 10,
  dix: 10,
};
export const COUNT = String.raw`(?:\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)`;
