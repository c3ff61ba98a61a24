import { describe, expect, it } from 'vitest';
import { knownActor, knownPlace, namesIn } from './testing.js';

const STATES = [
  { ...knownActor('russia', 'Russia', 'state'), country: 'RU' },
  { ...knownActor('united-states', 'United States', 'state'), country: 'US' },
  { ...knownActor('chad', 'Chad', 'state'), country: 'TD' },
];

describe("a state named in the other language's form", () => {
  it('reads the ISO names of a state of the dataset in French and English', () => {
    expect(namesIn('Le Mali s’appuie sur la Russie. Les États-Unis comptent 800 militaires au Tchad.', 'fr', STATES)).toEqual([
      ['Russie', 'actor:russia'],
      ['États-Unis', 'actor:united-states'],
      ['Tchad', 'actor:chad'],
    ]);
    expect(namesIn('The Russian Federation and the United States of America abstained.', 'en', STATES)).toEqual([
      ['Russian Federation', 'actor:russia'],
      ['United States of America', 'actor:united-states'],
    ]);
  });

  it('leaves short codes and states the dataset lacks alone', () => {
    expect(namesIn('La Suède et les US ont voté.', 'fr', STATES)).toEqual([]);
  });

  it('reads the state, not the country, after a noun of its institutions or troops', () => {
    const places = [knownPlace('chad', 'Chad', 'country', 'TD')];
    const read = (text: string, language: string) => namesIn(text, language, STATES, places).map(([, id]) => id);
    expect(read('A battalion from Chad arrived. The juntas of Chad agreed. L’ambassade du Tchad a fermé.', 'en')).toEqual([
      'actor:chad',
      'actor:chad',
      'actor:chad',
    ]);
    expect(read('Fighters crossed from Chad. Refugees of Chad arrived.', 'en')).toEqual(['place:chad', 'place:chad']);
  });
});
