import { describe, expect, it } from 'vitest';
import { taggerFor } from './tagger.js';

describe('tagger', () => {
  it('gives English lemmas, tags, negation and offsets into the document', () => {
    const text = 'The group did not join them.';
    const tokens = taggerFor('en').tag(text, 100);
    const join = tokens.find((t) => t.lower === 'join');
    expect(join).toMatchObject({ lemma: 'join', pos: 'VERB', negated: true, start: 118, end: 122 });
    expect(tokens.find((t) => t.lower === 'group')).toMatchObject({ pos: 'NOUN', start: 104 });
  });

  it('maps French relation words to the English lemma', () => {
    const tokens = taggerFor('fr').tag("Le groupe n'a pas rejoint la coalition", 0);
    expect(tokens.find((t) => t.lower === 'rejoint')).toMatchObject({ lemma: 'join', negated: true });
    expect(tokens.find((t) => t.lower === 'groupe')?.lemma).toBe('group');
  });
});
