// Agreements reached, leaders elected at a group's head and groups rallying, in phrasings the trigger table missed
// (issue 20, session 16). Sentences written for these tests, English and French.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor } from './testing.js';

const ACTORS = [
  actor('moussa', 'Moussa Diallo', 'person'),
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('fsa', 'Sahel Salvation Front', 'armed_group', ['FSS']),
  actor('army', 'National Army', 'state_force'),
];
const types = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: [], documentDate: '2019-06-30' }).events.map((e) => e.type);

describe('agreements reached', () => {
  it.each([
    ['en', 'The FLN and the National Army agreed a truce on 3 May 2019.'],
    ['fr', 'Le 3 mai 2019, le FLN et la National Army sont parvenus à un accord.'],
    ['fr', 'Un accord de paix entre le FLN et la National Army a été conclu le 3 mai 2019.'],
    ['fr', 'Le FLN et la National Army se sont entendus sur un cessez-le-feu le 3 mai 2019.'],
  ])('%s: %s', (language, text) => {
    expect(types(text, language)).toEqual(['agreement']);
  });
});

describe('leaders elected at the head of a group', () => {
  it('makes an election to a group’s head a change of leader, and a president elected an election', () => {
    expect(types('Moussa Diallo was elected head of the FLN in May 2019.')).toEqual(['leadership_change']);
    expect(types('Moussa Diallo a été élu à la tête du FLN en mai 2019.', 'fr')).toEqual(['leadership_change']);
    expect(types('Moussa Diallo a été élu chef du FLN en mai 2019.', 'fr')).toEqual(['leadership_change']);
    expect(types('Moussa Diallo was elected president in May 2019.')).toEqual(['election']);
  });
});

describe('groups rallying to another', () => {
  it('reads « s’est rallié à » as a change to a group', () => {
    expect(types("En mai 2019, le FLN s'est rallié au Sahel Salvation Front.", 'fr')).toEqual(['change_to_group']);
  });
});
