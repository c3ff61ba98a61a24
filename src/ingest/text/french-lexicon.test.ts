import { describe, expect, it } from 'vitest';
import { frenchVerbForms, frenchVerbWords } from './french-lexicon.js';

describe('frenchVerbWords', () => {
  it('gives every person of the narrative tenses, the participles and the infinitive', () => {
    expect(frenchVerbWords('rejoindre')).toEqual(expect.arrayContaining(['rejoindre', 'rejoint', 'rejoignit', 'rejoignirent', 'rejointe', 'rejoignant']));
  });

  it('keeps the passé simple as written: the 1990 spelling drops no circumflex there', () => {
    expect(frenchVerbWords('prendre')).toContain('prîtes');
    expect(frenchVerbWords('prendre')).not.toContain('prites');
    expect(frenchVerbWords('connaître')).toEqual(expect.arrayContaining(['connaît', 'connait']));
  });

  it('knows nothing of a word the lexicon lacks', () => {
    expect(frenchVerbWords('zorglubber')).toEqual([]);
    expect(frenchVerbForms('zorglubber')).toBeUndefined();
  });
});
