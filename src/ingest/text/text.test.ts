import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';
import { splitSentences, unwrapLines } from './sentences.js';
import { tokenize } from './tokens.js';

const sentences = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  it('splits on full stops and paragraph breaks, not after abbreviations', () => {
    expect(sentences('Gen. Gamou leads GATIA. Dr. Sandor wrote it.\n\nContext\n\nOn 11 January the army moved.')).toEqual([
      'Gen. Gamou leads GATIA.',
      'Dr. Sandor wrote it.',
      'Context',
      'On 11 January the army moved.',
    ]);
  });
  it('reads a hard-wrapped line as one sentence, keeping offsets', () => {
    const text = 'The group was formed in the north of the country in the year\n2012 by former\nsoldiers. Then it split.';
    expect(unwrapLines(text)).toHaveLength(text.length);
    expect(sentences(text)).toEqual(['The group was formed in the north of the country in the year\n2012 by former\nsoldiers.', 'Then it split.']);
  });
  it('keeps a long headline apart from the dateline under it, but joins a wrapped line across a blank line further down', () => {
    const text = 'Gunmen kill soldiers and civilians near the town of Menaka\n\nMENAKA, 12 March 2022 — Gunmen attacked a post.';
    expect(sentences(text)).toEqual(['Gunmen kill soldiers and civilians near the town of Menaka', 'MENAKA, 12 March 2022 — Gunmen attacked a post.']);
    const wrapped = 'Context\n\nThe movement was formed in the north of the country by a group of\n\nformer soldiers. Then it split.';
    expect(sentences(wrapped)).toContain('The movement was formed in the north of the country by a group of\n\nformer soldiers.');
  });
  it('splits French text', () => {
    expect(sentences('Le MNLA a pris Kidal. Le GATIA a riposté.', 'fr')).toHaveLength(2);
  });
});

describe('tokens', () => {
  it('separates possessives and elisions, folding accents and case', () => {
    expect(tokenize('JNIM’s l’Azawad Ménaka').map((t) => t.key)).toEqual(['jnim', 's', 'l', 'azawad', 'menaka']);
  });
});

describe('language', () => {
  it('tells English from French', () => {
    expect(detectLanguage('The armed groups signed an agreement with the government in Bamako after long negotiations.')).toBe('en');
    expect(detectLanguage('Les groupes armés ont signé un accord avec le gouvernement à Bamako après de longues négociations.')).toBe('fr');
    expect(detectLanguage('ok')).toBeUndefined();
  });
});
