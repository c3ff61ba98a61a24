import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { knownActor, namesIn } from './testing.js';

const ACTORS = [
  knownActor('malian-government', 'Government of Mali', 'other_org', [{ name: 'Bamako', kind: 'nickname' }]),
  { ...knownActor('burkina-faso', 'Burkina Faso', 'state'), country: 'BF' },
  { ...knownActor('niger', 'Niger', 'state'), country: 'NE' },
  { ...knownActor('france', 'France', 'state'), country: 'FR' },
  knownActor('minusma', 'MINUSMA', 'international_force'),
].map((a) => (a.id === 'actor:malian-government' ? { ...a, country: 'ML' } : a));
const place = (slug: string, name: string, kind: Place['kind'], country: string, parent?: string): Place => ({
  id: `place:${slug}`,
  kind,
  name,
  country,
  ...(parent ? { parent: `place:${parent}` } : {}),
});
const PLACES = [
  place('mali', 'Mali', 'country', 'ML'),
  place('bamako', 'Bamako', 'town', 'ML', 'mali'),
  place('burkina-faso', 'Burkina Faso', 'country', 'BF'),
  place('ouagadougou', 'Ouagadougou', 'town', 'BF', 'burkina-faso'),
  place('niger', 'Niger', 'country', 'NE'),
  place('niamey', 'Niamey', 'town', 'NE', 'niger'),
  place('france', 'France', 'country', 'FR'),
  place('paris', 'Paris', 'town', 'FR', 'france'),
];
const ids = (text: string, language: string) => namesIn(text, language, ACTORS, PLACES).map(([s, id]) => `${s}=${id}`);

describe('a capital standing for its government', () => {
  it('reads a capital that is the subject of a verb as its government, or its state when the dataset has no government', () => {
    expect(ids('Since Bamako ended the accord, MINUSMA left.', 'en')).toEqual(['Bamako=actor:malian-government', 'MINUSMA=actor:minusma']);
    expect(ids('They found that Bamako and Ouagadougou tolerated the militias.', 'en')).toEqual([
      'Bamako=actor:malian-government',
      'Ouagadougou=actor:burkina-faso',
    ]);
    expect(ids('Niamey blamed the attackers. Paris n’aurait pas l’intention de rester.', 'en')).toEqual(['Niamey=actor:niger', 'Paris=actor:france']);
    expect(ids('Paris announces his death. Niamey change de chef d’état-major.', 'fr')).toEqual(['Paris=actor:france', 'Niamey=actor:niger']);
  });

  it('reads the seat of authorities and two capitals of different states as governments', () => {
    expect(ids('Après le coup d’État, les autorités de Niamey ont dénoncé les accords.', 'fr')).toEqual(['Niamey=actor:niger']);
    expect(ids('Les relations entre Bamako et Paris se sont dégradées.', 'fr')).toEqual(['Bamako=actor:malian-government', 'Paris=actor:france']);
  });

  it('keeps the town after a locative preposition, in a dateline, and where the text says where a government sits', () => {
    expect(ids('He lives in Bamako. Bamako, 11 February 2024. Bamako was calm.', 'en')).toEqual([
      'Bamako=place:bamako',
      'Bamako=place:bamako',
      'Bamako=place:bamako',
    ]);
    expect(ids('Relations with the junta in Bamako soured. À Niamey, les habitants ont manifesté.', 'fr')).toEqual([
      'Bamako=place:bamako',
      'Niamey=place:niamey',
    ]);
    expect(ids('The road between Bamako and Ségou is open.', 'en')).toEqual(['Bamako=place:bamako', 'Ségou=new:place:segou']);
  });
});

describe('a capital that is only a town, whatever verb follows', () => {
  it.each([
    ['Bamako experienced heavy flooding, and Niamey recorded record temperatures.', 'en'],
    ['Bamako and Niamey suffered power cuts in May.', 'en'],
    ['Ouagadougou also hosts a film festival.', 'en'],
    ['Paris will host the games.', 'en'],
    ['Flights between Bamako and Paris were suspended.', 'en'],
    ['Les vols entre Bamako et Paris ont été suspendus.', 'fr'],
    ['Ouagadougou se réveille sous la poussière.', 'fr'],
    ['Le marché de Bamako a brûlé.', 'fr'],
    ['Bamako a connu de fortes inondations.', 'fr'],
    ['Niamey a accueilli le sommet.', 'fr'],
    ['Niamey welcomed thousands of pilgrims.', 'en'],
  ])('%s', (text, language) => {
    expect(ids(text, language).filter((m) => m.includes('actor:'))).toEqual([]);
  });

  it('still reads the government where the capital speaks, decides or is a party to relations between states', () => {
    expect(ids('Bamako has asked MINUSMA to leave.', 'en')).toContain('Bamako=actor:malian-government');
    expect(ids('Niamey a dénoncé l’accord militaire avec Paris.', 'fr')).toEqual(['Niamey=actor:niger', 'Paris=actor:france']);
    expect(ids('Relations between Ouagadougou and Paris soured.', 'en')).toEqual(['Ouagadougou=actor:burkina-faso', 'Paris=actor:france']);
    expect(ids('Paris will not recall its ambassador.', 'en')).toEqual(['Paris=actor:france']);
  });
});
