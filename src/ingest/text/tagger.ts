/**
 * Part-of-speech tags, lemmas and negation for one sentence, behind a small interface so a better
 * model can replace the one used here. English uses wink-nlp with its npm-shipped model (MIT,
 * offline), loaded once and only when the first English sentence is tagged, so commands that do not
 * ingest never load it. French has no offline tagger among the installed packages: its words are
 * tokenised here and their lemmas read from a small table of the verbs and nouns that state relations,
 * mapped to the English lemma so that one ranker serves both languages.
 */
import { createRequire } from 'node:module';
import { frenchLemma } from './french-lemmas.js';

/** One word or punctuation mark of a sentence; offsets are UTF-16 indices into the document. */
export interface TaggedToken {
  start: number;
  end: number;
  lower: string;
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN, ADP, PUNCT…); `X` when no tagger ran. */
  pos: string;
  /** Inside the scope of a negation ("did not join"). */
  negated: boolean;
}

export interface Tagger {
  tag(text: string, offset: number): TaggedToken[];
}

interface WinkToken {
  value: string;
  pos: string;
  lemma: string;
  negated: boolean;
}
type WinkRead = (text: string) => WinkToken[];

let winkRead: WinkRead | undefined;
function loadWink(): WinkRead {
  if (winkRead) return winkRead;
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as (model: unknown, pipe: string[]) => WinkInstance;
  const nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos', 'negation']);
  const its = nlp.its;
  winkRead = (text) => {
    const tokens = nlp.readDoc(text).tokens();
    const values = tokens.out(its.value) as string[];
    const pos = tokens.out(its.pos) as string[];
    const lemmas = tokens.out(its.lemma) as string[];
    const negated = tokens.out(its.negationFlag) as boolean[];
    return values.map((value, k) => ({ value, pos: pos[k] ?? 'X', lemma: lemmas[k] ?? value.toLowerCase(), negated: negated[k] ?? false }));
  };
  return winkRead;
}
interface WinkInstance {
  its: Record<string, unknown>;
  readDoc(text: string): { tokens(): { out(what: unknown): unknown[] } };
}

/** Places wink's tokens back on the sentence's characters (it reports values, not offsets). */
function locate(text: string, offset: number, words: WinkToken[]): TaggedToken[] {
  const out: TaggedToken[] = [];
  let at = 0;
  for (const w of words) {
    const k = text.indexOf(w.value, at);
    if (k < 0) continue; // a token wink rewrote (rare): leave it out rather than misplace it
    at = k + w.value.length;
    out.push({ start: offset + k, end: offset + at, lower: w.value.toLowerCase(), lemma: w.lemma.toLowerCase(), pos: w.pos, negated: w.negated });
  }
  return out;
}

const englishTagger: Tagger = { tag: (text, offset) => locate(text, offset, loadWink()(text)) };

const FRENCH_NEGATION = /^(?:ne|n|pas|jamais|plus|aucun|aucune)$/;
const frenchTagger: Tagger = {
  tag(text, offset) {
    const out: TaggedToken[] = [];
    let negated = false;
    for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu)) {
      const lower = m[0].toLowerCase();
      if (FRENCH_NEGATION.test(lower)) negated = true;
      if (/^[.;:!?]$/.test(lower)) negated = false;
      const pos = /^\p{P}$/u.test(m[0]) ? 'PUNCT' : /^\p{Lu}/u.test(m[0]) ? 'PROPN' : 'X';
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, lower, lemma: frenchLemma(lower) ?? lower, pos, negated });
    }
    return out;
  },
};

/** The tagger for a language code (franc's ISO 639-3 or 639-1); English for anything but French. */
export function taggerFor(language: string | undefined): Tagger {
  return language === 'fra' || language === 'fr' ? frenchTagger : englishTagger;
}
