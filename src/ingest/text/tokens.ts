import { foldName } from '../../core/text/normalise.js';

/** A word of the text: its UTF-16 span, its surface and its folded key (foldName). */
export interface Token {
  start: number;
  end: number;
  surface: string;
  key: string;
}

/**
 * Words are runs of letters and digits; apostrophes, hyphens and other punctuation separate them,
 * so "JNIM’s" gives "JNIM" and "s", and "l’Azawad" gives "l" and "Azawad", on both sides of a match.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, surface: m[0], key: foldName(m[0]) });
  }
  return tokens;
}

/** The folded keys of a name, as the gazetteer indexes it. */
export function nameKeys(name: string): string[] {
  return tokenize(name)
    .map((t) => t.key)
    .filter((k) => k !== '');
}
