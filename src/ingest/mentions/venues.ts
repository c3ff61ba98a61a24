/**
 * Named venues where attacks happen: hotels, cafés, bars and restaurants ("the Radisson Blu hotel", "the Splendid
 * Hotel", "l’hôtel Byblos", "le café Cappuccino", "le bar-restaurant La Terrasse"). The venue noun says the capitalised
 * words beside it are a site's name, not a town's or an organisation's; the site is proposed as a place.
 */
import { slugOf } from '../../core/text/slug.js';
import type { Token } from '../text/tokens.js';
import type { PlaceName } from './place-names.js';

/** Venue nouns: English after the name ("Radisson Blu hotel"), French before it ("l’hôtel Radisson Blu"). */
const VENUE_EN = /^(?:hotel|café|cafe|bar|restaurant|nightclub|club)$/i;
const VENUE_FR = /^(?:hôtel|café|bar|restaurant|bar-restaurant|maquis|cabaret|boîte)$/i;
/** Capitalised words that open a sentence or name a kind rather than a venue. */
const NOT_NAMES = /^(?:The|A|An|Le|La|Les|Un|Une|Ce|Cette|In|On|At|Au|À|En|Dans)$/;

const isName = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(t.surface) && !NOT_NAMES.test(t.surface);
const spaced = (text: string, a: Token, b: Token) => text.slice(a.end, b.start) === ' ';

function push(out: PlaceName[], text: string, start: number, end: number): void {
  if (out.some((p) => p.start < end && start < p.end)) return;
  const name = text.slice(start, end);
  out.push({ id: `place:${slugOf(name)}`, name, type: 'site', start, end, cue: 'venue' });
}

/** Venues the text names by a venue noun, outside what is already read (`taken`). */
export function venueNames(text: string, tokens: readonly Token[], taken: (start: number, end: number) => boolean): PlaceName[] {
  const out: PlaceName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i] as Token;
    // French: the noun in lower case, then one to three capitalised words ("La Terrasse" keeps its article).
    if (VENUE_FR.test(noun.surface) && /^\p{Ll}/u.test(noun.surface)) {
      let j = i;
      while (
        j + 1 < tokens.length &&
        j - i < 3 &&
        spaced(text, tokens[j] as Token, tokens[j + 1] as Token) &&
        /^\p{Lu}/u.test((tokens[j + 1] as Token).surface)
      )
        j++;
      const first = tokens[i + 1];
      const last = tokens[j] as Token;
      if (j > i && first && !taken(first.start, last.end) && !(j === i + 1 && NOT_NAMES.test(first.surface))) push(out, text, first.start, last.end);
      continue;
    }
    // English: one to three capitalised words, then the noun ("Radisson Blu hotel", "Splendid Hotel").
    if (VENUE_EN.test(noun.surface) && i > 0) {
      let k = i;
      while (k - 1 >= 0 && i - k < 3 && spaced(text, tokens[k - 1] as Token, tokens[k] as Token) && isName(tokens[k - 1])) k--;
      if (k === i) continue;
      const first = tokens[k] as Token;
      // "Hotel" with its capital is part of the name; "hotel" in lower case is only the noun.
      const end = /^\p{Lu}/u.test(noun.surface) ? noun.end : (tokens[i - 1] as Token).end;
      if (!taken(first.start, end)) push(out, text, first.start, end);
    }
  }
  return out;
}
