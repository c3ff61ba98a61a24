const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { '21': 'spring', '22': 'summer', '23': 'autumn', '24': 'winter' };

/** One EDTF date in words, at its own precision: `2017-03~` → "about March 2017", `2016-09-02` → "2 September 2016". */
function pointInWords(text: string): string {
  const qualifier = /[~?%]$/.exec(text)?.[0];
  const bare = qualifier ? text.slice(0, -1) : text;
  const [year = '', month, day] = bare.split('-');
  let words = year;
  if (month && SEASONS[month]) words = `${SEASONS[month]} ${year}`;
  else if (month) words = `${MONTHS[Number(month) - 1] ?? month} ${year}`;
  if (day && month && !SEASONS[month]) words = `${Number(day)} ${words}`;
  if (qualifier === '~' || qualifier === '%') return `about ${words}`;
  if (qualifier === '?') return `perhaps ${words}`;
  return words;
}

/**
 * An EDTF date or interval in words, keeping its precision: "March 2017", "2012 to 2014",
 * "from 2017 on", "until February 2013". For labels; parsing stays with `parseTemporal`.
 */
export function dateInWords(text: string): string {
  if (!text.includes('/')) return pointInWords(text);
  const [from = '', to = ''] = text.split('/');
  const known = (end: string) => end !== '' && end !== '..';
  if (known(from) && known(to)) return `${pointInWords(from)} to ${pointInWords(to)}`;
  if (known(from)) return `from ${pointInWords(from)}${to === '..' ? ' on' : ''}`;
  if (known(to)) return `until ${pointInWords(to)}`;
  return 'at an unknown time';
}
