// A capital standing for its state where it acts, and the town everywhere else.
import { describe, expect, it } from 'vitest';
import { knownActor, knownPlace, namesIn } from './testing.js';

const ACTORS = [
  { ...knownActor('france', 'France', 'state'), country: 'FR' },
  { ...knownActor('niger', 'Niger', 'state'), country: 'NE' },
  { ...knownActor('mali', 'Mali', 'state'), country: 'ML' },
  knownActor('malian-government', 'Government of Mali', 'other_org', [{ name: 'Bamako', kind: 'nickname' }]),
  knownActor('fln', 'FLN', 'armed_group'),
];
const PLACES = [knownPlace('paris', 'Paris', 'town', 'FR'), knownPlace('niamey', 'Niamey', 'town', 'NE'), knownPlace('bamako', 'Bamako')];
const read = (text: string, language = 'en') => namesIn(text, language, ACTORS, PLACES);

describe('a capital standing for its state', () => {
  it('reads the state where the capital speaks, decides or is a party', () => {
    expect(read('Niamey blamed the FLN for the raid.')).toEqual([
      ['Niamey', 'actor:niger'],
      ['FLN', 'actor:fln'],
    ]);
    expect(read('Paris does not intend to leave.')).toEqual([['Paris', 'actor:france']]);
    expect(read('En juin, Paris a annoncé la fin de l’opération.', 'fr')).toEqual([['Paris', 'actor:france']]);
    expect(read('Le président avait sollicité l’aide de Paris.', 'fr')).toEqual([['Paris', 'actor:france']]);
    expect(read('Le FLN affirme détenir dix soldats, ce que Bamako n’a pas confirmé.', 'fr')).toEqual([
      ['FLN', 'actor:fln'],
      ['Bamako', 'actor:malian-government'],
    ]);
    expect(read('The FLN says it is ready to talk to Niamey.')).toEqual([
      ['FLN', 'actor:fln'],
      ['Niamey', 'actor:niger'],
    ]);
  });

  it('reads the town where something happens or someone is, whatever verb follows', () => {
    expect(read('Some intermediaries in Niamey have suggested a truce.')).toEqual([['Niamey', 'place:niamey']]);
    expect(read('The FLN leader was seen in Paris in May.')).toEqual([
      ['FLN', 'actor:fln'],
      ['Paris', 'place:paris'],
    ]);
    expect(read('Niamey is the largest city of the country.')).toEqual([['Niamey', 'place:niamey']]);
  });

  it('keeps the actor the dataset already gives a capital as a nickname', () => {
    expect(read('Bamako rejected the offer.')).toEqual([['Bamako', 'actor:malian-government']]);
  });

  it('reads the town after a possessive or a relative unless the state acts there', () => {
    expect(read("Bamako's streets were empty. Bamako, which hosts the summit, was calm. Bamako, qui accueille le sommet, est calme.")).toEqual([
      ['Bamako', 'place:bamako'],
      ['Bamako', 'place:bamako'],
      ['Bamako', 'place:bamako'],
    ]);
    expect(read("Bamako's decision angered Paris. Bamako, which accused the FLN, expelled the envoy.")).toEqual([
      ['Bamako', 'actor:malian-government'],
      ['Paris', 'place:paris'],
      ['Bamako', 'actor:malian-government'],
      ['FLN', 'actor:fln'],
    ]);
    expect(read('Bamako, qui n’a jamais autorisé l’accès au village, rejette ces conclusions.', 'fr')).toEqual([['Bamako', 'actor:malian-government']]);
  });

  it('reads no state in a capital the dataset lacks as a place, where the text says it is a town', () => {
    const moscow = [{ ...knownActor('russia', 'Russia', 'state'), country: 'RU' }];
    expect(namesIn('Moscow sent instructors. They were trained in Moscow.', 'en', moscow, [])).toEqual([
      ['Moscow', 'actor:russia'],
      ['Moscow', 'new:place:moscow'],
    ]);
  });
});
