import { describe, expect, it } from 'vitest';
import { frenchEventVerb, frenchForms } from './french-conjugation.js';

const whole = (source: string) => new RegExp(`^${source}$`, 'iu');
const reads = (source: string, words: string[]) => words.filter((w) => !whole(source).test(w));

describe('frenchForms', () => {
  it('conjugates the first group with its accent, y and soft c or g changes', () => {
    expect(frenchForms('enlever').finite).toEqual(['enlève', 'enlèvent', 'enlevait', 'enlevaient', 'enleva', 'enlevèrent']);
    expect(frenchForms('déployer').finite).toContain('déploient');
    expect(frenchForms('lancer').finite).toEqual(expect.arrayContaining(['lança', 'lançait']));
    expect(frenchForms('saccager').present).toBe('saccageant');
  });

  it('conjugates the second group and the irregular verbs, prefixed ones included', () => {
    expect(frenchForms('périr')).toEqual({
      finite: ['périt', 'périssent', 'périssait', 'périssaient', 'périrent'],
      participles: ['péri', 'péris', 'périe', 'péries'],
      present: 'périssant',
    });
    expect(frenchForms('reprendre').finite).toEqual(expect.arrayContaining(['reprennent', 'reprit']));
    expect(frenchForms('reprendre').participles).toEqual(['repris', 'reprise', 'reprises']);
    expect(frenchForms('dissoudre').participles).toEqual(expect.arrayContaining(['dissous', 'dissoute']));
  });

  it('keeps an e or é before two consonants as it is, where a rule of thumb opened it', () => {
    // The conjugator written here before the Lefff lexicon gave "déclènche" and "renvèrse".
    expect(frenchForms('déclencher').finite).toEqual(expect.arrayContaining(['déclenche', 'déclenchent']));
    expect(frenchForms('renverser').finite).toContain('renverse');
  });

  it('takes any verb of the lexicon, and the spelling of 1990 beside the traditional one where the reform allows it', () => {
    expect(frenchForms('pourfendre').finite).toContain('pourfendit');
    expect(frenchForms('naître').finite).toEqual(expect.arrayContaining(['naît', 'nait', 'naquit']));
    // "croit" is croire's: the reform keeps croître's circumflex, and the passé simple's everywhere.
    expect(frenchForms('croître').finite).not.toContain('croit');
  });

  it('gives no passé simple for dissoudre, a defective verb the lexicon conjugates without one', () => {
    expect(frenchForms('dissoudre').finite).toEqual(['dissout', 'dissolvent', 'dissolvait', 'dissolvaient']);
  });

  it('refuses a word the lexicon does not hold', () => {
    expect(() => frenchForms('zorglubber')).toThrow(/unsupported french verb: zorglubber/);
  });
});

describe('frenchEventVerb', () => {
  it('reads the active tenses and the compound past with an adverb', () => {
    expect(reads(frenchEventVerb('attaquer'), ['attaque', 'attaquaient', 'attaquèrent', 'ont attaqué', 'avait finalement attaquée'])).toEqual([]);
  });

  it('reads the passive, the bare participle and the gerund only when asked', () => {
    const all = frenchEventVerb('tuer', { passive: true, participle: true, gerund: true });
    expect(reads(all, ['a été tué', 'ont de nouveau été tués', 'sont tuées', 'fut tué', 'tués', 'tuant', 'en tuant'])).toEqual([]);
    expect(whole(frenchEventVerb('tuer')).test('a été tué')).toBe(false);
    expect(whole(frenchEventVerb('tuer')).test('tuant')).toBe(false);
  });

  it('agrees a participle ending in s ("pris", "prise", "prises") and "dissous"', () => {
    expect(reads(frenchEventVerb('prendre', { passive: true }), ['ont pris', 'a été prise', 'furent prises'])).toEqual([]);
    expect(reads(frenchEventVerb('dissoudre', { passive: true }), ['a été dissoute', 'est dissous', 'dissolvait'])).toEqual([]);
  });

  it('reads a pronominal verb with its reflexive, elided or not', () => {
    const forms = frenchEventVerb('emparer', { pronominal: true });
    expect(reads(forms, ['s’empare', 'se sont emparés', 's’était emparée', 's’emparèrent', 's’emparant'])).toEqual([]);
    expect(whole(forms).test('empare')).toBe(false);
  });
});
