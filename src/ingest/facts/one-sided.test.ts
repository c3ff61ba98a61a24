// Violence aimed at people who do not fight: its object ("opened fire on residents", "fired on protesters") or its verb
// (massacred, slaughtered, executed) says so. English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']), actor('army', 'National Army', 'state_force')];
const PLACES = [place('boni', 'Boni'), place('gao', 'Gao')];

// [language, sentence, event type read]
const CASES: [string, string, string][] = [
  ['en', 'On 21 March 2021 FLN fighters opened fire on residents of Boni.', 'attack_on_civilians'],
  ['fr', 'Le 21 mars 2021, des combattants du FLN ont ouvert le feu sur des habitants de Boni.', 'attack_on_civilians'],
  ['en', 'On 21 March 2021 the National Army opened fire on protesters in Gao.', 'excessive_force_against_protesters'],
  ['en', 'In January 2021 about 100 people were slaughtered in Boni.', 'attack_on_civilians'],
  ['fr', 'Le 23 mars 2021, quelque 160 habitants de Boni ont été massacrés par des hommes armés.', 'attack_on_civilians'],
  ['en', 'On 24 January 2021 dozens of soldiers who had surrendered were executed in Gao.', 'attack_on_civilians'],
];

describe('one-sided violence, read from its object or its verb', () => {
  it.each(CASES)('(%s) %s', (language, text, type) =>
    expect(extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2021-03-30' }).events.map((e) => e.type)).toEqual([type]),
  );
});
