// Where a group is, from phrases beyond the activity verbs: a group noun described by its place, the clitic "y" and
// "there", strikes and troops, a state's name read as its territory inside a list of places; and three readings that
// kept wrong ends out: "itself" after a comma, an infinitive between a trigger and an actor, "they" for a state.
// The trigger table alone.
import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/model/place.js';
import { testActor as actor, testPlace as place, tableRelations } from './testing.js';

const ACTORS = [
  actor('fln', 'Northern Liberation Front', 'armed_group', ['FLN']),
  actor('brigade', 'Desert Brigade'),
  actor('army', 'National Army', 'state_force'),
  actor('ruritania', 'Ruritania', 'state'),
  actor('niger', 'Niger', 'state'),
  actor('union', 'Sahel Union', 'coalition'),
];
const country = (slug: string, name: string, code: string): Place => ({ id: `place:${slug}`, kind: 'country', name, country: code });
const PLACES = [place('kidal', 'Kidal'), place('gao', 'Gao'), place('menaka', 'Menaka'), country('niger', 'Niger', 'NE'), country('mali', 'Mali', 'ML')];
const relationsIn = tableRelations(ACTORS, PLACES);

describe('a group noun described by its place', () => {
  it('reads "a militia of the Kidal area" and "une milice armée de Kidal" as the group operating there', () => {
    expect(relationsIn('The FLN and the Desert Brigade, two militias of the Kidal area, signed a truce.')).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:fln', 'place:kidal'],
        ['operates_in', 'actor:brigade', 'place:kidal'],
      ]),
    );
    expect(relationsIn('Le FLN est une milice armée de Gao.', 'fr')).toContainEqual(['operates_in', 'actor:fln', 'place:gao']);
  });
});

describe('pronouns for a place', () => {
  it('reads "y" before the verb and "there" after it as the place named last', () => {
    expect(relationsIn('La région de Menaka est sous pression. Le FLN y recrute des jeunes.', 'fr')).toContainEqual([
      'operates_in',
      'actor:fln',
      'place:menaka',
    ]);
    expect(relationsIn('The last convoy left Gao in May. The National Army deployed there in June.')).toContainEqual([
      'operates_in',
      'actor:army',
      'place:gao',
    ]);
  });

  it('leaves "il y a" alone', () => {
    expect(relationsIn('Gao est calme. Selon le FLN, il y a des attaques chaque semaine.', 'fr')).toEqual([]);
  });
});

describe('strikes, troops and reinforcements', () => {
  it('places the force that strikes or sends troops', () => {
    expect(relationsIn('The National Army carried out air strikes near Menaka.')).toContainEqual(['operates_in', 'actor:army', 'place:menaka']);
    expect(relationsIn('L’Armée nationale a mené des frappes aériennes près de Kidal.', 'fr')).not.toContainEqual(['operates_in', 'actor:fln', 'place:kidal']);
    expect(relationsIn('La National Army a mené des frappes près de Kidal.', 'fr')).toContainEqual(['operates_in', 'actor:army', 'place:kidal']);
  });
});

describe('a state’s name in a list of places', () => {
  it('reads Niger as its territory inside a place list after a locative', () => {
    expect(relationsIn('The FLN is active in the borderlands of Mali, Niger and Kidal.')).toEqual(
      expect.arrayContaining([
        ['operates_in', 'actor:fln', 'place:mali'],
        ['operates_in', 'actor:fln', 'place:niger'],
      ]),
    );
  });
});

describe('wrong ends kept out', () => {
  it('reads ", itself linked to" as the noun phrase before the comma, an actor only when one ends there', () => {
    expect(relationsIn('The coup in Ruritania, itself linked to the failure to reinforce the National Army, ended talks.')).toEqual([]);
    expect(relationsIn('The Desert Brigade, itself linked to the Sahel Union, grew.')).toContainEqual(['affiliated_with', 'actor:brigade', 'actor:union']);
  });

  it('does not take an actor inside an infinitive for the object of a trigger', () => {
    expect(relationsIn('The FLN is linked to the decision to attack the Desert Brigade.')).not.toContainEqual([
      'affiliated_with',
      'actor:fln',
      'actor:brigade',
    ]);
  });

  it('does not read "they" as a state named before', () => {
    expect(relationsIn('Ruritania sent advisers. They were often tasked with patrols in Kidal.')).not.toContainEqual([
      'operates_in',
      'actor:ruritania',
      'place:kidal',
    ]);
  });
});

describe('troops counted in a place', () => {
  it('reads a relative clause whose number groups thousands with a comma as said of its antecedent', () => {
    expect(relationsIn('Ruritania, which keeps about 2,400 soldiers in Mali, protested.')).toContainEqual(['operates_in', 'actor:ruritania', 'place:mali']);
  });

  it('reads "militaires" after a number as troops, and not the adjective', () => {
    expect(relationsIn('Ruritania compte environ 600 militaires au Mali.', 'fr')).toContainEqual(['operates_in', 'actor:ruritania', 'place:mali']);
    expect(relationsIn('Ruritania a dénoncé les exercices militaires au Mali.', 'fr')).not.toContainEqual(['operates_in', 'actor:ruritania', 'place:mali']);
  });
});
