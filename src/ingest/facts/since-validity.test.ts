// "Since X" names the date X (role `since`); a standing tie it dates holds from X on, a moment it dates happens in X.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, NO_RANKER } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('union', 'Sahel Union', 'coalition'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const read = (text: string, language = 'en') => extract({ text, language, actors: ACTORS, places: [], ranker: NO_RANKER });

describe('since X', () => {
  it('is the date X with the role since, English and French', () => {
    expect(read('The FLN has been a member of the Sahel Union since 2016.').dates.map((d) => [d.edtf, d.role])).toEqual([['2016', 'since']]);
    expect(read('Le FLN est membre de la Sahel Union depuis mars 2017.', 'fr').dates.map((d) => [d.edtf, d.role])).toEqual([['2017-03', 'since']]);
  });

  it('dates a standing tie from X on', () => {
    const en = read('The FLN has been a member of the Sahel Union since 2016.').relations.map((r) => [r.type, r.valid]);
    expect(en).toContainEqual(['member_of', '2016/..']);
    const fr = read('Le FLN est membre de la Sahel Union depuis mars 2017.', 'fr').relations.map((r) => [r.type, r.valid]);
    expect(fr).toContainEqual(['member_of', '2017-03/..']);
  });
});

// Sentences written for these tests.
describe('until X', () => {
  it('is the date X with the role until, English and French', () => {
    expect(read('The FLN was a member of the Sahel Union until 2019.').dates.map((d) => [d.edtf, d.role])).toEqual([['2019', 'until']]);
    expect(read("Le FLN a été membre de la Sahel Union jusqu'en mai 2018.", 'fr').dates.map((d) => [d.edtf, d.role])).toEqual([['2018-05', 'until']]);
  });

  it('dates a standing tie up to X, and a date with no role stays as written', () => {
    const en = read('The FLN was a member of the Sahel Union until 2019.').relations.map((r) => [r.type, r.valid]);
    expect(en).toContainEqual(['member_of', '/2019']);
    const fr = read("Le FLN a été membre de la Sahel Union jusqu'en mai 2018.", 'fr').relations.map((r) => [r.type, r.valid]);
    expect(fr).toContainEqual(['member_of', '/2018-05']);
    const plain = read('The FLN joined the Sahel Union in 2019.').relations.map((r) => [r.type, r.valid]);
    expect(plain).not.toContainEqual(['member_of', '/2019']);
  });
});
