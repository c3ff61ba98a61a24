import { franc } from 'franc-min';

const ISO_639_1: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  spa: 'es',
  por: 'pt',
  deu: 'de',
  ita: 'it',
  arb: 'ar',
  nld: 'nl',
  rus: 'ru',
  hau: 'ha',
  ful: 'ff',
  bam: 'bm',
};

/** The language of a text as a BCP 47 primary tag, or undefined when it cannot be told. */
export function detectLanguage(text: string): string | undefined {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const code = franc(sample, { minLength: 20, only: Object.keys(ISO_639_1) });
  return ISO_639_1[code];
}
