// Event pattern classes added for issue 20: a group's creation and a change of side need the group after the verb; a
// coup needs no named maker.
import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { testActor as actor, testPlace as place } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('cma', 'Sahel Coalition', 'coalition'),
  actor('amadou', 'Amadou Traore', 'person'),
];
const PLACES = [place('bamako', 'Bamako')];
const eventsIn = (text: string, language = 'en') =>
  extract({ text, language, actors: ACTORS, places: PLACES, documentDate: '2019-06-30' }).events.map((e) => [
    e.type,
    e.date,
    e.participants.map((p) => p.actor.id).sort(),
  ]);

describe('events about groups', () => {
  it('reads a group created by a person, in English and French', () => {
    expect(eventsIn('Amadou Traore created the Northern Liberation Front in 2012.')).toEqual([['formation', '2012', ['actor:amadou', 'actor:fln']]]);
    expect(eventsIn('En 2012, Amadou Traore a fondé le FLN.', 'fr')).toEqual([['formation', '2012', ['actor:amadou', 'actor:fln']]]);
  });

  it('reads nothing when the verb creates something other than a group', () => {
    expect(eventsIn('The FLN created a climate of fear in 2012.')).toEqual([]);
  });

  it('reads joining a coalition as a change to the group', () => {
    expect(eventsIn('The FLN joined the Sahel Coalition in May 2015.')).toEqual([['change_to_group', '2015-05', ['actor:cma', 'actor:fln']]]);
    expect(eventsIn('The FLN never joined anyone.')).toEqual([]);
  });

  it('reads a coup told without its makers when it has a date or a place', () => {
    expect(eventsIn('The March 2012 coup in Bamako changed everything.')).toEqual([['coup', '2012-03', []]]);
    expect(eventsIn('A coup would change everything.')).toEqual([]);
  });
});

describe('French event triggers and subtypes', () => {
  const typesIn = (text: string, language = 'en') =>
    extract({
      text,
      language,
      actors: [...ACTORS, actor('army', 'National Army', 'state_force')],
      places: [...PLACES, place('gao', 'Gao'), place('kidal', 'Kidal')],
      documentDate: '2019-06-30',
    }).events.map((e) => [e.type, e.place?.id]);

  it('reads a capture whose place follows an elided article, and an air strike', () => {
    expect(typesIn('Le 3 mai 2019, le FLN s’est emparé d’Kidal.', 'fr')).toContainEqual(['town_captured', 'place:kidal']);
    expect(typesIn('Le 3 mai 2019, la National Army a mené des frappes aériennes près de Gao.', 'fr')).toContainEqual(['air_drone_strike', 'place:gao']);
  });

  it('keeps an ambush of soldiers a clash when civilians die too', () => {
    expect(typesIn('On 3 May 2019 the FLN ambushed the National Army near Gao, killing four soldiers and three civilians.')).toContainEqual([
      'armed_clash',
      'place:gao',
    ]);
  });
});
