/** How a passage may write a number: digits (with thousands separators), or English or French words. */

const EN_UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const FR_UNITS = [
  'zéro',
  'un',
  'deux',
  'trois',
  'quatre',
  'cinq',
  'six',
  'sept',
  'huit',
  'neuf',
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
];
const FR_TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** English words for 0–999, with and without "and" after the hundreds ("one hundred and five"). */
function english(n: number): string[] {
  if (n < 20) return [EN_UNITS[n]!, ...(n === 12 ? ['a dozen'] : []), ...(n === 0 ? ['none', 'no one', 'nobody'] : [])];
  if (n < 100) return [`${EN_TENS[Math.floor(n / 10)]}${n % 10 ? ' ' + EN_UNITS[n % 10] : ''}`];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const heads = hundreds === 1 ? ['one hundred', 'a hundred'] : [`${EN_UNITS[hundreds]} hundred`];
  if (rest === 0) return heads;
  return heads.flatMap((head) => english(rest).flatMap((tail) => [`${head} ${tail}`, `${head} and ${tail}`]));
}

/** French words for 0–999 (traditional spelling; hyphens are compared as spaces). */
function french(n: number): string[] {
  if (n <= 16) return [FR_UNITS[n]!, ...(n === 0 ? ['aucun', 'aucune'] : [])];
  if (n < 20) return [`dix ${FR_UNITS[n - 10]}`];
  if (n < 70) {
    const unit = n % 10;
    const tens = FR_TENS[Math.floor(n / 10)]!;
    return [unit === 0 ? tens : unit === 1 ? `${tens} et un` : `${tens} ${FR_UNITS[unit]}`];
  }
  if (n < 80) return [n === 71 ? 'soixante et onze' : `soixante ${french(n - 60)[0]}`];
  if (n < 100) return [n === 80 ? 'quatre vingts' : `quatre vingt ${french(n - 80)[0]}`];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds === 1 ? 'cent' : `${FR_UNITS[hundreds]} cent${rest === 0 ? 's' : ''}`;
  return [rest === 0 ? head : `${head} ${french(rest)[0]}`];
}

/** Lower case, hyphens and runs of spaces as one space: how words are compared. */
export const foldWords = (text: string): string => text.toLowerCase().replace(/[-‐‑\s]+/g, ' ');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A single death is written as a named person's killing ("X was killed"), not as a number.
const A_DEATH =
  /(?<!\p{L})(kill|killed|died|dead|death|fatal|beheaded|assassinated|assassination|assassinations|murdered|executed|tué|tuée|mort|morte|assassiné|assassinée|décapité)(?!\p{L})/iu;

/** Whether a passage writes the number `n`: as digits (1,200 / 1 200 / 1.200) or as English or French words. */
export function mentionsNumber(passage: string, n: number): boolean {
  const digits = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '[,.\\s\u00a0\u202f]?');
  if (new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`).test(passage)) return true;
  if (n === 1 && A_DEATH.test(passage)) return true;
  if (n > 999) return false;
  const folded = foldWords(passage);
  return [...english(n), ...french(n)].some((words) => new RegExp(`(?<![\\p{L}])${escape(words)}(?![\\p{L}])`, 'u').test(folded));
}
